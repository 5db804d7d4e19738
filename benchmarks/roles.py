"""Persons, organisations, person–title and roles F1 on the project's own paragraph sets.

Usage: ``python benchmarks/roles.py [--sets dev,test,realnews,...,realnews27] [--work /tmp/zhextract-roles] [--bands] [--detail]``

Sets (``benchmarks/data/SPLIT/texts/*.txt`` with ``benchmarks/data/SPLIT/gold.jsonl``):

- ``dev``: paragraphs written for zhextract, used for tuning;
- ``test``: a split frozen before any tuning, only measured;
- ``realnews``: real news excerpts rebuilt locally from the search cache
  (``benchmarks/realnews/cache/``, never committed; see ``benchmarks/realnews/README.md``),
  scored against ``benchmarks/realnews/gold.jsonl``; skipped when the cache is absent;
- ``realnews2``: a second real-news set built the same way (``benchmarks/realnews2/``),
  kept for measuring only: rules are not tuned on its excerpts;
- ``realnews3``: a third real-news set built the same way (``benchmarks/realnews3/``),
  annotated before zhextract was run on it, for measuring only;
- ``realnews4``, ``realnews5``: two more sets built the same way, annotated blind, to
  estimate accuracy on news the rules were never tuned on;
- ``realnews6``: a sixth set built and annotated blind the same way, of Hong Kong, Macau and
  Taiwan news (``benchmarks/realnews6/``);
- ``realnews7``: a seventh set built and annotated blind the same way, of Hong Kong, Macau,
  Taiwan and overseas-Chinese news (``benchmarks/realnews7/``);
- ``realnews8`` onwards: more blind sets of Hong Kong, Macau, Taiwan,
  Southeast Asian and overseas-Chinese news (``benchmarks/realnews8/`` …); each set's
  README says whether its errors were read.

``--bands`` adds, per set, the precision of roles by confidence band (a role counts
as right when its (person, title, organisation) matches a gold role by the gold
README's rules).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.evaluate import format_report, role_outcomes, score_output
from pipeline.runner import extract

ROOT = Path(__file__).resolve().parent
# Every set folder with a gold file, in number order (realnews, realnews2, …).
REAL_NEWS_SETS = tuple(sorted(
    (folder.name for folder in ROOT.glob("realnews*") if (folder / "gold.jsonl").is_file()),
    key=lambda name: int(name[len("realnews"):] or 1),
))
SETS = {
    "dev": (ROOT / "data" / "dev" / "texts", ROOT / "data" / "dev" / "gold.jsonl"),
    "test": (ROOT / "data" / "test" / "texts", ROOT / "data" / "test" / "gold.jsonl"),
    **{name: (ROOT / name / "cache", ROOT / name / "gold.jsonl") for name in REAL_NEWS_SETS},
}
BANDS = ((0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.6, 0.7), (0.0, 0.6))


def run(name: str, work: Path, bands: bool, detail: bool) -> None:
    """Extract one set into ``work/NAME`` and print its scores."""
    texts, gold = SETS[name]
    if not texts.is_dir() or not any(texts.iterdir()):
        print(f"== {name}: no texts in {texts}, skipped")
        return
    outdir = work / name
    extract([texts], outdir, formats=("jsonl",))
    gold = _gold_with_texts(gold, texts, work / f"{name}.gold.jsonl")
    report = score_output(outdir, gold)
    print(f"== {name} ({len(report.articles)} articles)")
    print(format_report(report, detail=detail))
    if bands:
        outcomes = role_outcomes(outdir, gold)
        print("confidence    roles  precision   at or above: roles  precision")
        for low, high in BANDS:
            band = [ok for c, ok in outcomes if low <= c < high]
            above = [ok for c, ok in outcomes if c >= low]
            shown = f"{low:.1f}–{min(high, 1.0):.1f}"
            print(f"{shown:<10} {len(band):>7}  {_share(band):>9}   {len(above):>17}  {_share(above):>9}")


def _gold_with_texts(gold: Path, texts: Path, kept: Path) -> Path:
    """Return ``gold``, or when some of its articles have no text in ``texts`` (a
    real-news excerpt the cache could not rebuild), a copy at ``kept`` without them,
    naming them on stdout: an article that was not run is no miss of the pipeline's."""
    present = {path.name for path in texts.iterdir()}
    articles = [(line, json.loads(line)) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    missing = [article["id"] for _, article in articles if article.get("source_file", f"{article['id']}.txt") not in present]
    if not missing:
        return gold
    print(f"   (left out, no text in the cache: {', '.join(missing)})")
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_text("".join(line + "\n" for line, article in articles if article["id"] not in missing), encoding="utf-8")
    return kept


def _share(outcomes: list[bool]) -> str:
    return f"{sum(outcomes) / len(outcomes):.3f}" if outcomes else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--work", type=Path, default=Path("/tmp/zhextract-roles"))
    parser.add_argument("--bands", action="store_true", help="precision of roles by confidence band")
    parser.add_argument("--detail", action="store_true", help="list misses and false alarms")
    args = parser.parse_args(argv)
    for name in args.sets.split(","):
        run(name, args.work, args.bands, args.detail)
    return 0


if __name__ == "__main__":
    sys.exit(main())
