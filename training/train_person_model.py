"""Train the weights of ``models/person_model.tsv`` from exact-span PERSON gold.

Usage::

    python training/train_person_model.py GOLD.jsonl [GOLD.jsonl …] [-o models/person_model.tsv]

The GOLD files are span JSONL (``benchmarks/uner_to_spans.py`` writes them from
IOB2 files). Every candidate the model weighs (name-shaped spans and the rules'
weaker names) becomes one example, labelled by whether the gold has a PERSON with
exactly its span; a logistic regression (scikit-learn, the ``train`` extra) learns
the weights. Cross-validation over all the files picks the probability threshold
that gives the best PERSON F1 together with the rules' kept names; the final
weights are fitted on everything. Only feature names and weights are written: no
text of the data.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.document import Document
from pipeline.lexicons import models_dir
from pipeline.pipeline import Pipeline
from pipeline.recognizers.base import RecognitionContext
from pipeline.recognizers.organizations import OrgRecognizer
from pipeline.recognizers.person_model import likeliest_without_overlaps
from pipeline.recognizers.persons import PersonRecognizer
from pipeline.recognizers.titles import TitleRecognizer
from pipeline.stages.recognise import Recognise


def examples(path: Path) -> list[dict]:
    """Return one record per sentence of ``path``: its gold PERSON spans, the spans
    the rules found, those kept without the model, and every other candidate (the
    other rule names included) with its features."""
    persons = PersonRecognizer().load()
    before_persons = Pipeline(["normalise", "sentences", "segment", Recognise([TitleRecognizer().load(), OrgRecognizer().load()])])
    records = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            doc = before_persons(Document(article_id=str(item.get("id", "")), path="", text=item["text"], meta={}))
            context = RecognitionContext.build(doc)
            context.found = list(doc.mentions)
            accepted, blocked = persons.rule_mentions(context)
            kept, weighed, blocked = persons.split_by_evidence(context, accepted, blocked)
            rows = [((c.start, c.end), names) for c, names, _ in persons.scored_candidates(context, weighed, blocked, kept)]
            gold = {(e["start"], e["end"]) for e in item["entities"] if e["label"] == "PERSON"}
            records.append({
                "gold": gold,
                "rules": {(m.start, m.end) for m in accepted},
                "kept": {(m.start, m.end) for m in kept},
                "candidates": rows,
            })
    return records


def combined_score(records: list[dict], probabilities: list[list[float]], threshold: float) -> tuple[float, float, float]:
    """Return PERSON precision, recall and F1 of the rules' kept names plus the
    candidates whose probability reaches ``threshold`` (the likelier of two
    overlapping ones wins); a threshold above 1 scores the rules' names alone."""
    tp = fp = fn = 0
    for record, probabilities_of_record in zip(records, probabilities):
        if threshold > 1:
            predicted = set(record["rules"])
        else:
            predicted = set(record["kept"])
            ranked = sorted(
                ((p, s, e) for p, ((s, e), _) in zip(probabilities_of_record, record["candidates"]) if p >= threshold),
                key=lambda item: (-item[0], item[1]),
            )
            predicted.update((s, e) for _, s, e in likeliest_without_overlaps(ranked))
        tp += len(predicted & record["gold"])
        fp += len(predicted - record["gold"])
        fn += len(record["gold"] - predicted)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _fit(records: list[dict], c: float, min_count: int):
    """Fit a logistic regression on the candidates of ``records``; return a function
    from a record to its candidates' probabilities, and the weights by feature."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for record in records:
        for _, names in record["candidates"]:
            for name in names:
                counts[name] = counts.get(name, 0) + 1
    kept = {name for name, count in counts.items() if count >= min_count}
    rows = [{n: 1 for n in names if n in kept} for record in records for _, names in record["candidates"]]
    labels = [span in record["gold"] for record in records for span, _ in record["candidates"]]
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(vectorizer.fit_transform(rows), labels)

    def predict(record: dict) -> list[float]:
        if not record["candidates"]:
            return []
        matrix = vectorizer.transform([{n: 1 for n in names if n in kept} for _, names in record["candidates"]])
        return list(model.predict_proba(matrix)[:, 1])

    weights = dict(zip(vectorizer.get_feature_names_out(), model.coef_[0]))
    weights["bias"] = weights.get("bias", 0.0) + float(model.intercept_[0])
    return predict, weights


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="span JSONL files to learn from")
    parser.add_argument("-o", "--output", type=Path, default=models_dir() / "person_model.tsv")
    parser.add_argument("-C", type=float, default=1.0, help="inverse L2 regularisation strength")
    parser.add_argument("--min-count", type=int, default=3, help="drop features seen in fewer candidates")
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds that pick the threshold")
    parser.add_argument("--threshold", type=float, help="write this threshold instead of the cross-validated best")
    args = parser.parse_args(argv)

    records = [record for path in args.gold for record in examples(path)]
    probabilities: list[list[float]] = [[] for _ in records]
    for fold in range(args.folds):
        held_out = [i for i in range(len(records)) if i % args.folds == fold]
        predict, _ = _fit([r for i, r in enumerate(records) if i % args.folds != fold], args.C, args.min_count)
        for i in held_out:
            probabilities[i] = predict(records[i])
    print("rules alone:           P %.3f R %.3f F1 %.3f" % combined_score(records, probabilities, 2.0))
    curve = {t / 100: combined_score(records, probabilities, t / 100) for t in range(20, 81, 5)}
    print("threshold: " + "  ".join(f"{t:.2f} {scores[2]:.3f}" for t, scores in curve.items()))
    best_f1, threshold = max((scores[2], t) for t, scores in curve.items())
    print(f"model ({args.folds}-fold) at %.2f: P %.3f R %.3f F1 %.3f" % ((threshold,) + combined_score(records, probabilities, threshold)))

    _, weights = _fit(records, args.C, args.min_count)
    weights["<threshold>"] = threshold if args.threshold is None else args.threshold
    sources = ", ".join(path.name for path in args.gold)
    lines = [
        "# person_model.tsv: logistic weights of PersonModel (pipeline/recognizers/person_model.py).",
        "# Format: UTF-8, LF, tab-separated; columns: feature, weight. <threshold> is the probability a",
        "# candidate needs. Feature names hold tags, single characters and common words of jieba's dictionary.",
        f"# Trained by training/train_person_model.py (C={args.C}, min-count {args.min_count}"
        + (f", threshold {args.threshold}" if args.threshold is not None else "") + f") on: {sources}.",
        "# Source of the labels: Universal NER zh_gsd (CC BY-SA 4.0), and the persons of the project's own",
        "# real-news gold where a file of training/realnews_person_spans.py is named (its texts not shipped);",
        "# these weights are shared under CC BY-SA 4.0. Used by: PersonRecognizer via PersonModel.load().",
        "feature\tweight",
    ]
    lines += [f"{name}\t{weight:.4f}" for name, weight in sorted(weights.items()) if abs(weight) >= 1e-4 or name.startswith("<")]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output} ({len(lines) - 8} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
