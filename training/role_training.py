"""What the role-model training scripts share: the gold articles of a set folder run
up to the roles stage, the command-line arguments, and the weights file they write.

A set folder holds ``gold.jsonl`` (the format of ``../shared/gold/README.md``) and the
articles it annotates, in ``texts/`` or ``cache/`` (``benchmarks/data/dev``,
``benchmarks/realnews2``); an article's file name without extension is its gold id.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from pipeline.document import Document
from pipeline.evaluate import GoldArticle, load_gold
from pipeline.lexicons import models_dir
from pipeline.pipeline import Pipeline
from pipeline.stages.read import iter_documents

T = TypeVar("T")


def gold_documents(folder: Path) -> Iterator[tuple[Document, GoldArticle]]:
    """Yield each article of a set folder that its gold annotates, run up to the
    roles stage (mentions found, no roles yet), with its gold."""
    golds = {g.id: g for g in load_gold(folder / "gold.jsonl")}
    texts = folder / "texts" if (folder / "texts").is_dir() else folder / "cache"
    before_roles = Pipeline(["normalise", "sentences", "segment", "recognise"])
    for doc in iter_documents([texts]):
        gold = golds.get(Path(getattr(doc, "path", "") or "").stem)
        if gold is not None and isinstance(doc, Document):
            yield before_roles(doc), gold


def folds(articles: list[T], count: int) -> Iterator[tuple[list[T], list[T]]]:
    """Yield ``count`` article-wise cross-validation splits of ``articles``: the
    articles to learn from and the held-out ones (every ``count``-th article)."""
    for fold in range(count):
        yield (
            [a for i, a in enumerate(articles) if i % count != fold],
            [a for i, a in enumerate(articles) if i % count == fold],
        )


def fit_weights(examples: Iterable[tuple[Iterable[str], bool]], c: float, intercept: str | None = None) -> dict[str, float]:
    """Fit a logistic regression (scikit-learn) on examples given as the names of
    their features and their label; return the weights by feature name, the
    intercept added to the weight of ``intercept`` when one is named (a model
    that only ranks options needs none)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, labels = [], []
    for names, label in examples:
        rows.append({name: 1 for name in names})
        labels.append(int(label))
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(vectorizer.fit_transform(rows), labels)
    weights = dict(zip(vectorizer.get_feature_names_out(), model.coef_[0]))
    if intercept is not None:
        weights[intercept] = weights.get(intercept, 0.0) + float(model.intercept_[0])
    return weights


def parse_arguments(description: str, model: str, argv: list[str] | None) -> argparse.Namespace:
    """Parse a training script's arguments: the set folders to learn from, ``--eval``
    folders only scored, ``-o`` (``models/MODEL.tsv`` by default), ``-C``,
    ``--folds`` and ``--dry-run``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("sets", type=Path, nargs="+", help="set folders to learn from")
    parser.add_argument("--eval", type=Path, nargs="*", default=[], help="set folders only scored")
    parser.add_argument("-o", "--output", type=Path, default=models_dir() / f"{model}.tsv")
    parser.add_argument("-C", type=float, default=0.3, help="inverse L2 regularisation strength")
    parser.add_argument("--folds", type=int, default=5, help="article-wise cross-validation folds")
    parser.add_argument("--dry-run", action="store_true", help="report only, write no weights")
    return parser.parse_args(argv)


def write_weights(args: argparse.Namespace, script: str, about: list[str], weights: dict[str, float]) -> None:
    """Write ``weights`` to ``args.output`` as a feature/weight TSV whose comment block
    opens with the lines ``about`` and names ``script``, its ``C`` and the sets learnt from."""
    sources = ", ".join(folder.name for folder in args.sets)
    lines = [
        *about,
        f"# Trained by training/{script} (C={args.C}) on the gold roles of: {sources}.",
        "# Source of the labels: the project's own gold (benchmarks/data, and the facts annotated for the",
        "# real-news sets under benchmarks/, whose texts are not shipped). Licence: as the project (MIT).",
        "feature\tweight",
    ]
    header = len(lines)
    lines += [f"{name}\t{weight:.4f}" for name, weight in sorted(weights.items()) if abs(weight) >= 1e-4]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output} ({len(lines) - header} weights)")
