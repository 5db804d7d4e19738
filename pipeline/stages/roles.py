"""roles: who holds which title in which organisation, sentence by sentence.

The resolver reads each sentence as a sequence of ORG, TITLE and PERSON mentions
and the text between them (the gap), and handles the shapes news uses:

- ``[ORG][TITLE][PERSON]``, ``[TITLE][PERSON]``, ``[PERSON][TITLE]``;
- chains ``[ORG][TITLE]、[ORG][TITLE]…[PERSON]``: every role since the last name
  belongs to the next name; a comma after a name starts a new chain;
- ``[ORG][TITLE]兼[TITLE]``: both titles in the one organisation;
- ``[PERSON]出任/擔任/獲委任為[ORG][TITLE]``: the roles after the verb go to the name
  before it;
- a later short mention ``[PERSON][TITLE]`` (李然會長) whose title matches a role
  given in full earlier is linked to it, not reported again without organisation.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..document import Document, Mention, Role
from ..recognizers.resources import places, title_prefixes
from ..registry import register_stage

__all__ = ["RoleResolver", "resolve_roles"]

# Gaps that keep a chain going.
_JOIN_GAP = regex.compile(r"^\s*(?:兼|兼任|及|和|暨)\s*$")
_ADJACENT_GAP = regex.compile(r"^[\s:：]*$")
_COMMA_GAP = regex.compile(r"^\s*[,，]\s*$")
_LIST_GAP = regex.compile(r"^\s*[、,，/]\s*$")
_APPOINTMENT = regex.compile(
    r"^\s*(?:已|將|将|曾|再|正式|獲|获)?\s*(?:出任|擔任|担任|兼任|獲委任為|获委任为|獲委任|获委任|獲任命為|获任命为|被任命為|被任命为|"
    r"當選為|当选为|當選|当选|獲選為|获选为|升任|轉任|转任|接任|任|為|为|是|乃)\s*$"
)
# Title categories that take a country, province or city written before them as
# their organisation, and the kinds of place that count.
_POLITY_TITLES = frozenset({"government", "legislature", "military", "judicial"})
_POLITY_KINDS = frozenset({"country", "region", "province", "city"})
# Title categories that never take an organisation carried over from the chain.
_NO_CARRY = frozenset({"honour", "profession"})


@dataclass
class _Pending:
    title: Mention
    org: Mention | None
    shape: str
    status: tuple[str, ...] = ()  # 前, 新任 … written before the organisation


def _role(person: Mention, pending: _Pending, sentence_id: int, confidence: float) -> Role:
    org = pending.org
    title = pending.title
    title_start, title_text = title.start, title.text
    if org is not None and org.end == title.start and len(title.text) < len(title.normalized) and org.text.endswith(title.normalized[0]):
        # 財政司長: the title shares the body's last character (財政司 + 司長).
        title_start, title_text = title.start - 1, title.normalized
    return Role(
        person=person.text,
        title=title_text,
        title_normalized=title.normalized or title.text,
        qualifiers=pending.status + title.qualifiers,
        organization=org.text if org else "",
        organization_normalized=(org.normalized or org.text) if org else "",
        sentence_id=sentence_id,
        person_start=person.start,
        person_end=person.end,
        title_start=title_start,
        title_end=title.end,
        org_start=org.start if org else -1,
        org_end=org.end if org else -1,
        method=pending.shape,
        confidence=round(confidence, 3),
    )


def _gap_kind(gap: str) -> str:
    """Classify the text between two mentions: adjacent, comma, list, join,
    appointment (出任, 獲委任為 …) or break (anything else ends the chain)."""
    if _ADJACENT_GAP.match(gap):
        return "adjacent"
    if _LIST_GAP.match(gap):
        return "comma" if _COMMA_GAP.match(gap) else "list"
    if _JOIN_GAP.match(gap):
        return "join"
    if _APPOINTMENT.match(gap):
        return "appointment"
    return "break"


def _sentence_roles(doc: Document, sentence_id: int, mentions: list[Mention], earlier: dict[str, list[Role]]) -> list[Role]:
    """Return the roles asserted in one sentence, given its mentions in order."""
    roles: list[Role] = []
    pending: list[_Pending] = []
    org: Mention | None = None           # organisation waiting for its title
    chain_org: Mention | None = None     # organisation of the last title in the chain
    appointed: Mention | None = None     # the name before 出任/擔任 …
    previous: Mention | None = None
    for mention in mentions:
        gap = doc.text[previous.end:mention.start] if previous is not None else ""
        kind = _gap_kind(gap) if previous is not None else "start"
        if mention.label == "TITLE" and previous is not None and previous is org and _qualifies_title(doc, org, gap):
            kind = "adjacent"
        if kind == "appointment" and previous is not None and previous.label == "PERSON":
            appointed = previous
        elif kind in ("break", "appointment") or (kind == "comma" and previous.label == "PERSON"):
            appointed = None
            pending, org, chain_org = [], None, None
        if mention.label == "ORG":
            org = mention
        elif mention.label == "TITLE":
            if org is not None and previous is org and kind == "adjacent":
                pending.append(_Pending(mention, org, "org_title", _status_before(doc, org)))
                chain_org = org
            elif previous is not None and previous.label == "TITLE" and kind == "join" and pending:
                # 副會長兼秘書長: the second title shares the first one's organisation.
                pending.append(_Pending(mention, pending[-1].org, "joined_title"))
            elif previous is not None and previous.label == "PERSON" and kind == "adjacent" and not pending:
                roles.extend(_person_then_title(previous, mention, sentence_id, earlier))
            elif chain_org is not None and kind == "list" and mention.category not in _NO_CARRY and pending:
                pending.append(_Pending(mention, chain_org, "chain_carried"))
            else:
                polity = _polity_before(doc, mention, previous.end if previous is not None else doc.sentences[sentence_id].start)
                pending.append(_Pending(mention, polity, "place_title") if polity else _Pending(mention, None, "title"))
            org = None
            if appointed is not None:
                roles.extend(_role(appointed, _Pending(i.title, i.org, "appointment", i.status), sentence_id, 0.75) for i in pending)
                pending = []
        elif mention.label == "PERSON":
            if pending and previous is not None and previous.label == "TITLE" and kind == "adjacent":
                for item in pending:
                    shape = "chain" if len(pending) > 1 else item.shape
                    confidence = 0.9 if item.org is not None or item.shape == "title" else 0.8
                    roles.append(_role(mention, _Pending(item.title, item.org, shape, item.status), sentence_id, confidence))
            pending, org, chain_org = [], None, None
            appointed = None
        previous = mention
    return roles


def _status_before(doc: Document, org: Mention) -> tuple[str, ...]:
    """A status word written before the organisation that belongs to the title
    after it: 前保安局局長 is a former 局長, 新任警務處處長 a new 處長."""
    modifiers = title_prefixes()
    for length in (2, 1):
        start = org.start - length
        if start >= 0 and modifiers.get(doc.shadow[start:org.start]) in ("status", "acting"):
            return (doc.text[start:org.start],)
    return ()


def _polity_before(doc: Document, title: Mention, floor: int) -> Mention | None:
    """The country, province or city written right before a government title
    (美國總統, 廣東省省長): the polity stands as the title's organisation.

    Returns a mention over the place (method ``place``), or None.
    """
    if title.category not in _POLITY_TITLES:
        return None
    known = places()
    for length in range(min(8, title.start - floor), 1, -1):
        start = title.start - length
        if known.get(doc.shadow[start:title.start]) in _POLITY_KINDS:
            return Mention(start, title.start, "ORG", doc.text[start:title.start], normalized=doc.text[start:title.start], method="place")
    return None


def _qualifies_title(doc: Document, org: Mention, gap: str) -> bool:
    """True when the text between an organisation and its title belongs to the title:
    a region (香港貿發局中國內地總代表) or the organisation's own suffix repeated
    (…校友聯盟聯盟會長)."""
    shadow = doc.shadow[org.end:org.end + len(gap)]
    if not gap or len(gap) > 6:
        return False
    return shadow in places() or doc.shadow[org.start:org.end].endswith(shadow) and len(shadow) >= 2


def _person_then_title(person: Mention, title: Mention, sentence_id: int, earlier: dict[str, list[Role]]) -> list[Role]:
    """Roles for ``孫東局長``: linked to an earlier full role with the same title, or new."""
    for role in earlier.get(person.text, ()):
        if role.title_normalized == (title.normalized or title.text) or role.title == title.text:
            return []
    return [_role(person, _Pending(title, None, "person_title"), sentence_id, 0.7)]


def resolve_roles(doc: Document) -> tuple[Role, ...]:
    """Return every role the document asserts, in text order."""
    by_sentence: dict[int, list[Mention]] = {}
    for mention in doc.mentions:
        by_sentence.setdefault(mention.sentence_id, []).append(mention)
    earlier: dict[str, list[Role]] = {}
    found: list[Role] = []
    for sentence_id in sorted(by_sentence):
        for role in _sentence_roles(doc, sentence_id, by_sentence[sentence_id], earlier):
            found.append(role)
            earlier.setdefault(role.person, []).append(role)
    # A short mention (行政長官李家超 after 香港特區行政長官李家超, or before it) repeats
    # a role given in full: drop an organisation-less role whose title the same
    # person holds with an organisation elsewhere in the article.
    with_org = {(r.person, r.title) for r in found if r.organization}
    with_org |= {(r.person, r.title_normalized) for r in found if r.organization}
    return tuple(
        r for r in found
        if r.organization or ((r.person, r.title) not in with_org and (r.person, r.title_normalized) not in with_org)
    )


@register_stage("roles")
class RoleResolver:
    """Stage ``roles``: fills ``doc.roles`` from the sentence's mentions."""

    name = "roles"
    requires = ("mentions",)
    provides = ("roles",)
    scope = "block"

    def __call__(self, doc: Document) -> Document:
        return doc.replace(roles=resolve_roles(doc))
