"""Convert UNER word-level IOB2 files into character-span JSONL.

Usage: ``python benchmarks/uner_to_spans.py INPUT.iob2 OUTPUT.jsonl``

Each output line is ``{"id": SENT_ID, "text": TEXT, "entities": [{"start",
"end", "label", "text"}]}`` with end-exclusive character offsets into ``text``,
the format :func:`pipeline.evaluate.score_spans` reads. Labels: PER → PERSON,
ORG → ORG, LOC → LOC; any other type is kept as written.

Standard library only, so it runs without the project installed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

__all__ = ["LABELS", "convert", "main"]

LABELS: dict[str, str] = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}


def _offsets(words: Sequence[str], text: str, where: str) -> list[tuple[int, int]]:
    """Locate each word in ``text`` left to right; raises ``ValueError`` if one is absent.

    Searching from the previous word's end (rather than assuming the words tile
    the text) tolerates spaces the text has between words.
    """
    offsets, cursor = [], 0
    for word in words:
        start = text.find(word, cursor)
        if start < 0:
            raise ValueError(f"{where}: word {word!r} not found in the sentence text after offset {cursor}")
        offsets.append((start, start + len(word)))
        cursor = start + len(word)
    return offsets


def _sentence(
    sent_id: str, text: str | None, tokens: list[tuple[str, str]], where: str
) -> dict:
    words = [w for w, _ in tokens]
    if text is None:
        text = "".join(words)
    offsets = _offsets(words, text, where)
    entities: list[dict] = []
    current: dict | None = None
    for (word, tag), (start, end) in zip(tokens, offsets):
        prefix, _, etype = tag.partition("-")
        if prefix == "I" and current is not None and current["type"] == etype:
            current["end"] = end
            continue
        if prefix in ("B", "I") and etype:
            # An I- tag that does not continue an entity of its type starts one (lenient IOB2).
            current = {"start": start, "end": end, "type": etype}
            entities.append(current)
        else:
            current = None
    return {
        "id": sent_id,
        "text": text,
        "entities": [
            {"start": e["start"], "end": e["end"], "label": LABELS.get(e["type"], e["type"]), "text": text[e["start"]:e["end"]]}
            for e in entities
        ],
    }


def convert(lines: Iterable[str], source: str = "<input>") -> Iterator[dict]:
    """Yield one span record per sentence of UNER IOB2 ``lines``.

    Takes the file's lines (with or without newlines): ``# sent_id = …`` and
    ``# text = …`` comments, then ``index<TAB>word<TAB>tag…`` lines, a blank
    line after each sentence. A sentence without ``sent_id`` gets its 1-based
    number; one without ``# text`` gets its words joined.
    Raises ``ValueError`` (naming ``source`` and the line) on a token line with
    fewer than three columns or a word that cannot be found in the text.
    """
    sent_id: str | None = None
    text: str | None = None
    tokens: list[tuple[str, str]] = []
    count = 0
    first_line = 0

    def flush() -> dict | None:
        nonlocal sent_id, text, tokens, count, first_line
        record = None
        if tokens:
            count += 1
            sid = sent_id if sent_id is not None else str(count)
            record = _sentence(sid, text, tokens, f"{source}:{first_line} (sent_id {sid})")
        sent_id, text, tokens, first_line = None, None, [], 0
        return record

    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if (record := flush()) is not None:
                yield record
            continue
        if line.startswith("#"):
            key, sep, value = line[1:].partition("=")
            key = key.strip()
            if sep and key in ("sent_id", "text"):
                # A new header after tokens without a blank line still starts a new sentence.
                if tokens and (record := flush()) is not None:
                    yield record
                if key == "sent_id":
                    sent_id = value.strip()
                    first_line = n
                else:
                    # Only the single space after '=' is syntax; the text keeps its own spaces.
                    text = value[1:] if value.startswith(" ") else value
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            raise ValueError(f"{source}:{n}: expected index<TAB>word<TAB>tag, got {line!r}")
        if not tokens and not first_line:
            first_line = n
        tokens.append((cols[1], cols[2].strip()))
    if (record := flush()) is not None:
        yield record


def main(argv: Sequence[str] | None = None) -> int:
    """Convert ``INPUT.iob2`` to ``OUTPUT.jsonl``; print label counts to stderr; return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2 or args[0] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 0 if args[:1] in (["-h"], ["--help"]) else 2
    src, dst = Path(args[0]), Path(args[1])
    try:
        with src.open(encoding="utf-8-sig") as fh:
            records = list(convert(fh, source=str(src)))
    except (OSError, ValueError) as exc:
        print(f"uner_to_spans: {exc}", file=sys.stderr)
        return 1
    labels: Counter[str] = Counter(e["label"] for r in records for e in r["entities"])
    with dst.open("w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    summary = ", ".join(f"{label} {n}" for label, n in sorted(labels.items()))
    print(f"{src}: {len(records)} sentences, {sum(labels.values())} entities ({summary}) -> {dst}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
