"""recognise: TITLE, ORG and PERSON mentions, merged and de-overlapped in one place.

Recognisers run in order (titles, organisations, persons), each seeing what the
earlier ones accepted; candidates are then sorted by ``(start, -end, label)`` and
overlaps resolved once: the longer span wins, then the higher score, then the
label order ORG > TITLE > PERSON.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Iterable, Sequence

from ..document import Document, Mention
from ..lexicons import to_shadow_key
from ..recognizers.resources import title_prefixes
from ..recognizers.base import RecognitionContext, Recognizer
from ..registry import get_ner_backend, register_stage

__all__ = ["Recognise", "resolve_overlaps", "default_recognizers", "recognizers_for"]

_LABEL_RANK = {"ORG": 0, "TITLE": 1, "PERSON": 2}


def default_recognizers() -> list[Recognizer]:
    """Return loaded instances of the built-in recognisers, in running order."""
    from ..recognizers.organizations import OrgRecognizer
    from ..recognizers.persons import PersonRecognizer
    from ..recognizers.titles import TitleRecognizer

    return [TitleRecognizer().load(), OrgRecognizer().load(), PersonRecognizer().load()]


def recognizers_for(ner: str = "rules", merge: str = "union") -> list[Recognizer]:
    """Return loaded recognisers for ``--ner`` (``rules`` or ``NAME:MODEL``, e.g.
    ``hanlp:models/ner``) and ``--ner-merge`` (``union``, ``hanlp``, ``rules``).

    A backend runs after the rules; with ``merge="hanlp"`` only the rules' TITLE
    recogniser runs beside it. Raises ValueError for an unknown backend or merge
    (or a merge other than ``union`` without a backend) and
    :class:`~pipeline.registry.BackendError` when the backend cannot load.
    """
    if ner == "rules":
        if merge != "union":
            raise ValueError(f"--ner-merge {merge} needs an NER backend: --ner hanlp:MODEL")
        return default_recognizers()
    backend = get_ner_backend(ner, merge)
    rules = default_recognizers()
    if merge == "hanlp":
        rules = [r for r in rules if r.label == "TITLE"]
    return rules + [backend]


def resolve_overlaps(candidates: Iterable[Mention]) -> list[Mention]:
    """Return a non-overlapping subset of ``candidates``, sorted by offset.

    Preference: longer span, higher score, then ORG over TITLE over PERSON, then
    earlier start, then the longer normalized form; exact duplicates are kept
    once. A title whose modifiers overlap the end of an organisation
    (清華大學校務委員會 + 校務委員會副主任) first gives those characters up,
    whatever the lengths.
    """
    return _resolved(set(candidates))


def _resolved(candidates: set[Mention]) -> list[Mention]:
    """:func:`resolve_overlaps` of the set ``candidates`` (left as it is)."""
    org_ends: dict[int, int] = {}  # end of an organisation -> its earliest start
    for m in candidates:
        if m.label == "ORG":
            org_ends[m.end] = min(org_ends.get(m.end, m.start), m.start)
    trimmed: list[tuple[Mention, Mention]] = []  # (title, the title trimmed)
    for m in candidates:
        if m.label == "TITLE":
            # 前立法院長: a status word may stand before the organisation inside the title.
            # (Where no organisation ends inside the title, every end gives the test
            # of the whole title's text: the search is needed only when that holds.)
            cut = max((
                end for end in range(m.start + 1, m.end)
                if org_ends.get(end, m.end) <= m.start or _status_words(m.text[:org_ends.get(end, m.end) - m.start])
            ), default=0) if not org_ends.keys().isdisjoint(range(m.start + 1, m.end)) or _status_words(m.text[:m.end - m.start]) else 0
            if cut:
                shorter = _trim_title(m, cut)
                if shorter is not None:
                    trimmed.append((m, shorter))
    # Every candidate, each trimmed title in its trimmed form (a copy of the set
    # keeps the hashes: only the trimmed titles are hashed again).
    adjusted = set(candidates)
    adjusted.difference_update(m for m, _ in trimmed)
    adjusted.update(shorter for _, shorter in trimmed)
    # The last keys make the order total, so the choice never depends on set order:
    # of two readings of one span, the longer head wins (總經理 over 總 + 經理).
    ranked = sorted(
        adjusted,
        key=lambda m: (
            -(m.end - m.start), -m.score, _LABEL_RANK.get(m.label, 9), m.start,
            -len(m.normalized), m.normalized, m.qualifiers, m.method, m.category, m.parent,
        ),
    )
    # owner[i] is the end of the kept span covering character i (0: free), so each
    # check costs the candidate's length, not the number of spans kept so far (a
    # list, read and written a slice at a time).
    owner = [0] * (max((m.end for m in ranked), default=0) + 1)
    kept: list[Mention] = []
    for mention in ranked:
        covered = owner[mention.start:mention.end]
        if any(covered):
            if mention.label != "TITLE":
                continue
            mention = _trim_title(mention, max(covered))  # (an end is never 0)
            if mention is None or any(owner[mention.start:mention.end]):
                continue
        owner[mention.start:mention.end] = [mention.end] * (mention.end - mention.start)
        kept.append(mention)
    return sorted(kept, key=lambda m: (m.start, -m.end, m.label))


@functools.lru_cache(maxsize=4096)
def _status_words(text: str) -> bool:
    """True when ``text`` is one or two status or acting modifiers (前, 前任, 署理 …)."""
    if not text:
        return False
    kinds = title_prefixes()
    key = to_shadow_key(text)
    if kinds.get(key) in ("status", "acting"):
        return True
    return any(kinds.get(key[:i]) in ("status", "acting") and kinds.get(key[i:]) in ("status", "acting") for i in range(1, len(key)))


def _trim_title(title: Mention, new_start: int) -> Mention | None:
    """Return ``title`` starting at ``new_start`` (the end of a body that overlaps its
    modifiers, 校務委員會副主任 after 清華大學校務委員會), or None if its head is hit."""
    head = title.normalized or title.text
    brackets = [i for i in (title.text.find("（"), title.text.find("(")) if i >= 0]
    unbracketed = title.text[:min(brackets)] if brackets else title.text  # the text before its first bracket
    head_start = title.start + max(unbracketed.rfind(head), 0)
    shared = new_start == head_start + 1 and len(head) == 2
    if (new_start > head_start and not shared) or new_start <= title.start:
        return None
    # 財政司長, 財政部長: the body's last character is also the head's first
    # (財政司 + 司長). The mention keeps the rest (長) and the head as normalized;
    # the role puts the whole title back (see roles.py).
    offset = new_start - title.start
    text = title.text[offset:]
    return dataclasses.replace(
        title, start=new_start, text=text, qualifiers=tuple(q for q in title.qualifiers if q in text),
    )


@register_stage("recognise")
class Recognise:
    """Stage ``recognise``: fills ``doc.mentions`` from the configured recognisers.

    Takes the recognisers to run, or else an NER choice (see :func:`recognizers_for`).
    """

    name = "recognise"
    requires = ("sentences", "tokens")
    provides = ("mentions",)
    scope = "block"

    def __init__(self, recognizers: Sequence[Recognizer] | None = None, ner: str = "rules", ner_merge: str = "union"):
        self.recognizers = list(recognizers) if recognizers is not None else recognizers_for(ner, ner_merge)

    def __call__(self, doc: Document) -> Document:
        context = RecognitionContext.build(doc)
        candidates: set[Mention] = set()
        for recognizer in self.recognizers:
            # Each recogniser sees the resolved view of every candidate so far, but
            # losing candidates stay in the pool: a later organisation can make a
            # shorter title win (常委 once 全國政協 takes 政協常委's first half).
            # The pool is one set, so each candidate is hashed once.
            candidates.update(recognizer.recognise(context))
            context.found = _resolved(candidates)
        mentions = [m for m in context.found if not doc.is_excluded(m.start, m.end)]
        return doc.replace(mentions=tuple(mentions))
