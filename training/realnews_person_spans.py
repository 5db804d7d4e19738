"""Write span JSONL of PERSON gold for :mod:`train_person_model` from article sets.

Usage::

    python training/realnews_person_spans.py SET [SET …] -o OUT.jsonl

SETs are folders of articles and their gold (:mod:`role_training` says which). The
gold of a real-news set lists each article's person names, not their offsets, so
every occurrence of a listed name (``persons`` and ``persons_optional``) in the
article's text is marked, longer names first, never two overlapping. One line per
article: ``{"id", "text", "entities"}``, the format ``benchmarks/uner_to_spans.py``
writes. The output holds the articles' text: keep it out of the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from pipeline.evaluate import load_gold


def person_spans(text: str, names: set[str]) -> list[dict]:
    """Every occurrence of ``names`` in ``text`` as a PERSON span, longer names first,
    an occurrence overlapping one already marked left out."""
    taken: set[int] = set()
    spans = []
    for name in sorted((n for n in names if n), key=lambda n: (-len(n), n)):
        for match in re.finditer(re.escape(name), text):
            offsets = set(range(match.start(), match.end()))
            if offsets.isdisjoint(taken):
                taken |= offsets
                spans.append({"start": match.start(), "end": match.end(), "label": "PERSON", "text": name})
    return sorted(spans, key=lambda span: span["start"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", type=Path, nargs="+", help="set folders (gold.jsonl and texts/ or cache/)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    articles = names = 0
    with open(args.output, "w", encoding="utf-8") as out:
        for folder in args.sets:
            texts = folder / "texts" if (folder / "texts").is_dir() else folder / "cache"
            for gold in load_gold(folder / "gold.jsonl"):
                files = sorted(texts.glob(f"{gold.id}.*"))
                if not files:
                    continue  # an article whose text could not be rebuilt
                text = files[0].read_text(encoding="utf-8")
                spans = person_spans(text, set(gold.persons) | set(gold.persons_optional))
                out.write(json.dumps({"id": f"{folder.name}/{gold.id}", "text": text, "entities": spans}, ensure_ascii=False) + "\n")
                articles += 1
                names += len(spans)
    print(f"wrote {args.output}: {articles} articles, {names} person spans")
    return 0


if __name__ == "__main__":
    sys.exit(main())
