"""The review report: a static HTML site that shows every article with its mentions.

:func:`write_report` reads a run's tables (:func:`pipeline.tables.load_tables`) and
writes ``OUTDIR/report/``:

* ``index.html``: the articles (title, published, counts), the people (each
  person's roles across articles, with links to the articles) and the
  organisations, with one search box filtering all three. The lists live in
  ``data/index.js`` and are rendered in pages of 50 rows by ``assets/index.js``,
  so the page stays quick for tens of thousands of articles.
* ``articles/NAME.html``, one page per article: the text with PERSON, TITLE and ORG
  mentions highlighted in three colours (a tooltip gives label, normalised form
  and method), page boilerplate greyed out, the metadata, and the roles table;
  clicking a role marks its person, title and organisation and scrolls to its
  sentence (``assets/article.js``).

The tables hold offsets, not the text, so each article's text is read back from
its input file (the ``path`` column) and checked against the run's ``sha1``; the
boilerplate spans are found again as the ``normalise`` stage finds them. An article
whose file is gone or changed still gets a page (metadata, roles, a notice) and a
problem line; nothing stops the report.

Everything taken from an article is HTML-escaped, scripts only read ``data-*``
attributes and write text with ``textContent``, and each page carries a
Content-Security-Policy that allows no inline script. File names come from
:func:`article_file_name`: letters, digits, ``_`` and ``-`` only, so no article id
can lead a file out of the report folder. The site is written to a staging folder
and moved into place when complete.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import html
import json
import math
import os
import shutil
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import regex

from .document import Document, Excluded, PipelineError
from .stages.normalise import read_page
from .stages.read import InputFile, read_file
from .tables import load_tables, role_label

__all__ = [
    "REPORT_DIR",
    "ReportSummary",
    "ArticleText",
    "write_report",
    "article_file_name",
    "render_article",
    "read_article_text",
]

#: The report's folder inside the output folder.
REPORT_DIR = "report"
STAGE = "report"
_ASSETS = ("report.css", "article.js", "index.js")
_STAGING_PREFIX = ".zhextract-report-"
_LABELS = ("PERSON", "TITLE", "ORG")
_LEGEND = {"PERSON": "person 人物", "TITLE": "title 職銜", "ORG": "organisation 機構"}
# Inline scripts, inline handlers and remote loads are refused even if escaping
# ever failed; 'self' lets the pages load the report's own files under file://.
_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"
_UNSAFE_NAME_CHARS = regex.compile(r"[^\p{L}\p{N}_-]+")
_NAME_SLUG_CHARS = 48
_SAFE_URL = regex.compile(r"^https?://", regex.IGNORECASE)
_TABLES = ("articles", "mentions", "roles", "persons", "organizations")


@dataclass(frozen=True)
class ReportSummary:
    """What :func:`write_report` wrote: the folder, page count, size and problems.

    ``problems`` are one-line messages (file, stage ``report``, reason) for the
    articles whose text could not be shown.
    """

    folder: str
    n_articles: int
    n_bytes: int
    seconds: float
    problems: tuple[str, ...] = field(default=())

    def line(self) -> str:
        """Return the one-line summary printed by the CLI."""
        without = f", {len(self.problems)} without their text" if self.problems else ""
        return (
            f"report: {self.n_articles} article pages{without}, {self.n_bytes / 1e6:.1f} MB in "
            f"{self.seconds:.1f} s; open {Path(self.folder) / 'index.html'}"
        )


@dataclass(frozen=True)
class ArticleText:
    """An article's text as the run saw it and its boilerplate spans."""

    text: str
    excluded: tuple[Excluded, ...] = ()


# --------------------------------------------------------------------------- names


def article_file_name(article_id: str) -> str:
    """Return the page file name for ``article_id``: ``SLUG-HASH.html``.

    The slug keeps the id's letters and digits (any script), ``_`` and ``-``, with
    every other run of characters (``/``, spaces, ``#``, dots …) made one ``_``,
    cut to 48 characters; the hash (SHA-1 of the id, 10 hex digits) keeps ids
    apart that share a slug or differ only in case. The name never holds a path
    separator or starts with a dot.
    """
    slug = _UNSAFE_NAME_CHARS.sub("_", article_id).strip("_")[:_NAME_SLUG_CHARS] or "article"
    digest = hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{slug}-{digest[:10]}.html"


def _page_names(article_ids: Sequence[str]) -> list[str]:
    names, taken = [], set()
    for article_id in article_ids:
        name = article_file_name(article_id)
        if name.lower() in taken:  # a 40-bit hash collision: use the whole hash
            digest = hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).hexdigest()
            name = f"{name[:-16]}-{digest}.html"
        taken.add(name.lower())
        names.append(name)
    return names


# ---------------------------------------------------------------------- source text


class _SourceReader:
    """Reads articles back from their input files; keeps the last file's documents,
    so the records of one JSONL file are read once."""

    def __init__(self, base: Path | None) -> None:
        self.base = base
        self._path: str | None = None
        self._documents: dict[str, Document] = {}
        self._error: PipelineError | None = None

    def _file(self, path: str) -> Path:
        file = self.base / path if self.base is not None else Path(path)
        head, _, record = path.rpartition("#")
        if head and record.isdigit() and not file.exists():  # a JSON/JSONL record: FILE#N
            file = self.base / head if self.base is not None else Path(head)
        return file

    def read(self, path: str, sha1: str) -> ArticleText:
        if path != self._path:
            self._path, self._documents, self._error = path, {}, None
            file = self._file(path)
            try:
                result = read_file(InputFile(file, file.parent, file.stem))
            except PipelineError as error:
                self._error = error
            else:
                self._documents = {doc.sha1: doc for doc in result.documents}
        if self._error is not None:
            raise PipelineError(path, STAGE, "source_unreadable", self._error.reason)
        doc = self._documents.get(sha1)
        if doc is None:
            raise PipelineError(path, STAGE, "source_changed", "the file no longer holds this article's text (changed since the run)")
        return ArticleText(doc.text, read_page(doc.text)[1])


def read_article_text(path: str, sha1: str, base: str | Path | None = None) -> ArticleText:
    """Read one article's text back from its input file, as the run saw it.

    Takes the ``articles`` row's ``path`` (``FILE#N`` for a JSON record) and
    ``sha1``, and the folder relative paths are resolved against (default: the
    current folder). Returns an :class:`ArticleText` with the boilerplate spans the
    ``normalise`` stage finds. Raises :class:`PipelineError` (stage ``report``) with
    code ``source_unreadable`` or ``source_changed``.
    """
    return _SourceReader(Path(base) if base is not None else None).read(path, sha1)


# -------------------------------------------------------------------- HTML helpers


def _escape(value: Any) -> str:
    return html.escape(_text(value), quote=True)


def _text(value: Any) -> str:
    if type(value) is str:
        return value
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _int(value: Any, default: int = -1) -> int:
    if type(value) is int:
        return value
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return default


def _number(value: Any) -> str:
    try:
        return f"{float(value):.2f}"
    except (TypeError, ValueError):
        return ""


def _head(title: str, prefix: str, script: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_CSP}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        f"<title>{_escape(title)}</title>\n"
        f"<link rel=\"stylesheet\" href=\"{prefix}assets/report.css\">\n"
        f"{script}</head>\n"
    )


# ------------------------------------------------------------------ article pages


@dataclass(frozen=True)
class _Layer:
    """A stretch of the text to wrap in one element; ``order`` breaks ties."""

    start: int
    end: int
    order: int
    open_tag: str
    close_tag: str
    mid: str = ""


def _mention_layer(mention: dict[str, Any], order: int) -> _Layer:
    label = _text(mention.get("label"))
    kind = label.lower() if label in _LABELS else "other"
    tip = f"{label} · normalised: {_text(mention.get('normalized')) or _text(mention.get('text'))} · method: {_text(mention.get('method'))}"
    for key in ("qualifiers", "parent"):
        if _text(mention.get(key)):
            tip += f" · {key}: {_text(mention[key])}"
    score = _number(mention.get("score"))
    if score:
        tip += f" · score: {score}"
    mid = f"m{_int(mention.get('mention_id'), order)}"
    open_tag = f"<mark class=\"m {kind}\" data-mid=\"{mid}\" data-label=\"{_escape(label)}\" title=\"{_escape(tip)}\">"
    return _Layer(_int(mention.get("start")), _int(mention.get("end")), order, open_tag, "</mark>", mid)


def _sentence_bounds(text: str, evidence: str, start: int, end: int) -> tuple[int, int]:
    """Return where the evidence sentence holding ``[start, end)`` lies in ``text``
    (the parts' own bounds when the sentence cannot be found there)."""
    if evidence:
        position = text.find(evidence, max(0, end - len(evidence)))
        while 0 <= position <= start:
            if position + len(evidence) >= end:
                return position, position + len(evidence)
            position = text.find(evidence, position + 1)
    return start, end


def _role_parts(role: dict[str, Any]) -> list[tuple[str, int, int]]:
    parts = []
    for part, prefix in (("p", "person"), ("t", "title"), ("o", "org")):
        start, end = _int(role.get(f"{prefix}_start")), _int(role.get(f"{prefix}_end"))
        if 0 <= start < end:
            parts.append((part, start, end))
    return parts


def _text_layers(
    text: str, excluded: Iterable[Excluded], mentions: list[dict[str, Any]], roles: list[dict[str, Any]],
) -> tuple[list[_Layer], list[tuple[list[str], str]]]:
    """Return the layers to wrap in the text and, for each role, the ids of the
    elements its row marks and the id of its sentence."""
    layers: list[_Layer] = []
    order = 0
    for span in excluded:
        order += 1
        tip = _escape(f"boilerplate: {span.label}")
        layers.append(_Layer(span.start, span.end, order, f"<span class=\"boilerplate\" title=\"{tip}\">", "</span>"))
    by_offsets: dict[tuple[int, int], str] = {}
    for mention in mentions:
        order += 1
        layer = _mention_layer(mention, order)
        if 0 <= layer.start < layer.end <= len(text):
            layers.append(layer)
            by_offsets.setdefault((layer.start, layer.end), layer.mid)
    sentences: dict[tuple[int, int], str] = {}
    targets = []
    for number, role in enumerate(roles, start=1):
        ids = []
        parts = [p for p in _role_parts(role) if p[2] <= len(text)]
        for part, start, end in parts:
            mid = by_offsets.get((start, end))
            if mid is None:  # a role part no mention covers exactly: mark it on its own
                order += 1
                mid = f"r{_int(role.get('role_id'), number)}{part}"
                layers.append(_Layer(start, end, order, f"<span class=\"rolepart\" data-mid=\"{mid}\">", "</span>"))
            ids.append(mid)
        sentence_id = ""
        if parts:
            bounds = _sentence_bounds(text, _text(role.get("evidence")), min(p[1] for p in parts), max(p[2] for p in parts))
            if bounds not in sentences:
                order += 1
                sentences[bounds] = f"s{len(sentences) + 1}"
                layers.append(_Layer(bounds[0], bounds[1], order, f"<span class=\"sentence\" id=\"{sentences[bounds]}\">", "</span>"))
            sentence_id = sentences[bounds]
        targets.append((ids, sentence_id))
    return layers, targets


def _render_text(text: str, layers: list[_Layer]) -> str:
    """Return ``text`` escaped, with every layer wrapped in its element.

    Nested layers become nested elements; a layer that crosses another is closed
    and reopened around it, its pieces keeping the same ``data-mid``.
    """
    starts: dict[int, list[_Layer]] = defaultdict(list)
    bounds = {0, len(text)}
    for layer in layers:
        starts[layer.start].append(layer)
        bounds.update((layer.start, layer.end))
    out: list[str] = []
    stack: list[_Layer] = []
    active: list[_Layer] = []
    points = sorted(bounds)
    for start, end in zip(points, points[1:]):
        active = [layer for layer in active if layer.end > start] + starts.get(start, [])
        wanted = sorted(active, key=lambda layer: (layer.start, -layer.end, layer.order))
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend(layer.close_tag for layer in reversed(stack[keep:]))
        out.extend(layer.open_tag for layer in wanted[keep:])
        stack = wanted
        out.append(html.escape(text[start:end], quote=False))
    out.extend(layer.close_tag for layer in reversed(stack))
    return "".join(out)


def _metadata(article: dict[str, Any]) -> str:
    rows = []
    for key, label in (("published", "published"), ("source", "source"), ("editor", "editor"),
                       ("dateline", "dateline"), ("url", "url"), ("article_id", "article id"), ("path", "file"),
                       ("script", "script"), ("encoding", "encoding")):
        value = _text(article.get(key))
        if not value:
            continue
        if key == "url" and _SAFE_URL.match(value):
            shown = f"<a href=\"{_escape(value)}\" rel=\"noopener noreferrer\">{_escape(value)}</a>"
        else:
            shown = _escape(value)
        rows.append(f"<dt>{label}</dt><dd data-field=\"{key}\">{shown}</dd>")
    return "<dl class=\"meta\">" + "".join(rows) + "</dl>"


def _legend(mentions: list[dict[str, Any]], n_excluded: int) -> str:
    counts = {label: 0 for label in _LABELS}
    for mention in mentions:
        if mention.get("label") in counts:
            counts[mention["label"]] += 1
    items = [
        f"<span><mark class=\"m {label.lower()}\">{label}</mark> {_LEGEND[label]} ({counts[label]})</span>"
        for label in _LABELS
    ]
    items.append(f"<span><span class=\"boilerplate\">boilerplate</span> excluded page furniture ({n_excluded})</span>")
    items.append("<span class=\"q\">hover a mark for its label, normalised form and method</span>")
    return "<div class=\"legend\">" + "".join(items) + "</div>"


def _roles_table(roles: list[dict[str, Any]], targets: list[tuple[list[str], str]]) -> str:
    if not roles:
        return "<h2>Roles</h2><p class=\"muted\">No roles found in this article.</p>"
    rows = []
    for role, (ids, sentence) in zip(roles, targets):
        qualifiers = _text(role.get("qualifiers"))
        organization = _text(role.get("organization"))
        normalized = _text(role.get("organization_normalized"))
        org_cell = _escape(organization)
        if normalized and normalized != organization:
            org_cell += f"<div class=\"q\">{_escape(normalized)}</div>"
        title_cell = _escape(role.get("title")) + (f" <span class=\"q\">({_escape(qualifiers)})</span>" if qualifiers else "")
        rows.append(
            f"<tr tabindex=\"0\" data-targets=\"{' '.join(ids)}\" data-sentence=\"{sentence}\">"
            f"<td>{_escape(role.get('person'))}</td><td>{title_cell}</td><td>{org_cell}</td>"
            f"<td class=\"num\">{_number(role.get('confidence'))}</td><td>{_escape(role.get('method'))}</td></tr>"
        )
    return (
        "<h2>Roles <span class=\"q\">(click a row to mark it in the text)</span></h2>"
        "<table id=\"roles\"><thead><tr><th>person</th><th>title</th><th>organisation</th>"
        "<th class=\"num\">confidence</th><th>method</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def render_article(
    article: dict[str, Any],
    mentions: list[dict[str, Any]],
    roles: list[dict[str, Any]],
    source: ArticleText | None,
    problem: str = "",
    neighbours: tuple[str | None, str | None] = (None, None),
) -> str:
    """Return the HTML page of one article.

    Takes the article's ``articles`` row, its ``mentions`` and ``roles`` rows (dicts
    keyed by the documented columns), its text (or ``None`` with ``problem`` saying
    why it is missing) and the file names of the previous and next article pages.
    Mentions whose offsets fall outside the text are left out of the text.
    """
    article_id = _text(article.get("article_id"))
    title = _text(article.get("title")) or article_id
    nav = ["<a href=\"../index.html\">← all articles</a>"]
    previous, following = neighbours
    if previous:
        nav.append(f"<a rel=\"prev\" href=\"{previous}\">previous</a>")
    if following:
        nav.append(f"<a rel=\"next\" href=\"{following}\">next</a>")
    if source is not None:
        layers, targets = _text_layers(source.text, source.excluded, mentions, roles)
        body = _legend(mentions, len(source.excluded)) + f"<div class=\"text\" id=\"text\">{_render_text(source.text, layers)}</div>"
    else:
        targets = [([], "") for _ in roles]
        body = f"<p class=\"notice\">The article's text cannot be shown: {_escape(problem)}</p>"
    return (
        _head(f"{title} · zhextract report", "../", "<script src=\"../assets/article.js\" defer></script>\n")
        + "<body class=\"article-page\">\n<nav>" + " ".join(nav) + "</nav>\n"
        + f"<header><h1>{_escape(title)}</h1>{_metadata(article)}</header>\n"
        + body + "\n" + _roles_table(roles, targets) + "\n</body>\n</html>\n"
    )


# ----------------------------------------------------------------------- the index


def _index_page(n_articles: int, n_people: int, n_organizations: int, n_errors: int) -> str:
    errors = f" · {n_errors} input(s) failed (see errors.csv)" if n_errors else ""
    sections = []
    for key, heading, columns in (
        ("articles", "Articles", ("title", "article id", "published", "source", "persons", "titles", "organisations", "roles")),
        ("people", "People", ("person", "roles (and where)", "articles", "mentioned in")),
        ("organizations", "Organisations", ("organisation", "people with roles there", "articles", "named in")),
    ):
        header = "".join(
            f"<th class=\"num\">{c}</th>" if c in ("persons", "titles", "organisations", "roles", "articles") else f"<th>{c}</th>"
            for c in columns
        )
        sections.append(
            f"<section id=\"{key}\"><h2>{heading} (<span class=\"count\"></span>)</h2>"
            "<div class=\"pager\"><button type=\"button\" class=\"previous\">‹ previous</button>"
            "<span class=\"range\"></span><button type=\"button\" class=\"next\">next ›</button></div>"
            f"<table><thead><tr>{header}</tr></thead><tbody></tbody></table></section>"
        )
    script = "<script src=\"data/index.js\" defer></script>\n<script src=\"assets/index.js\" defer></script>\n"
    return (
        _head("zhextract report", "", script)
        + "<body class=\"index-page\">\n<h1>zhextract report</h1>\n"
        + f"<p class=\"muted\">{n_articles} articles · {n_people} people · {n_organizations} organisations{errors}</p>\n"
        + "<div class=\"search\"><input id=\"search\" type=\"search\" autocomplete=\"off\" "
        + "placeholder=\"Search articles, people and organisations\" aria-label=\"search\"></div>\n"
        + "<noscript><p class=\"notice\">The lists need JavaScript; the article pages are in articles/.</p></noscript>\n"
        + "\n".join(sections) + "\n</body>\n</html>\n"
    )


def _script_json(value: Any) -> str:
    """JSON that is also safe inside an HTML script context."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _index_data(
    articles: list[dict[str, Any]], names: list[str], mentions: dict[str, list[dict[str, Any]]],
    roles: dict[str, list[dict[str, Any]]], persons: list[dict[str, Any]], organizations: list[dict[str, Any]],
    without_text: set[str],
) -> dict[str, list[Any]]:
    """The index lists: articles by input order; people and organisations by the
    number of articles they appear in, then name. Articles are referred to by
    their position in the articles list."""
    position = {}
    article_rows = []
    for index, (article, name) in enumerate(zip(articles, names)):
        article_id = _text(article.get("article_id"))
        position[article_id] = index
        counts = {label: 0 for label in _LABELS}
        for mention in mentions.get(article_id, ()):
            if mention.get("label") in counts:
                counts[mention["label"]] += 1
        article_rows.append([
            article_id, name, _text(article.get("title")), _text(article.get("published")), _text(article.get("source")),
            _int(article.get("n_persons"), 0), counts["TITLE"], counts["ORG"], len(roles.get(article_id, ())),
            0 if article_id in without_text else 1,
        ])
    people: dict[str, dict[str, Any]] = {}
    for row in persons:
        index = position.get(_text(row.get("article_id")))
        if index is not None:
            people.setdefault(_text(row.get("person")), {"roles": {}, "articles": {}})["articles"][index] = None
    held_at: dict[str, dict[str, None]] = defaultdict(dict)
    for article_id, article_roles in roles.items():
        index = position.get(article_id)
        if index is None:
            continue
        for role in article_roles:
            person = _text(role.get("person"))
            organization = _text(role.get("organization_normalized")) or _text(role.get("organization"))
            entry = people.setdefault(person, {"roles": {}, "articles": {}})
            entry["articles"][index] = None
            entry["roles"].setdefault(role_label(_text(role.get("title")), organization), {})[index] = None
            if organization:
                held_at[organization][f"{person}（{_text(role.get('title'))}）"] = None
    bodies: dict[str, dict[str, Any]] = {}
    for row in organizations:
        index = position.get(_text(row.get("article_id")))
        if index is None:
            continue
        name = _text(row.get("normalized")) or _text(row.get("organization"))
        entry = bodies.setdefault(name, {"forms": {}, "articles": {}})
        forms = [_text(row.get("organization"))] + [f for f in _text(row.get("aliases")).split("; ") if f]
        entry["forms"].update((form, None) for form in forms if form and form != name)
        entry["articles"][index] = None
    return {
        "articles": article_rows,
        "people": [
            [name, [[label, list(where)] for label, where in entry["roles"].items()], sorted(entry["articles"])]
            for name, entry in sorted(people.items(), key=lambda item: (-len(item[1]["articles"]), item[0]))
        ],
        "organizations": [
            [name, list(entry["forms"]), sorted(entry["articles"]), list(held_at.get(name, ()))]
            for name, entry in sorted(bodies.items(), key=lambda item: (-len(item[1]["articles"]), item[0]))
        ],
    }


# ------------------------------------------------------------------------- writing


def _rows(table: Any) -> list[dict[str, Any]]:
    """A DataFrame's rows as dicts of plain Python values, missing cells as ``""``
    (much quicker than ``to_dict("records")`` for hundreds of thousands of rows)."""
    columns = list(table.columns)
    table = table.fillna("")
    return [dict(zip(columns, values)) for values in zip(*(table[c].tolist() for c in columns))]


def _by_article(rows: list[dict[str, Any]], order_by: str) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[_text(row.get("article_id"))].append(row)
    for group in grouped.values():
        group.sort(key=lambda row: _int(row.get(order_by), 0))
    return grouped


class _Writer:
    """Writes files into the staging folder and counts their bytes."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.n_bytes = 0

    def write(self, relative: str, content: str) -> None:
        data = content.encode("utf-8", "replace")  # a lone surrogate from a JSON record becomes "?"
        with open(os.path.join(self.folder, relative), "wb") as handle:
            handle.write(data)
        self.n_bytes += len(data)


def _publish(staging: Path, target: Path) -> None:
    """Move the finished site into place, replacing an earlier report."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX + "old-", dir=target.parent))
        os.replace(target, old / REPORT_DIR)
    os.replace(staging, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def _without_gc() -> Iterator[None]:
    """Pause the cycle collector: the report holds hundreds of thousands of rows, and
    the full collections their creation triggers would scan them all, find nothing
    to free (rows hold no cycles), and take a third of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def write_report(outdir: str | Path, base: str | Path | None = None) -> ReportSummary:
    """Write the review site of the run in ``outdir`` to ``outdir/report/``.

    Takes the output folder of a run (its tables are read with
    :func:`~pipeline.tables.load_tables`) and the folder that the relative input
    paths of the ``articles`` table are resolved against (default: the current
    folder, as for the run). Returns a :class:`ReportSummary`; articles whose
    input file is missing or changed get a page without their text and a line in
    ``problems``. Raises FileNotFoundError when a table is missing, OSError when
    the folder cannot be written; an earlier report stays as it was on any error.
    """
    started = time.perf_counter()
    outdir = Path(outdir)
    for name in _TABLES:
        if not any((outdir / f"{name}.{fmt}").exists() for fmt in ("jsonl", "csv", "parquet")):
            raise FileNotFoundError(f"{outdir}: report: no {name}.jsonl or {name}.csv (or {name}.parquet); run `zhextract extract` into this folder first")
    with _without_gc():
        summary = _write_site(outdir, _SourceReader(Path(base) if base is not None else None))
    return dataclasses.replace(summary, seconds=time.perf_counter() - started)


def _write_site(outdir: Path, reader: _SourceReader) -> ReportSummary:
    # Each table is turned into rows and its DataFrame dropped at once, to keep one copy in memory.
    rows = {name: _rows(load_tables(outdir, [name])[name]) for name in _TABLES}
    try:
        n_errors = len(load_tables(outdir, ["errors"])["errors"])
    except FileNotFoundError:
        n_errors = 0
    articles = rows["articles"]
    mentions = _by_article(rows["mentions"], "mention_id")
    roles = _by_article(rows["roles"], "role_id")
    names = _page_names([_text(a.get("article_id")) for a in articles])
    staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=outdir))
    try:
        staging.chmod(0o755)  # mkdtemp makes it private; the published site is not
        writer = _Writer(staging)
        for folder in ("assets", "articles", "data"):
            (staging / folder).mkdir()
        for asset in _ASSETS:
            writer.write(f"assets/{asset}", resources.files("pipeline").joinpath("report_assets", asset).read_text(encoding="utf-8"))
        problems: list[str] = []
        without_text: set[str] = set()
        for index, article in enumerate(articles):
            article_id = _text(article.get("article_id"))
            source, problem = None, ""
            try:
                source = reader.read(_text(article.get("path")), _text(article.get("sha1")))
            except PipelineError as error:
                problem = error.reason
                problems.append(str(error))
                without_text.add(article_id)
            neighbours = (names[index - 1] if index else None, names[index + 1] if index + 1 < len(names) else None)
            page = render_article(article, mentions.get(article_id, []), roles.get(article_id, []), source, problem, neighbours)
            writer.write(f"articles/{names[index]}", page)
        data = _index_data(articles, names, mentions, roles, rows["persons"], rows["organizations"], without_text)
        writer.write("data/index.js", f"window.ZX_REPORT = {_script_json(data)};\n")
        writer.write("index.html", _index_page(len(articles), len(data["people"]), len(data["organizations"]), n_errors))
        _publish(staging, outdir / REPORT_DIR)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return ReportSummary(
        folder=str(outdir / REPORT_DIR), n_articles=len(articles), n_bytes=writer.n_bytes, seconds=0.0,
        problems=tuple(problems),
    )
