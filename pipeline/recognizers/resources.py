"""Lexicons in the form the recognisers match them: shadow keys, loaded once per process.

Each function reads one or more ``models/*.tsv`` files through
:func:`pipeline.lexicons.load_lexicon` and returns a dict keyed by the entry's
shadow form (simplified, half-width), so traditional and simplified input match
the same entries.
"""

from __future__ import annotations

import functools

from ..lexicons import load_lexicon, to_shadow_key

__all__ = [
    "title_heads",
    "title_prefixes",
    "org_suffixes",
    "org_name_words",
    "known_organizations",
    "organization_kinds",
    "surnames",
    "japanese_surnames",
    "foreign_given_names",
    "latin_given_names",
    "places",
    "transliteration_chars",
    "person_cues",
    "non_names",
    "names_among_non_names",
]


def _rows(name: str) -> list[dict[str, str]]:
    lexicon = load_lexicon(name)
    return [dict(zip(lexicon.columns, row)) for row in lexicon.rows]


@functools.lru_cache(maxsize=None)
def title_heads() -> dict[str, tuple[str, str]]:
    """Return ``{shadow: (title as listed, category)}`` for every title head."""
    return {to_shadow_key(r["title"]): (r["title"], r["category"]) for r in _rows("titles")}


@functools.lru_cache(maxsize=None)
def title_prefixes() -> dict[str, str]:
    """Return ``{shadow: kind}`` for title modifiers (rank, honour, status, acting) and domains."""
    prefixes = {to_shadow_key(r["word"]): "domain" for r in _rows("title_domains")}
    prefixes.update({to_shadow_key(r["modifier"]): r["kind"] for r in _rows("title_modifiers")})
    return prefixes


@functools.lru_cache(maxsize=None)
def org_suffixes() -> dict[str, tuple[str, str]]:
    """Return ``{shadow: (kind, strength)}`` for organisation-name endings."""
    return {to_shadow_key(r["suffix"]): (r["kind"], r["strength"]) for r in _rows("org_suffixes")}


@functools.lru_cache(maxsize=None)
def org_name_words() -> frozenset[str]:
    """Return verbs and adjectives that occur inside organisation names (创新, 促进 …)."""
    return frozenset(to_shadow_key(r["word"]) for r in _rows("org_name_words") if r["note"] == "word")


@functools.lru_cache(maxsize=None)
def org_task_words() -> frozenset[str]:
    """Return verbs that name a committee's task right before its ending (审核|委员会, 提名|委员会)."""
    return frozenset(to_shadow_key(r["word"]) for r in _rows("org_name_words") if r["note"] == "task")


@functools.lru_cache(maxsize=None)
def known_organizations() -> dict[str, tuple[str, str]]:
    """Return ``{shadow: (name as listed, canonical name)}`` for known bodies and aliases."""
    return {to_shadow_key(r["name"]): (r["name"], r["canonical"]) for r in _rows("organizations")}


@functools.lru_cache(maxsize=None)
def organization_kinds() -> dict[str, str]:
    """Return ``{shadow: kind}`` (government, academic, corporate …) for known bodies and aliases."""
    return {to_shadow_key(r["name"]): r["kind"] for r in _rows("organizations")}


@functools.lru_cache(maxsize=None)
def surnames() -> dict[str, str]:
    """Return ``{shadow: frequency}`` (high, medium, low) for single and compound surnames.

    Two surnames with one shadow form (寧 and 甯 are both 宁) keep the higher tier,
    except where the shadow form is also a function word (於 and 于 are both 于, and
    於 is far more often "at"): that keeps the lower.
    """
    tiers: dict[str, str] = {}
    for row in _rows("surnames"):
        key = to_shadow_key(row["surname"])
        rank = _TIER_RANK[row["frequency"]]
        held = _TIER_RANK.get(tiers.get(key, ""))
        if held is None or (rank > held if key in _FUNCTION_WORD_KEYS else rank < held):
            tiers[key] = row["frequency"]
    return tiers


@functools.lru_cache(maxsize=None)
def written_surnames() -> dict[str, str]:
    """Return ``{surname as listed: frequency}``: the tiers before two written forms
    fold into one shadow form (于 the surname, 於 the preposition; both are 于)."""
    return {row["surname"]: row["frequency"] for row in _rows("surnames")}


_TIER_RANK = {"high": 0, "medium": 1, "low": 2}
_FUNCTION_WORD_KEYS = frozenset("于与为")


@functools.lru_cache(maxsize=None)
def japanese_surnames() -> frozenset[str]:
    """Return Japanese family names of two or more characters (shadow form)."""
    return frozenset(to_shadow_key(r["surname"]) for r in _rows("japanese_surnames"))


@functools.lru_cache(maxsize=None)
def latin_given_names() -> frozenset[str]:
    """Return common given names as written in Latin script (John, Maria), as listed."""
    return frozenset(r["name"] for r in _rows("latin_given_names"))


@functools.lru_cache(maxsize=None)
def foreign_given_names() -> frozenset[str]:
    """Return common Western given names as Chinese media transliterate them (shadow form)."""
    return frozenset(to_shadow_key(r["name"]) for r in _rows("foreign_given_names"))


@functools.lru_cache(maxsize=None)
def places() -> dict[str, str]:
    """Return ``{shadow: kind}`` for countries, regions, cities and districts."""
    return {to_shadow_key(r["name"]): r["kind"] for r in _rows("places")}


@functools.lru_cache(maxsize=None)
def transliteration_chars() -> frozenset[str]:
    """Return the characters used to write transliterated foreign names (shadow form)."""
    return frozenset(to_shadow_key(r["char"]) for r in _rows("transliteration_chars"))


@functools.lru_cache(maxsize=None)
def person_cues() -> dict[str, str]:
    """Return ``{shadow: kind}`` (honorific, speech, action) for words after a name."""
    return {to_shadow_key(r["cue"]): r["kind"] for r in _rows("person_cues")}


@functools.lru_cache(maxsize=None)
def non_names() -> frozenset[str]:
    """Return ordinary words that start with a surname but are not names (shadow form)."""
    return frozenset(to_shadow_key(r["word"]) for r in _rows("non_names"))


@functools.lru_cache(maxsize=None)
def names_among_non_names() -> frozenset[str]:
    """Return the words of :func:`non_names` that are also common full names
    (汪洋, 黎明: note ``name``), shadow form."""
    return frozenset(to_shadow_key(r["word"]) for r in _rows("non_names") if r["note"] == "name")
