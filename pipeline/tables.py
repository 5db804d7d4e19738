"""The output tables: their columns (a stable contract) and rows built from documents."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Iterable

from .document import Document, PipelineError

__all__ = [
    "COLUMNS",
    "load_tables",
    "PER_ARTICLE_TABLES",
    "document_rows",
    "error_row",
    "PeopleIndex",
]

COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "article_id", "path", "title", "published", "source", "editor", "dateline", "url",
        "script", "encoding", "n_chars", "n_sentences", "n_persons", "n_roles", "sha1",
    ),
    "mentions": (
        "article_id", "mention_id", "sentence_id", "start", "end", "text", "label",
        "normalized", "parent", "qualifiers", "method", "score",
    ),
    "roles": (
        "article_id", "role_id", "person", "title", "title_normalized", "qualifiers",
        "organization", "organization_normalized", "sentence_id", "person_start", "person_end",
        "title_start", "title_end", "org_start", "org_end", "evidence", "method", "confidence",
    ),
    "persons": ("article_id", "person", "n_mentions", "first_start", "titles"),
    "organizations": ("article_id", "organization", "normalized", "aliases", "n_mentions"),
    "tokens": ("article_id", "sentence_id", "start", "end", "text", "pos"),
    "errors": ("path", "stage", "error", "message"),
    "people": ("person", "n_articles", "roles", "organizations", "articles", "published"),
}

# Tables with rows for each article, in the order they are written.
PER_ARTICLE_TABLES = ("articles", "mentions", "roles", "persons", "organizations", "tokens")


def _join(values: Iterable[str]) -> str:
    return "; ".join(values)


def role_label(title: str, organization: str) -> str:
    """Return ``title@organization`` (just ``title`` when there is no organisation)."""
    return f"{title}@{organization}" if organization else title


def _person_roles(doc: Document) -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {}
    for role in doc.roles:
        label = role_label(role.title, role.organization)
        held = roles.setdefault(role.person, [])
        if label not in held:
            held.append(label)
    return roles


def document_rows(doc: Document, with_tokens: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Return ``{table: rows}`` for one processed document.

    Takes a document that went through the pipeline; rows follow ``COLUMNS``.
    ``tokens`` rows are produced only when ``with_tokens`` is true.
    """
    aid = doc.article_id
    persons = [m for m in doc.mentions if m.label == "PERSON"]
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in PER_ARTICLE_TABLES}
    rows["articles"].append({
        "article_id": aid,
        "path": doc.path,
        "title": doc.meta.get("title", ""),
        "published": doc.meta.get("published", ""),
        "source": doc.meta.get("source", ""),
        "editor": doc.meta.get("editor", ""),
        "dateline": doc.meta.get("dateline", ""),
        "url": doc.meta.get("url", ""),
        "script": doc.script,
        "encoding": doc.meta.get("encoding", ""),
        "n_chars": len(doc.text),
        "n_sentences": len(doc.sentences),
        "n_persons": len({m.text for m in persons}),
        "n_roles": len(doc.roles),
        "sha1": doc.sha1,
    })
    for number, m in enumerate(doc.mentions, start=1):
        rows["mentions"].append({
            "article_id": aid, "mention_id": number, "sentence_id": m.sentence_id,
            "start": m.start, "end": m.end, "text": m.text, "label": m.label,
            "normalized": m.normalized, "parent": m.parent, "qualifiers": _join(m.qualifiers),
            "method": m.method, "score": round(m.score, 3),
        })
    for number, r in enumerate(doc.roles, start=1):
        sentence = doc.sentences[r.sentence_id].text if 0 <= r.sentence_id < len(doc.sentences) else ""
        rows["roles"].append({
            "article_id": aid, "role_id": number, "person": r.person, "title": r.title,
            "title_normalized": r.title_normalized, "qualifiers": _join(r.qualifiers),
            "organization": r.organization, "organization_normalized": r.organization_normalized,
            "sentence_id": r.sentence_id, "person_start": r.person_start, "person_end": r.person_end,
            "title_start": r.title_start, "title_end": r.title_end,
            "org_start": r.org_start, "org_end": r.org_end, "evidence": sentence,
            "method": r.method, "confidence": round(r.confidence, 3),
        })
    person_roles = _person_roles(doc)
    seen: OrderedDict[str, list[int]] = OrderedDict()
    for m in persons:
        seen.setdefault(m.text, []).append(m.start)
    for name, starts in seen.items():
        rows["persons"].append({
            "article_id": aid, "person": name, "n_mentions": len(starts),
            "first_start": min(starts), "titles": _join(person_roles.get(name, ())),
        })
    organizations: OrderedDict[str, dict[str, int]] = OrderedDict()
    for m in doc.mentions:
        if m.label == "ORG":
            forms = organizations.setdefault(m.normalized or m.text, {})
            forms[m.text] = forms.get(m.text, 0) + 1
    for normalized, forms in organizations.items():
        longest = max(forms, key=lambda form: (len(form), forms[form]))
        rows["organizations"].append({
            "article_id": aid, "organization": longest, "normalized": normalized,
            "aliases": _join(f for f in forms if f != longest), "n_mentions": sum(forms.values()),
        })
    if with_tokens:
        sentence_of = {}
        for index, sentence in enumerate(doc.sentences):
            sentence_of[sentence.start] = index
        sentence_id = -1
        for token in doc.tokens:
            sentence_id = sentence_of.get(token.start, sentence_id)
            rows["tokens"].append({
                "article_id": aid, "sentence_id": sentence_id, "start": token.start,
                "end": token.end, "text": token.text, "pos": token.label,
            })
    return rows


def error_row(error: PipelineError) -> dict[str, Any]:
    """Return the ``errors`` row for one failed input."""
    return {"path": error.path, "stage": error.stage, "error": error.code, "message": str(error)}


class PeopleIndex:
    """Collects the cross-article ``people`` table over a run.

    Memory grows with the number of distinct person names, not with articles' text.
    """

    def __init__(self) -> None:
        self._people: dict[str, dict[str, Any]] = {}

    def add(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        """Fold one article's ``persons`` and ``roles`` rows into the index."""
        if not rows.get("articles"):
            return
        article = rows["articles"][0]
        for person in rows.get("persons", ()):
            entry = self._people.setdefault(
                person["person"], {"roles": {}, "organizations": {}, "articles": {}},
            )
            entry["articles"][article["article_id"]] = article.get("published", "")
        for role in rows.get("roles", ()):
            entry = self._people.get(role["person"])
            if entry is None:
                continue
            organization = role["organization_normalized"] or role["organization"]
            entry["roles"][role_label(role["title"], organization)] = None
            if organization:
                entry["organizations"][organization] = None

    def rows(self) -> list[dict[str, Any]]:
        """Return the ``people`` rows, sorted by person name."""
        result = []
        for name in sorted(self._people):
            entry = self._people[name]
            result.append({
                "person": name,
                "n_articles": len(entry["articles"]),
                "roles": _join(entry["roles"]),
                "organizations": _join(entry["organizations"]),
                "articles": _join(entry["articles"]),
                "published": _join(sorted({d for d in entry["articles"].values() if d})),
            })
        return result


def load_tables(outdir, names=None) -> dict[str, Any]:
    """Load an output folder's tables as pandas DataFrames, keyed by table name.

    Takes the output folder and optionally the table names (default: every table
    present). Reads ``NAME.jsonl`` when present, else ``NAME.csv``; columns follow
    ``COLUMNS``. A CSV table's cells that were neutralised for spreadsheets keep
    their leading apostrophe, so JSONL is the faithful source. Raises
    FileNotFoundError for a requested table that is missing.
    """
    import pandas

    from .evaluate import read_table

    wanted = list(names) if names is not None else list(COLUMNS)
    tables = {}
    for name in wanted:
        rows = read_table(outdir, name, required=names is not None)
        if rows is not None:
            tables[name] = pandas.DataFrame(rows, columns=list(COLUMNS.get(name, rows[0].keys() if rows else ())))
    return tables
