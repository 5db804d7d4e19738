"""PERSON / ORG span scores on the Universal NER Chinese test sets (Mayhew et al. 2024).

Usage: ``python benchmarks/uner.py [--data ../shared/data] [--work /tmp/zhextract-uner]
[--sets pud,gsd,gsd-dev] [--ner hanlp:MODEL] [--ner-merge union|hanlp|rules]``

For each set: converts the IOB2 file to span JSONL (``uner_to_spans.py``), runs
``zhextract extract`` over it (one article per sentence) and scores the PERSON and
ORG mentions with exact spans (``zhextract eval --spans``). LOC is not scored: the
pipeline has no LOC label. ``--ner``/``--ner-merge`` run with a HanLP model
(README "HanLP (optional)"). Nothing from the data is stored in the project.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from uner_to_spans import convert  # noqa: E402

from pipeline.evaluate import format_report, score_spans  # noqa: E402
from pipeline.runner import extract  # noqa: E402

SETS = {
    "pud": "uner_zh_pud/zh_pud-ud-test.iob2",
    "gsd": "uner_zh_gsd/zh_gsd-ud-test.iob2",
    "gsd-dev": "uner_zh_gsd/zh_gsd-ud-dev.iob2",
}


def run(name: str, data: Path, work: Path, ner: str = "rules", ner_merge: str = "union") -> dict:
    """Convert, extract (with ``ner`` and ``ner_merge``) and score one set; return the
    span report as a dict."""
    source = data / SETS[name]
    gold = work / f"{name}.jsonl"
    work.mkdir(parents=True, exist_ok=True)
    with open(source, encoding="utf-8") as handle, open(gold, "w", encoding="utf-8") as out:
        for record in convert(handle, source=str(source)):
            record["entities"] = [e for e in record["entities"] if e["label"] in ("PERSON", "ORG")]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    setting = "rules" if ner == "rules" else f"{ner.partition(':')[0]}-{ner_merge}"
    outdir = work / f"{name}-{setting}-out"
    summary = extract([gold], outdir, formats=("jsonl",), ner=ner, ner_merge=ner_merge)
    report = score_spans(gold, outdir)
    print(f"== {name} ({source.name}), --ner {ner} --ner-merge {ner_merge}: {summary.line()}")
    print(format_report(report))
    return report.to_dict()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument("--work", type=Path, default=Path("/tmp/zhextract-uner"))
    parser.add_argument("--sets", default="pud,gsd")
    parser.add_argument("--ner", default="rules")
    parser.add_argument("--ner-merge", default="union")
    args = parser.parse_args(argv)
    for name in args.sets.split(","):
        run(name, args.data, args.work, args.ner, args.ner_merge)
    return 0


if __name__ == "__main__":
    sys.exit(main())
