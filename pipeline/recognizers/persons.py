"""PERSON: Chinese names (surname + given name) and transliterated names, on evidence.

A surname followed by one or two given-name characters is accepted only with
evidence around it: a title right before (局長孫東) or after (孫東局長), an
honorific after (先生, 女士), a speech or action verb after (表示, 出席), an
editor's or reporter's credit, or the segmenter keeping it as one unknown word.
Transliterated names are runs of transliteration characters, joined by ``·`` or
backed by the same evidence. Every later occurrence of an accepted name in the
article is tagged too.
"""

from __future__ import annotations

import regex

from ..document import Mention
from .base import Matcher, RecognitionContext, Recognizer, make_mention
from .resources import (
    known_organizations,
    non_names,
    person_cues,
    places,
    surnames,
    title_heads,
    transliteration_chars,
)

__all__ = ["PersonRecognizer"]

# Characters that do not occur in given names in news text: function words, numerals,
# units and the commonest verbs; a candidate using one of them is cut before it.
_NOT_GIVEN = frozenset(
    "的了是在和与及等为于以对将也都而之其所被把从向到这那个们年月日时说称表指出任任职及或并但又就还再已曾"
    "共同各每该本此其由因如若即亦皆乃仍更最很太等上下中内外前后左右里间一二三四五六七八九十百千万亿两几多少"
    "第次位名家项届号周岁元"
)
_CREDIT = regex.compile(r"(?:记者|编辑|责任编辑|通讯员|实习记者|撰文|文|图|摄|报道)\s*[:：/]?\s*$")
_DOTS = "·‧•・．"
_TRANSLIT_RUN = regex.compile(r"\p{Han}+(?:[·‧•・．]\p{Han}+)+")
_HAN = regex.compile(r"\p{Han}")


class PersonRecognizer(Recognizer):
    """Finds person names from surnames plus evidence, and transliterated names."""

    label = "PERSON"
    name = "person_evidence"

    def load(self) -> "PersonRecognizer":
        self.surnames = surnames()
        self.compound = {s for s in self.surnames if len(s) == 2}
        self.translit = transliteration_chars()
        self.cues = Matcher(person_cues())
        self.cue_kinds = person_cues()
        self.rejected = non_names() | set(title_heads()) | set(places()) | set(known_organizations())
        self.title_heads = set(title_heads())
        return self

    # -- evidence -------------------------------------------------------------------

    def _cue_after(self, shadow: str, end: int, limit: int) -> str:
        """Return the kind of person cue starting at ``end`` (``""`` if none)."""
        for length in (4, 3, 2, 1):
            if end + length <= limit:
                kind = self.cue_kinds.get(shadow[end:end + length])
                if kind:
                    return kind
        return ""

    def _candidates(self, context: RecognitionContext, sentence, sentence_id, titles_by_start, titles_by_end, blocked):
        doc = context.doc
        shadow = doc.shadow
        tokens = {(t.start, t.end): t.label for t in context.tokens_in(sentence)}
        lo, hi = sentence.start, sentence.end
        found: list[Mention] = []
        i = lo
        while i < hi:
            surname_len = 2 if shadow[i:i + 2] in self.compound else (1 if shadow[i] in self.surnames else 0)
            if not surname_len or i in blocked:
                i += 1
                continue
            best = None
            for given_len in (2, 1):
                s, e = i, i + surname_len + given_len
                if e > hi:
                    continue
                given = shadow[s + surname_len:e]
                if not _HAN.fullmatch(given[0]) or any(c in _NOT_GIVEN or not _HAN.match(c) for c in given):
                    continue
                if any(k in blocked for k in range(s, e)):
                    continue
                # A title head inside the candidate (李然會長 → 李然) ends the name.
                if any(k in titles_by_start for k in range(s + surname_len, e)):
                    continue
                name = shadow[s:e]
                if name in self.rejected:
                    continue
                evidence, score = self._evidence(context, shadow, s, e, hi, titles_by_start, titles_by_end, tokens)
                if evidence and (best is None or score > best[2]):
                    best = (s, e, score, evidence)
            if best is not None:
                s, e, score, evidence = best
                found.append(make_mention(doc, s, e, "PERSON", normalized=doc.text[s:e], method=evidence, score=score, sentence_id=sentence_id))
                i = e
            else:
                i += 1
        return found

    def _evidence(self, context, shadow, s, e, limit, titles_by_start, titles_by_end, tokens) -> tuple[str, float]:
        """Return ``(method, score)`` for a name candidate at ``[s, e)``, or ``("", 0)``."""
        after_title = titles_by_start.get(e)
        before_title = titles_by_end.get(s)
        cue = self._cue_after(shadow, e, limit)
        ends_word = context.at_boundary(e) or e == limit or not _HAN.match(shadow[e])
        tag = tokens.get((s, e))
        score = 0.0
        method = ""
        if after_title is not None:
            method, score = "pattern", 0.9
        if cue == "honorific":
            method, score = "pattern", max(score, 0.9)
        if before_title is not None and ends_word:
            method, score = "pattern", max(score, 0.85)
        elif before_title is not None and cue:
            method, score = "pattern", max(score, 0.85)
        if _CREDIT.search(shadow[max(0, s - 6):s]) and ends_word:
            method, score = "pattern", max(score, 0.85)
        if not method and cue in ("speech", "action") and context.at_boundary(s):
            method, score = "pattern", 0.7
        if not method and tag in ("nr", "nrfg", "nrt"):
            method, score = "model", 0.6
        if method and before_title is None and after_title is None and cue != "honorific":
            # Weaker evidence: the segmenter must agree on both edges.
            if not (context.at_boundary(s) and ends_word):
                return "", 0.0
        # A one-character given name needs the name to end where a word ends.
        if method and e - s == 2 and not ends_word and after_title is None and not cue:
            return "", 0.0
        score += 0.01 * (e - s)  # prefer the longer reading when evidence ties
        return method, score

    def _transliterated(self, context, sentence, sentence_id, blocked, titles_by_end) -> list[Mention]:
        doc = context.doc
        shadow = doc.shadow
        found = []
        for match in _TRANSLIT_RUN.finditer(shadow, sentence.start, sentence.end):
            s, e = match.start(), match.end()
            # The first part may run into preceding words: keep its tail of
            # transliteration characters, starting at a word boundary.
            first_dot = min(shadow.find(d, s, e) for d in _DOTS if shadow.find(d, s, e) >= 0)
            start = first_dot
            while start > s and shadow[start - 1] in self.translit and start - 1 not in blocked and (start not in titles_by_end):
                start -= 1
            while start < first_dot and not context.at_boundary(start):
                start += 1
            if start >= first_dot:
                continue
            body = shadow[start:e]
            letters = [c for c in body if c not in _DOTS]
            if sum(c in self.translit for c in letters) < 0.6 * len(letters):
                continue
            if any(k in blocked for k in range(start, e)):
                continue
            found.append(make_mention(doc, start, e, "PERSON", normalized=doc.text[start:e], method="pattern", score=0.85, sentence_id=sentence_id))
        return found

    def _propagate(self, context: RecognitionContext, accepted: list[Mention], blocked: set[int]) -> list[Mention]:
        doc = context.doc
        names = {doc.shadow[m.start:m.end]: m for m in accepted if m.end - m.start >= 2}
        if not names:
            return []
        matcher = Matcher(names)
        taken = {(m.start, m.end) for m in accepted}
        found = []
        for sentence_id, sentence in enumerate(doc.sentences):
            for start, end, original in matcher.iter(doc.shadow[sentence.start:sentence.end]):
                s, e = sentence.start + start, sentence.start + end
                if (s, e) in taken or any(k in blocked for k in range(s, e)):
                    continue
                found.append(make_mention(doc, s, e, "PERSON", normalized=original.normalized, method="propagated", score=0.8, sentence_id=sentence_id))
        return found

    def find(self, context: RecognitionContext) -> list[Mention]:
        titles = [m for m in context.found if m.label == "TITLE"]
        titles_by_start = {m.start: m for m in titles}
        titles_by_end = {m.end: m for m in titles}
        blocked: set[int] = set()
        for m in context.found:
            if m.label == "ORG":
                blocked.update(range(m.start, m.end))
        for m in titles:
            blocked.update(range(m.start, m.end))
        accepted: list[Mention] = []
        for sentence_id, sentence in enumerate(context.doc.sentences):
            translit = self._transliterated(context, sentence, sentence_id, blocked, titles_by_end)
            for m in translit:
                blocked.update(range(m.start, m.end))
            accepted.extend(translit)
            accepted.extend(self._candidates(context, sentence, sentence_id, titles_by_start, titles_by_end, blocked))
        for m in accepted:
            blocked.update(range(m.start, m.end))
        return accepted + self._propagate(context, accepted, blocked)
