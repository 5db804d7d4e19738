"""Throughput of the whole pipeline against jieba's own ``posseg.cut``, same text, same process.

Usage: ``python benchmarks/throughput.py [FILES_OR_FOLDERS ...] [--repeat N]``
(default: the ``seeds/`` folder). Reads the articles once, warms both sides up
(dictionaries loaded), then times the default pipeline (normalise → sentences →
segment → recognise → roles) and ``jieba.posseg.cut`` over the same texts and
reports characters per second, their ratio, and the peak resident memory. The
two sides alternate in rounds (``--rounds``), so a change in machine load
between them does not skew the ratio.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import Document, Pipeline  # noqa: E402
from pipeline.stages.read import iter_input_files, read_file  # noqa: E402


def _texts(paths: list[str]) -> list[str]:
    texts = []
    for item in iter_input_files(paths):
        if hasattr(item, "path"):
            texts.extend(doc.text for doc in read_file(item).documents)
    return texts


def _rate(function, texts: list[str], repeat: int) -> float:
    chars = sum(map(len, texts)) * repeat
    started = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            function(text)
    return chars / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", default=[str(ROOT / "seeds")])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5, help="alternating pipeline/posseg rounds the repeats are split into")
    args = parser.parse_args(argv)

    import jieba.posseg

    texts = _texts(args.inputs)
    if not texts:
        parser.error("no readable article in the inputs")
    pipeline = Pipeline()

    def run_pipeline(text: str) -> None:
        pipeline(Document("bench", "", text))

    def run_posseg(text: str) -> None:
        for _ in jieba.posseg.cut(text):
            pass

    from pipeline.stages.normalise import shadow_of

    # posseg is far slower on traditional characters (its HMM meets unknown
    # characters everywhere), so it is also timed on the simplified shadow: the
    # stricter baseline.
    simplified = [shadow_of(text) for text in texts]
    run_pipeline(texts[0])
    run_posseg(simplified[0])
    # The two sides alternate in rounds, so a change in the machine's load between
    # them shows in one round's pair, not in the whole ratio; each side reports its
    # best round, and the ratio is also given as the median of the paired rounds.
    rounds = max(1, args.rounds)
    per_round = max(1, args.repeat // rounds)
    pipeline_rates, posseg_simplified_rates = [], []
    for _ in range(rounds):
        pipeline_rates.append(_rate(run_pipeline, texts, per_round))
        posseg_simplified_rates.append(_rate(run_posseg, simplified, per_round))
    posseg_rate = _rate(run_posseg, texts, max(1, args.repeat // 10))
    pipeline_rate, posseg_simplified_rate = max(pipeline_rates), max(posseg_simplified_rates)
    paired = statistics.median(p / q for p, q in zip(pipeline_rates, posseg_simplified_rates))
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n_chars = sum(map(len, texts))
    print(f"articles: {len(texts)}, characters: {n_chars} × {per_round * rounds} repeats in {rounds} alternating rounds")
    print(f"pipeline (all stages), raw text:   {pipeline_rate:,.0f} chars/s (best round)")
    print(f"jieba posseg.cut, raw text:        {posseg_rate:,.0f} chars/s")
    print(f"jieba posseg.cut, simplified text: {posseg_simplified_rate:,.0f} chars/s (best round)")
    print(f"ratio pipeline / posseg (raw):        {pipeline_rate / posseg_rate:.2f}×")
    print(f"ratio pipeline / posseg (simplified): {pipeline_rate / posseg_simplified_rate:.2f}× best rounds, {paired:.2f}× median of paired rounds")
    print(f"peak resident memory: {peak_mib:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
