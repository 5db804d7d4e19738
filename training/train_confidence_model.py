"""Train the weights of ``models/confidence_model.tsv`` from article gold (names, titles, bodies).

Usage::

    python training/train_confidence_model.py SET [SET …] [--eval SET …] [-o models/confidence_model.tsv] [-C 0.3]

SETs are folders of articles and their gold (:mod:`role_training` says which).
Every role the roles stage finds (organisations carried, before the confidence
model: :func:`pipeline.stages.roles.carried_roles`) becomes one example, labelled by
whether it matches a gold role by the roles metric's rules; a logistic regression
(scikit-learn, the ``train`` extra) over :func:`pipeline.stages.roles.role_features`
learns the weights, and a role's confidence is then the model's probability. The
script prints the precision of roles by probability band, cross-validated by
article over the SETs, and on each ``--eval`` set. Only feature names and weights
are written: no text of the data.
"""

from __future__ import annotations

import sys
from pathlib import Path

from role_training import fit_weights, folds, gold_documents, parse_arguments, write_weights

from pipeline.evaluate import _gold_triples, _pred_roles, _role_match
from pipeline.stages.roles import carried_roles, role_features, role_probability

Example = tuple[tuple[str, ...], bool]  # a role's features, and whether it is right
BANDS = ((0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.6, 0.7), (0.5, 0.6), (0.0, 0.5))


def examples(folder: Path) -> list[list[Example]]:
    """Return the roles of one set with their features and labels, grouped by article."""
    articles = []
    for doc, gold in gold_documents(folder):
        roles = carried_roles(doc)
        triples = _gold_triples(gold)
        right = [any(_role_match(predicted, g) for g in triples) for predicted in (_pred_roles([r.to_dict()])[0] for r in roles)]
        articles.append(list(zip(role_features(doc, roles), right)))
    return articles


def _fit(articles: list[list[Example]], c: float) -> dict[str, float]:
    return fit_weights((example for article in articles for example in article), c, intercept="bias")


def _probabilities(weights: dict[str, float], articles: list[list[Example]]) -> list[tuple[float, bool]]:
    return [(role_probability(weights, names), right) for article in articles for names, right in article]


def _bands(outcomes: list[tuple[float, bool]]) -> str:
    cells = []
    for low, high in BANDS:
        inside = [right for p, right in outcomes if low <= p < high]
        cells.append(f"{low:.1f}+ {len(inside)}: {sum(inside) / max(len(inside), 1):.3f}")
    return "; ".join(cells)


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(__doc__.splitlines()[0], "confidence_model", argv)

    articles = [article for folder in args.sets for article in examples(folder)]
    cross = []
    for train, test in folds(articles, args.folds):
        cross += _probabilities(_fit(train, args.C), test)
    print(f"{len(cross)} roles in {len(articles)} articles; precision by band ({args.folds}-fold): {_bands(cross)}")
    weights = _fit(articles, args.C)
    for folder in args.eval:
        print(f"{folder.name}: {_bands(_probabilities(weights, examples(folder)))}")
    if args.dry_run:
        return 0
    write_weights(args, "train_confidence_model.py", [
        "# confidence_model.tsv: logistic weights whose probability is a role's confidence",
        "# (pipeline/stages/roles.py, role_features and _calibrated); bias is the intercept.",
        "# Format: UTF-8, LF, tab-separated; columns: feature, weight. Feature names describe the role",
        "# (its shape, how its parts were found, distances, counts); none names a text.",
    ], weights)
    return 0


if __name__ == "__main__":
    sys.exit(main())
