"""Train the weights of ``models/carry_model.tsv`` from article gold (names, titles, bodies).

Usage::

    python training/train_carry_model.py SET [SET …] [--eval SET …] [-o models/carry_model.tsv] [-C 0.3]

A SET is a folder of articles and their gold (:mod:`role_training` says which).

Every role the roles stage leaves without an organisation
(:func:`pipeline.stages.roles.uncarried_roles`) whose person and title a gold role
has becomes one example: its options (:func:`pipeline.stages.roles.carry_choices`:
no body, or one of the bodies written before its title) are labelled by whether
they give the gold role's organisation by the roles metric's rules (keeping no body
is right when the gold role has none). Examples none of whose options is right are
left out. Options that depend on the sentence's earlier choices (the body the
previous role took) see the gold's.

A logistic regression (scikit-learn, the ``train`` extra) over the options'
features learns the weights; the stage takes each role's highest-scoring option.
Article-wise cross-validation over the SETs reports how often the rules' choice and
the model's are right; ``--eval`` sets are only scored. Only feature names and
weights are written: no text of the data.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from role_training import fit_weights, folds, gold_documents, parse_arguments, write_weights

from pipeline.evaluate import GoldArticle, _gold_triples, _role_org_matches, normalize_title
from pipeline.stages.roles import CarryChoice, best_option, carry_choices, uncarried_roles

Example = tuple[CarryChoice, list[bool]]  # a role's options, and which of them are right


def _right_options(choice, role, gold: GoldArticle) -> list[bool] | None:
    """Which options of ``choice`` give a gold role of ``role``'s person and title
    its organisation; None when the gold has no role of that person and title."""
    title = normalize_title(role.title)
    triples = [g for g in _gold_triples(gold) if g.person == role.person and title in g.titles]
    if not triples:
        return None
    right = []
    for org, _ in choice.options:
        written = [""] if org is None else [org.text, org.normalized or org.text]
        right.append(any(_role_org_matches(written, g.role) for g in triples))
    return right


def examples(folder: Path) -> list[list[Example]]:
    """Return the carry examples of one set, grouped by article."""
    articles = []
    for doc, gold in gold_documents(folder):
        roles = uncarried_roles(doc)
        found = []
        def gold_choice(choice) -> int:
            # Teacher forcing: a later role of the sentence sees the body the gold gave the one before.
            # (A forced choice never reaches here: the rules' pick stands.)
            right = _right_options(choice, roles[choice.role_index], gold)
            if right is None or not any(right):
                return choice.rule_pick
            found.append((choice, right))
            return choice.rule_pick if right[choice.rule_pick] else right.index(True)

        carry_choices(doc, roles, gold_choice)
        articles.append(found)
    return articles


def _fit(articles: list[list[Example]], c: float) -> dict[str, float]:
    return fit_weights(((names, r) for article in articles for choice, right in article for (_, names), r in zip(choice.options, right)), c)


def _outcomes(articles: list[list[Example]], weights: dict[str, float] | None) -> Counter:
    """Count examples, right choices, and for choices other than the first option
    (a body carried): how many were made, how many rightly, and how
    many examples have a right option other than the first."""
    counts: Counter = Counter()
    for article in articles:
        for choice, good in article:
            pick = choice.rule_pick if weights is None else best_option(weights, choice)
            counts["total"] += 1
            counts["right"] += good[pick]
            counts["made"] += pick != 0
            counts["made_right"] += pick != 0 and good[pick]
            counts["wanted"] += any(good[1:])
    return counts


def _summary(counts: Counter) -> str:
    return (f"right {counts['right'] / max(counts['total'], 1):.3f} "
            f"(non-empty choices P {counts['made_right'] / max(counts['made'], 1):.3f} "
            f"R {counts['made_right'] / max(counts['wanted'], 1):.3f})")


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(__doc__.splitlines()[0], "carry_model", argv)

    articles = [article for folder in args.sets for article in examples(folder)]
    n = sum(map(len, articles))
    cross: Counter = Counter()
    for train, test in folds(articles, args.folds):
        cross.update(_outcomes(test, _fit(train, args.C)))
    print(f"{n} carry examples in {len(articles)} articles: rules {_summary(_outcomes(articles, None))}")
    print(f"  model ({args.folds}-fold, C={args.C}): {_summary(cross)}")
    weights = _fit(articles, args.C)
    for folder in args.eval:
        held = examples(folder)
        print(f"{folder.name}: {len(held)} articles; rules {_summary(_outcomes(held, None))}; model {_summary(_outcomes(held, weights))}")
    if args.dry_run:
        return 0
    write_weights(args, "train_carry_model.py", [
        "# carry_model.tsv: linear weights that rank the bodies an organisation-less role may take",
        "# (pipeline/stages/roles.py, carry_choices and _carry_organisations): the highest sum wins.",
        "# Format: UTF-8, LF, tab-separated; columns: feature, weight. Feature names describe the option",
        "# (distances, what lies between, kinds of title and body, the hand rules' choice); none names a text.",
    ], weights)
    return 0


if __name__ == "__main__":
    sys.exit(main())
