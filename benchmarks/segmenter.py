"""Token agreement of the segmenter (jieba's algorithm on rjieba) with pure-Python jieba.

Usage: ``python benchmarks/segmenter.py [--data ../shared/data] [--show N]``

The reference is a private ``jieba.Tokenizer`` given the same user words and the
same removed words (:mod:`pipeline.segmenter`), cutting the same shadow
sentences (``normalise`` and ``sentences`` stages) with HMM on. Sets: the sample
(``seeds/``), the UNER Chinese test sets (PUD, GSD; skipped when absent), the
dev paragraphs and the real-news excerpts where their cache exists. Reports, per
set, the share of jieba's token boundaries (start, end) that the segmenter
gives too, the share of sentences cut identically, and both segmenters'
characters per second.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import Document, Pipeline  # noqa: E402
from pipeline.segmenter import _dictionary, load_tokenizer  # noqa: E402

UNER = {"pud": "uner_zh_pud/zh_pud-ud-test.iob2", "gsd": "uner_zh_gsd/zh_gsd-ud-test.iob2"}


def reference_tokenizer():
    """Return a pure-Python ``jieba.Tokenizer`` with the segmenter's user words."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word, freq, tag in _dictionary().user_words[:-1]:  # the last carries the total
        if freq:
            tokenizer.add_word(word, freq, tag)
        else:
            tokenizer.del_word(word)
    return tokenizer


def _uner_sentences(path: Path) -> list[str]:
    prefix = "# text = "
    return [line[len(prefix):] for line in path.read_text(encoding="utf-8").splitlines() if line.startswith(prefix)]


def sets(data: Path) -> dict[str, list[str]]:
    """Return ``{set name: texts}`` for the sets found."""
    found = {"sample": [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]}
    for name, relative in UNER.items():
        if (data / relative).is_file():
            found[name] = _uner_sentences(data / relative)
    for name, folder in (("dev", ROOT / "benchmarks/data/dev/texts"), ("realnews", ROOT / "benchmarks/realnews/cache")):
        if folder.is_dir():
            found[name] = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--show", type=int, default=0, help="print the first N sentences cut differently")
    args = parser.parse_args(argv)
    segmenter = load_tokenizer()
    reference = reference_tokenizer()
    prepare = Pipeline(["normalise", "sentences"])
    shown = 0
    print(f"{'set':<10} {'sentences':>9} {'identical':>9} {'tokens':>7} {'agreement':>9} {'rjieba c/s':>11} {'jieba c/s':>10}")
    for name, texts in sets(args.data).items():
        sentences = []
        for text in texts:
            doc = prepare(Document("s", "", text))
            sentences.extend(doc.shadow[s.start:s.end] for s in doc.sentences)
        started = time.perf_counter()
        ours = [segmenter.tokenize(s) for s in sentences]
        our_seconds = time.perf_counter() - started
        started = time.perf_counter()
        theirs = [list(reference.tokenize(s, HMM=True)) for s in sentences]
        their_seconds = time.perf_counter() - started
        same = total = identical = 0
        for sentence, a, b in zip(sentences, ours, theirs):
            mine, reference_spans = {(s, e) for _, s, e in a}, {(s, e) for _, s, e in b}
            same += len(mine & reference_spans)
            total += len(reference_spans)
            identical += mine == reference_spans
            if mine != reference_spans and shown < args.show:
                shown += 1
                print("  jieba: " + "|".join(w for w, _, _ in b))
                print("  ours:  " + "|".join(w for w, _, _ in a))
        chars = sum(map(len, sentences))
        print(
            f"{name:<10} {len(sentences):>9} {identical:>9} {total:>7} {same / max(total, 1):>9.4f} "
            f"{chars / max(our_seconds, 1e-9):>11,.0f} {chars / max(their_seconds, 1e-9):>10,.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
