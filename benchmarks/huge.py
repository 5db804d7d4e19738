"""Time and peak memory of one huge article (the sample's body paragraphs repeated).

Usage: ``python benchmarks/huge.py [--sizes 10,50] [--workers 1] [--work /tmp/zhextract-huge]``

For each size (MB of UTF-8) writes ``WORK/huge-NMB.txt``: the sample article's
title and metadata lines once, then its body paragraphs repeated until the file
has that size. Then runs ``zhextract extract`` over it in a fresh Python process
(``--workers`` worker processes, default 1, so the pipeline runs in a worker of
its own) and reports the wall time, the peak resident memory of the worker that
processed the article (``ru_maxrss`` it reports to the parent) and of the parent
process, and the rows written.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_CHILD = """
import json, resource, sys, time
from pipeline.runner import extract
started = time.perf_counter()
summary = extract([sys.argv[1]], sys.argv[2], formats=("csv", "jsonl"), workers=int(sys.argv[3]), timeout=None)
print(json.dumps({
    "seconds": time.perf_counter() - started,
    "worker_peak_mib": summary.worker_memory_mib,
    "parent_peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "counts": summary.counts,
    "errors": list(summary.failures),
}))
"""


def make_article(path: Path, megabytes: float) -> int:
    """Write the huge article to ``path``; return its size in characters."""
    sample = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    lines = sample.splitlines()
    body = [line for line in lines if len(line) > 40]
    head = [line for line in lines[:5] if len(line) <= 40]
    target = int(megabytes * 1_000_000)
    with open(path, "w", encoding="utf-8") as out:
        written = 0
        chars = 0
        for line in head:
            out.write(line + "\n")
            written += len((line + "\n").encode("utf-8"))
            chars += len(line) + 1
        paragraph = "\n".join(body) + "\n"
        size = len(paragraph.encode("utf-8"))
        while written + size <= target:
            out.write(paragraph)
            written += size
            chars += len(paragraph)
    return chars


def measure(path: Path, outdir: Path, workers: int) -> dict:
    """Run the extraction over ``path`` in a fresh process; return its figures."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), str(outdir), str(workers)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"extraction failed ({result.returncode}): {result.stderr.strip()[-2000:]}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["process_seconds"] = time.perf_counter() - started
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,50", help="article sizes in MB, comma-separated")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("/tmp/zhextract-huge"))
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"{'size':>6} {'chars':>11} {'seconds':>8} {'chars/s':>9} {'worker peak':>12} {'parent peak':>12}  rows")
    for size in (float(s) for s in args.sizes.split(",")):
        path = args.work / f"huge-{size:g}MB.txt"
        chars = make_article(path, size)
        figures = measure(path, args.work / f"out-{size:g}MB", args.workers)
        if figures["errors"]:
            print(f"errors: {figures['errors']}")
        counts = figures["counts"]
        print(
            f"{size:>4g}MB {chars:>11,} {figures['process_seconds']:>8.1f} {chars / figures['process_seconds']:>9,.0f} "
            f"{figures['worker_peak_mib']:>8.0f} MiB {figures['parent_peak_mib']:>8.0f} MiB  "
            f"mentions {counts.get('mentions', 0):,}, roles {counts.get('roles', 0):,}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
