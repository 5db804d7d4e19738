"""The output tables: their columns (a stable contract) and rows built from documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from .document import Document, PipelineError
from .stages.read import LOW_ENCODING_CONFIDENCE

__all__ = [
    "COLUMNS",
    "COLUMN_TYPES",
    "load_tables",
    "PER_ARTICLE_TABLES",
    "ArticleRows",
    "document_rows",
    "error_row",
    "PeopleIndex",
]

COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "article_id", "path", "title", "published", "source", "editor", "dateline", "url",
        "script", "encoding", "encoding_confidence", "encoding_uncertain", "n_chars", "n_sentences", "n_persons", "n_roles", "sha1",
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

# The type of each column that is not a string, as Parquet stores it (``int64``,
# ``float64``, ``bool``); every other column is a string. A non-string cell that
# is empty ("", as ``encoding_confidence`` for text not decoded from bytes) is
# null in Parquet.
_INTEGER_COLUMNS = {
    "articles": ("n_chars", "n_sentences", "n_persons", "n_roles"),
    "mentions": ("mention_id", "sentence_id", "start", "end"),
    "roles": (
        "role_id", "sentence_id", "person_start", "person_end", "title_start", "title_end", "org_start", "org_end",
    ),
    "persons": ("n_mentions", "first_start"),
    "organizations": ("n_mentions",),
    "tokens": ("sentence_id", "start", "end"),
    "people": ("n_articles",),
}
_OTHER_TYPES = {
    "articles": {"encoding_confidence": "float64", "encoding_uncertain": "bool"},
    "mentions": {"score": "float64"},
    "roles": {"confidence": "float64"},
}
#: ``{table: {column: type}}``, type one of ``string``, ``int64``, ``float64``, ``bool``.
COLUMN_TYPES: dict[str, dict[str, str]] = {
    table: {
        column: "int64" if column in _INTEGER_COLUMNS.get(table, ()) else _OTHER_TYPES.get(table, {}).get(column, "string")
        for column in columns
    }
    for table, columns in COLUMNS.items()
}

# Tables with rows for each article, in the order they are written.
PER_ARTICLE_TABLES = ("articles", "mentions", "roles", "persons", "organizations", "tokens")


def _join(values: Iterable[str]) -> str:
    return "; ".join(values)


def _without_bare_repeats(labels: Iterable[str]) -> list[str]:
    """``labels`` (:func:`role_label` strings) less each bare title that is also held
    with an organisation (主席 beside 主席@甲會)."""
    labels = list(labels)
    held_with_body = {label.split("@", 1)[0] for label in labels if "@" in label}
    return [label for label in labels if "@" in label or label not in held_with_body]


def role_label(title: str, organization: str) -> str:
    """Return ``title@organization`` (just ``title`` when there is no organisation)."""
    return f"{title}@{organization}" if organization else title


def _encoding_confidence(value: str) -> dict[str, Any]:
    """The ``encoding_confidence`` and ``encoding_uncertain`` cells for the reader's
    confidence (a string in ``meta``; empty for text that did not come from bytes)."""
    try:
        confidence = float(value)
    except ValueError:
        return {"encoding_confidence": "", "encoding_uncertain": False}
    return {"encoding_confidence": confidence, "encoding_uncertain": confidence < LOW_ENCODING_CONFIDENCE}


class ArticleRows:
    """Builds one article's rows piece by piece: the rows of each processed part
    (the whole document, or each block of a long one) as it comes, then the rows
    that sum up the article (``articles``, ``persons``, ``organizations``).

    Holds only those sums (counts, distinct names and organisations), so a long
    article's rows can be written block by block. ``document_rows`` is this over
    one part.
    """

    def __init__(self, doc: Document):
        self.doc = doc
        self.n_sentences = 0
        self.n_mentions = 0
        self.n_roles = 0
        self.persons: dict[str, list[int]] = {}  # name → [mentions, first start]
        self.person_roles: dict[str, list[str]] = {}
        self.organizations: dict[str, dict[str, int]] = {}  # normalised → {form: mentions}
        self.distinct_roles: dict[tuple[str, str, str, str], None] = {}

    def add(self, part: Document, with_tokens: bool = False) -> dict[str, list[dict[str, Any]]]:
        """Return the ``mentions``, ``roles`` (and with ``with_tokens``, ``tokens``)
        rows of ``part``, a processed document or block whose sentence ids and
        offsets are the article's, numbering on from the parts before it."""
        aid = self.doc.article_id
        rows: dict[str, list[dict[str, Any]]] = {"mentions": [], "roles": []}
        sentence_base = self.n_sentences
        for number, m in enumerate(part.mentions, start=self.n_mentions + 1):
            rows["mentions"].append({
                "article_id": aid, "mention_id": number, "sentence_id": m.sentence_id,
                "start": m.start, "end": m.end, "text": m.text, "label": m.label,
                "normalized": m.normalized, "parent": m.parent, "qualifiers": _join(m.qualifiers),
                "method": m.method, "score": round(m.score, 3),
            })
            if m.label == "PERSON":
                seen = self.persons.setdefault(m.text, [0, m.start])
                seen[0] += 1
                seen[1] = min(seen[1], m.start)
            elif m.label == "ORG":
                forms = self.organizations.setdefault(m.normalized or m.text, {})
                forms[m.text] = forms.get(m.text, 0) + 1
        for number, r in enumerate(part.roles, start=self.n_roles + 1):
            local = r.sentence_id - sentence_base
            sentence = part.sentences[local].text if 0 <= local < len(part.sentences) else ""
            rows["roles"].append({
                "article_id": aid, "role_id": number, "person": r.person, "title": r.title,
                "title_normalized": r.title_normalized, "qualifiers": _join(r.qualifiers),
                "organization": r.organization, "organization_normalized": r.organization_normalized,
                "sentence_id": r.sentence_id, "person_start": r.person_start, "person_end": r.person_end,
                "title_start": r.title_start, "title_end": r.title_end,
                "org_start": r.org_start, "org_end": r.org_end, "evidence": sentence,
                "method": r.method, "confidence": round(r.confidence, 3),
            })
            label = role_label(r.title, r.organization)
            held = self.person_roles.setdefault(r.person, [])
            if label not in held:
                held.append(label)
            self.distinct_roles[(r.person, r.title, r.organization, r.organization_normalized)] = None
        if with_tokens:
            rows["tokens"] = self._token_rows(part)
        self.n_sentences += len(part.sentences)
        self.n_mentions += len(part.mentions)
        self.n_roles += len(part.roles)
        return rows

    def _token_rows(self, part: Document) -> list[dict[str, Any]]:
        sentence_of = {}
        for index, sentence in enumerate(part.sentences, start=self.n_sentences):
            sentence_of[sentence.start] = index
        sentence_id = -1
        rows = []
        for token in part.tokens:
            sentence_id = sentence_of.get(token.start, sentence_id)
            rows.append({
                "article_id": self.doc.article_id, "sentence_id": sentence_id, "start": token.start,
                "end": token.end, "text": token.text, "pos": token.label,
            })
        return rows

    def finish(self) -> dict[str, list[dict[str, Any]]]:
        """Return the ``articles``, ``persons`` and ``organizations`` rows of the
        parts added so far."""
        doc = self.doc
        aid = doc.article_id
        rows: dict[str, list[dict[str, Any]]] = {"articles": [{
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
            **_encoding_confidence(doc.meta.get("encoding_confidence", "")),
            "n_chars": len(doc.text),
            "n_sentences": self.n_sentences,
            "n_persons": len(self.persons),
            "n_roles": self.n_roles,
            "sha1": doc.sha1,
        }], "persons": [], "organizations": []}
        for name, (count, first) in self.persons.items():
            rows["persons"].append({
                "article_id": aid, "person": name, "n_mentions": count,
                "first_start": first, "titles": _join(_without_bare_repeats(self.person_roles.get(name, ()))),
            })
        for normalized, forms in self.organizations.items():
            longest = max(forms, key=lambda form: (len(form), forms[form]))
            rows["organizations"].append({
                "article_id": aid, "organization": longest, "normalized": normalized,
                "aliases": _join(f for f in forms if f != longest), "n_mentions": sum(forms.values()),
            })
        return rows

    def people_rows(self) -> dict[str, list[dict[str, Any]]]:
        """Return what :meth:`PeopleIndex.add` needs of this article, small: its
        ``articles`` and ``persons`` rows and one ``roles`` row per distinct role."""
        finished = self.finish()
        roles = [
            {"person": person, "title": title, "organization": organization, "organization_normalized": normalized}
            for person, title, organization, normalized in self.distinct_roles
        ]
        return {"articles": finished["articles"], "persons": finished["persons"], "roles": roles}


def document_rows(doc: Document, with_tokens: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Return ``{table: rows}`` for one processed document.

    Takes a document that went through the pipeline; rows follow ``COLUMNS``.
    ``tokens`` rows are produced only when ``with_tokens`` is true.
    """
    article = ArticleRows(doc)
    parts = article.add(doc, with_tokens)
    finished = article.finish()
    return {name: finished.get(name) or parts.get(name) or [] for name in PER_ARTICLE_TABLES}


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
                "roles": _join(_without_bare_repeats(entry["roles"])),
                "organizations": _join(entry["organizations"]),
                "articles": _join(entry["articles"]),
                "published": _join(sorted({d for d in entry["articles"].values() if d})),
            })
        return result


def load_tables(outdir, names=None) -> dict[str, Any]:
    """Load an output folder's tables as pandas DataFrames, keyed by table name.

    Takes the output folder and optionally the table names (default: every table
    of the run). When the folder has a ``manifest.json``, reads only the files it
    lists (``NAME.parquet`` when listed, a file or a folder of part files, else
    ``NAME.jsonl``, else ``NAME.csv``), after checking each file's SHA-256 against it, so files an older run left
    behind are never mixed in; a publish that was interrupted is finished or
    undone first. A folder written before manifests existed is read as found.
    Columns follow ``COLUMNS``; from Parquet they have the types of
    ``COLUMN_TYPES`` (an empty number cell is NaN). A CSV table's cells that were
    neutralised for spreadsheets keep their leading apostrophe, so Parquet and
    JSONL are the faithful sources.

    Raises FileNotFoundError for a requested table that is missing, ValueError
    when a file does not match the manifest (changed after the run), and
    OutputBusyError when a run keeps publishing into the folder for seconds.
    """
    from .publish import read_manifest, settle

    for attempt in range(3):
        settle(outdir)
        manifest = read_manifest(outdir)
        if manifest is None:
            return _load_files(outdir, names)
        try:
            return _load_manifest_tables(outdir, manifest, names)
        except (ValueError, FileNotFoundError):
            # A run that published meanwhile replaced the files: read its set instead.
            newer = read_manifest(outdir)
            if attempt == 2 or (newer is not None and newer.get("run_id") == manifest.get("run_id")):
                raise
    raise AssertionError("unreachable")


def _load_manifest_tables(outdir, manifest: dict[str, Any], names) -> dict[str, Any]:
    """The tables ``manifest`` lists (Parquet where listed, else JSONL, else CSV), each file checked."""
    preference = {"parquet": 0, "jsonl": 1, "csv": 2}
    listed: dict[str, dict[str, Any]] = {}
    for entry in manifest["files"]:
        if entry.get("table") and entry.get("format") in preference:
            chosen = listed.get(entry["table"])
            if chosen is None or preference[entry["format"]] < preference[chosen["format"]]:
                listed[entry["table"]] = entry
    wanted = list(names) if names is not None else [n for n in COLUMNS if n in listed] + sorted(set(listed) - set(COLUMNS))
    missing = [n for n in wanted if n not in listed]
    if missing:
        raise FileNotFoundError(f"{outdir}: no {', '.join(missing)} table in this run (manifest.json lists {', '.join(listed) or 'none'})")
    return {name: _load_listed(outdir, listed[name], manifest.get("run_id", "")) for name in wanted}


def _load_listed(outdir, entry: dict[str, Any], run_id: str):
    """Read one table file the manifest lists, checking its SHA-256."""
    from .publish import file_sha256

    path = Path(outdir) / entry["file"]
    # A large Parquet table is a folder of part files, each listed and checked.
    listed = [(path / part["file"], part.get("sha256")) for part in entry["parts"]] if "parts" in entry else [(path, entry.get("sha256"))]
    for file, sha256 in listed:
        if not file.is_file():
            raise FileNotFoundError(f"{file}: listed in manifest.json (run {run_id}) but missing")
        if file_sha256(file) != sha256:
            raise ValueError(f"{file}: does not match manifest.json (run {run_id}); the file was changed after the run")
    if "parts" in entry and sorted(p.name for p in path.iterdir()) != sorted(part["file"] for part in entry["parts"]):
        raise ValueError(f"{path}: its part files do not match manifest.json (run {run_id}); the folder was changed after the run")
    return _load_files(outdir, [entry["table"]], fmt=entry["format"])[entry["table"]]


def _load_files(outdir, names=None, fmt: str | None = None) -> dict[str, Any]:
    import pandas

    from .evaluate import read_table

    wanted = list(names) if names is not None else list(COLUMNS)
    tables = {}
    for name in wanted:
        if fmt == "parquet":
            from .export import read_parquet

            tables[name] = read_parquet(Path(outdir) / f"{name}.parquet").to_pandas()
            continue
        rows = read_table(outdir, name, required=names is not None, fmt=fmt)
        if rows is not None:
            tables[name] = pandas.DataFrame(rows, columns=list(COLUMNS.get(name, rows[0].keys() if rows else ())))
    return tables
