"""Cut one real-news excerpt out of a search result and store it in the local cache.

Usage: ``python benchmarks/realnews/cut.py [--nearest] ID RESULT.txt [SET_FOLDER]``

``RESULT.txt`` holds the ``excerpt`` of the search result (corpus ``pages``) whose
``url`` is the one ``sources.jsonl`` gives for ``ID``. The excerpt is the stretch of
``n_chars`` characters whose SHA-1 equals the line's ``sha1``; it is written to
``cache/ID.txt`` (git-ignored). ``SET_FOLDER`` is the set's folder
(``benchmarks/realnews2`` for set 2); set 1's by default. Exits 1 when no stretch matches,
unless ``--nearest`` is given: then the stretch of ``n_chars`` characters holding the most of
the excerpt's gold strings (names, titles, bodies) is written instead, and a line on stderr
says so (for a result copied by hand with a slip, or a page stored again with a small change).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def cut(source: dict, page: str) -> str | None:
    """Return the stretch of ``page`` that ``source`` (a ``sources.jsonl`` line) names, or None."""
    size = source["n_chars"]
    for start in range(0, len(page) - size + 1):
        piece = page[start:start + size]
        if hashlib.sha1(piece.encode("utf-8")).hexdigest() == source["sha1"]:
            return piece
    return None


def nearest(source: dict, page: str, gold: dict | None) -> str:
    """Return the stretch of ``n_chars`` characters of ``page`` that holds the most of
    ``gold``'s strings (its persons, bodies, and roles' parts), the first such; a stretch
    opening a line wins a tie."""
    size = source["n_chars"]
    strings = set()
    if gold is not None:
        strings |= set(gold.get("persons", ())) | set(gold.get("organizations", ()))
        for role in gold.get("roles", ()):
            strings |= {role["person"], role["title"], role["org"]}
    strings.discard("")
    starts = range(0, max(0, len(page) - size) + 1)
    best = max(starts, key=lambda s: (sum(w in page[s:s + size] for w in strings), s == 0 or page[s - 1] == "\n", -s))
    return page[best:best + size]


def main(argv: list[str]) -> int:
    closest = "--nearest" in argv
    argv = [a for a in argv if a != "--nearest"]
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    wanted, result = argv[:2]
    folder = Path(argv[2]) if len(argv) == 3 else HERE
    sources = {row["id"]: row for row in map(json.loads, (folder / "sources.jsonl").read_text(encoding="utf-8").splitlines()) if row}
    if wanted not in sources:
        print(f"cut.py: no excerpt {wanted!r} in sources.jsonl", file=sys.stderr)
        return 2
    page = Path(result).read_text(encoding="utf-8")
    piece = cut(sources[wanted], page)
    if piece is None and closest:
        golds = {g["id"]: g for g in map(json.loads, (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()) if g}
        piece = nearest(sources[wanted], page, golds.get(wanted))
        print(f"cut.py: {result}: no stretch matches {wanted}'s sha1; kept the nearest by its gold strings", file=sys.stderr)
    if piece is None:
        print(f"cut.py: {result}: no stretch of {sources[wanted]['n_chars']} characters matches {wanted}'s sha1", file=sys.stderr)
        return 1
    (folder / "cache").mkdir(exist_ok=True)
    (folder / "cache" / f"{wanted}.txt").write_text(piece, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
