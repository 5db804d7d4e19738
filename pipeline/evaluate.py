"""Score an output folder against gold annotations.

Two kinds of gold are supported:

* article gold (``shared/gold/README.md``): persons, organisations and roles per
  article, scored by :func:`score_output` with the README's matching rules;
* span gold (one JSON object a line with ``id``, ``text`` and ``entities``, as
  written by ``benchmarks/uner_to_spans.py``), scored by :func:`score_spans` on
  exact ``(start, end, label)`` matches of the ``mentions`` table.

Counting convention (the README's, made explicit): recall counts gold items
matched, with each prediction credited to at most one gold item (a maximum
one-to-one matching); precision counts predictions that match any gold item.
``MetricScore.tp`` is the gold-side count and ``MetricScore.tp_pred`` the
prediction-side count; they differ only when lenient matching lets several
predictions hit one gold item or one prediction hit several.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

__all__ = [
    "GoldRole",
    "GoldArticle",
    "MetricScore",
    "ArticleErrors",
    "ArticleResult",
    "EvalReport",
    "LabelScore",
    "SpanRecordErrors",
    "SpanReport",
    "METRICS",
    "load_gold",
    "role_outcomes",
    "read_table",
    "normalize_title",
    "org_matches",
    "score_output",
    "score_spans",
    "format_report",
]

METRICS: tuple[str, ...] = ("persons", "organizations", "person_title", "roles")

# Longest first so that 前任 is dropped whole rather than leaving 任.
STATUS_WORDS: tuple[str, ...] = ("前任", "現任", "新任", "時任", "已故", "前", "原")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")

P = TypeVar("P")
G = TypeVar("G")


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldRole:
    """One (person, title, organisation) assertion of the gold."""

    person: str
    title: str
    title_alts: tuple[str, ...] = ()
    org: str = ""
    org_alts: tuple[str, ...] = ()
    shape: str = ""  # optional tag: list, compound_title, clause_org, missed_org, name, acting, honour …


@dataclass(frozen=True)
class GoldArticle:
    """The gold annotation of one article (unknown fields of the file are dropped)."""

    id: str
    persons: tuple[str, ...] = ()
    persons_optional: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    organizations_optional: tuple[str, ...] = ()
    roles: tuple[GoldRole, ...] = ()
    source: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "") -> GoldArticle:
        """Build a gold article from its JSON object.

        Raises ``ValueError`` when ``id`` is missing or a role lacks ``person``
        or ``title``.
        """
        if not isinstance(data, Mapping) or data.get("id") in (None, ""):
            raise ValueError(f"{source}: gold record without an 'id'")
        roles = []
        for i, role in enumerate(data.get("roles") or ()):
            if not role.get("person") or not role.get("title"):
                raise ValueError(f"{source}: gold {data['id']} role {i} lacks person or title")
            roles.append(
                GoldRole(
                    person=_clean(role["person"]),
                    title=_clean(role["title"]),
                    title_alts=_strings(role.get("title_alts")),
                    org=_clean(role.get("org")),
                    org_alts=_strings(role.get("org_alts")),
                    shape=_clean(role.get("shape")),
                )
            )
        return cls(
            id=str(data["id"]),
            persons=_strings(data.get("persons")),
            persons_optional=_strings(data.get("persons_optional")),
            organizations=_strings(data.get("organizations")),
            organizations_optional=_strings(data.get("organizations_optional")),
            roles=tuple(roles),
            source=source,
        )


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Load article gold from a folder or a single file.

    ``path`` is a ``.json`` file (one object), a ``.jsonl`` file (one object a
    line, blank lines skipped) or a folder whose ``*.json`` / ``*.jsonl`` files
    (not recursive; README files skipped) are read in name order.
    Returns the gold articles in file order.
    Raises ``FileNotFoundError`` when the path does not exist, ``ValueError``
    on malformed JSON, a record without ``id`` or two records with one ``id``.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(
            p
            for p in path.iterdir()
            if p.is_file()
            and p.suffix.lower() in (".json", ".jsonl")
            and not p.stem.upper().startswith("README")
        )
    elif path.is_file():
        files = [path]
    else:
        raise FileNotFoundError(f"gold: no such file or folder: {path}")

    articles: list[GoldArticle] = []
    seen: dict[str, str] = {}
    for file in files:
        for where, obj in _read_json_objects(file):
            article = GoldArticle.from_dict(obj, source=where)
            if article.id in seen:
                raise ValueError(f"{where}: gold id {article.id!r} already given in {seen[article.id]}")
            seen[article.id] = where
            articles.append(article)
    return articles


def _read_json_objects(file: Path) -> Iterator[tuple[str, Any]]:
    text = file.read_text(encoding="utf-8-sig")
    if file.suffix.lower() == ".jsonl":
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                yield f"{file}:{n}", _loads(line, f"{file}:{n}")
    else:
        yield str(file), _loads(text, str(file))


def _loads(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{where}: invalid JSON: {exc}") from exc


def _clean(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _strings(values: Any) -> tuple[str, ...]:
    if not values:
        return ()
    if isinstance(values, str):
        values = [values]
    return tuple(dict.fromkeys(s for s in (_clean(v) for v in values) if s))


# ------------------------------------------------------------------------ tables


def read_table(outdir: str | Path, name: str, required: bool = True, fmt: str | None = None) -> list[dict[str, Any]] | None:
    """Read one output table: ``NAME.jsonl`` when present, else ``NAME.csv``, else
    ``NAME.parquet``.

    ``fmt`` (``jsonl``, ``csv`` or ``parquet``) reads only that file. Returns the
    rows as dicts (CSV values stay strings; the BOM is removed; a Parquet null is
    ``""``, as in JSONL), or ``None`` when no such file exists and ``required`` is
    false.
    Raises ``FileNotFoundError`` when none exists and ``required`` is true,
    ``ValueError`` on a malformed JSONL line.
    """
    outdir = Path(outdir)
    jsonl, csv_path = outdir / f"{name}.jsonl", outdir / f"{name}.csv"
    if jsonl.is_file() and fmt in (None, "jsonl"):
        rows = []
        with jsonl.open(encoding="utf-8-sig") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    rows.append(_loads(line, f"{jsonl}:{n}"))
        return rows
    if csv_path.is_file() and fmt in (None, "csv"):
        with csv_path.open(encoding="utf-8-sig", newline="") as fh:
            return list(csv.DictReader(fh))
    parquet = outdir / f"{name}.parquet"  # a file, or a folder of part files
    if parquet.exists() and fmt in (None, "parquet"):
        from .export import read_parquet

        rows = read_parquet(parquet).to_pylist()
        return [{k: "" if v is None else v for k, v in row.items()} for row in rows]
    if required:
        raise FileNotFoundError(f"eval: no {name}.jsonl or {name}.csv (or {name}.parquet) in {outdir}")
    return None


def _output_ids(outdir: Path, mentions: list[dict], roles: list[dict]) -> list[str]:
    articles = read_table(outdir, "articles", required=False) or []
    ids = {_clean(r.get("article_id")) for r in [*articles, *mentions, *roles]}
    ids.discard("")
    return sorted(ids)


def _group(rows: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        grouped.setdefault(_clean(row.get("article_id")), []).append(row)
    return grouped


def _match_article_ids(
    gold_ids: Sequence[str], output_ids: Sequence[str], key: Callable[[str], str]
) -> dict[str, str | None]:
    """Map each gold id to its output article id (``None`` when there is none).

    An exact id match wins; otherwise ``key(output_id)`` must equal the gold id
    for exactly one output article.
    Raises ``ValueError`` when several output articles fit one gold id.
    """
    exact = set(output_ids)
    by_key: dict[str, list[str]] = {}
    for oid in output_ids:
        by_key.setdefault(key(oid), []).append(oid)
    result: dict[str, str | None] = {}
    for gid in gold_ids:
        if gid in exact:
            result[gid] = gid
            continue
        candidates = by_key.get(gid, [])
        if len(candidates) > 1:
            raise ValueError(f"eval: gold id {gid!r} fits several output articles: {', '.join(candidates)}")
        result[gid] = candidates[0] if candidates else None
    return result


# ----------------------------------------------------------------------- matching


def normalize_title(title: str) -> str:
    """Return ``title`` without bracketed qualifiers and one leading status word.

    ``副校長（研究）（暫任）`` → ``副校長``; ``前局長`` → ``局長``. A status word
    is kept when nothing would be left after it (``前`` stays ``前``).
    """
    text = title.strip()
    while True:
        stripped = _BRACKETED.sub("", text)
        if stripped == text:
            break
        text = stripped
    text = text.strip()
    for word in STATUS_WORDS:
        if text.startswith(word) and len(text) > len(word):
            return text[len(word):].strip()
    return text


def org_matches(predicted: str, gold: str) -> bool:
    """Organisation-metric match: equal, gold with a parent in front, or gold's tail of ≥3 chars."""
    if not predicted or not gold:
        return False
    if predicted == gold:
        return True
    if len(predicted) > len(gold) and predicted.endswith(gold):
        return True
    return len(predicted) >= 3 and gold.endswith(predicted)


def _role_org_matches(candidates: Iterable[str], gold: GoldRole) -> bool:
    """Roles-metric match: equal to org or an alt, or one a (non-empty) suffix of the other."""
    for cand in candidates:
        if cand == gold.org or cand in gold.org_alts:
            return True
        if cand and any(g and (cand.endswith(g) or g.endswith(cand)) for g in (gold.org, *gold.org_alts)):
            return True
    return False


def _max_matching(preds: Sequence[P], golds: Sequence[G], match: Callable[[P, G], bool]) -> dict[int, int]:
    """Maximum one-to-one matching (Kuhn's algorithm); returns gold index → prediction index."""
    edges = [[gi for gi, g in enumerate(golds) if match(p, g)] for p in preds]
    owner: dict[int, int] = {}

    def assign(pi: int, seen: set[int]) -> bool:
        for gi in edges[pi]:
            if gi in seen:
                continue
            seen.add(gi)
            if gi not in owner or assign(owner[gi], seen):
                owner[gi] = pi
                return True
        return False

    for pi in range(len(preds)):
        assign(pi, set())
    return owner


# ------------------------------------------------------------------------ results


@dataclass(frozen=True)
class MetricScore:
    """Counts and rates of one metric.

    ``tp`` gold items matched (one prediction per gold item), ``tp_pred``
    predictions matching some gold item, ``fp`` predictions matching none (ignored
    predictions are in neither), ``fn`` gold items not matched.
    """

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tp_pred: int = 0

    @property
    def precision(self) -> float:
        """``tp_pred / (tp_pred + fp)``; 0.0 when nothing was predicted."""
        denom = self.tp_pred + self.fp
        return self.tp_pred / denom if denom else 0.0

    @property
    def recall(self) -> float:
        """``tp / (tp + fn)``; 0.0 when the gold is empty."""
        denom = self.tp + self.fn
        return self.tp / denom if denom else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: MetricScore) -> MetricScore:
        return MetricScore(
            self.name,
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
            self.tp_pred + other.tp_pred,
        )

    def to_dict(self) -> dict[str, Any]:
        """Return counts and rounded rates as a JSON-ready dict."""
        return {
            "metric": self.name,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "tp_pred": self.tp_pred,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True)
class ArticleErrors:
    """One metric's misses (gold not found) and false alarms (wrong predictions) in one article."""

    metric: str
    score: MetricScore
    misses: tuple[str, ...] = ()
    false_alarms: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the errors and the article's counts as a JSON-ready dict."""
        return {**self.score.to_dict(), "misses": list(self.misses), "false_alarms": list(self.false_alarms)}


@dataclass(frozen=True)
class ArticleResult:
    """The scoring of one gold article; ``output_id`` is ``None`` when the output lacks it."""

    gold_id: str
    output_id: str | None
    metrics: tuple[ArticleErrors, ...]
    # One (tagged shape, inferred cause or "", missed) per distinct gold role.
    role_shapes: tuple[tuple[str, str, bool], ...] = ()

    def metric(self, name: str) -> ArticleErrors:
        """Return this article's result for metric ``name``; raises ``KeyError`` if unknown."""
        for m in self.metrics:
            if m.metric == name:
                return m
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """Return the article's results as a JSON-ready dict."""
        return {
            "gold_id": self.gold_id,
            "output_id": self.output_id,
            "metrics": {m.metric: m.to_dict() for m in self.metrics},
        }


@dataclass(frozen=True)
class EvalReport:
    """Micro-averaged scores of the four metrics plus per-article errors.

    ``ignored_outputs`` are output articles with no gold record; they are not scored.
    """

    scores: tuple[MetricScore, ...]
    articles: tuple[ArticleResult, ...]
    ignored_outputs: tuple[str, ...] = ()
    outdir: str = ""
    gold: str = ""

    def metric(self, name: str) -> MetricScore:
        """Return the micro-averaged score of metric ``name``; raises ``KeyError`` if unknown."""
        for s in self.scores:
            if s.name == name:
                return s
        raise KeyError(name)

    @property
    def missing_outputs(self) -> tuple[str, ...]:
        """Gold ids with no output article (every gold item of theirs is a miss)."""
        return tuple(a.gold_id for a in self.articles if a.output_id is None)

    def to_dict(self) -> dict[str, Any]:
        """Return the whole report as a JSON-ready dict."""
        return {
            "outdir": self.outdir,
            "gold": self.gold,
            "metrics": {s.name: s.to_dict() for s in self.scores},
            "n_gold_articles": len(self.articles),
            "missing_outputs": list(self.missing_outputs),
            "ignored_outputs": list(self.ignored_outputs),
            "articles": [a.to_dict() for a in self.articles],
        }


# ------------------------------------------------------------------ article scoring


@dataclass(frozen=True)
class _PredRole:
    person: str
    title: str  # normalised
    organization: str
    org_candidates: tuple[str, ...]
    shown: str


@dataclass(frozen=True)
class _GoldPair:
    person: str
    titles: frozenset[str]  # normalised title and alts
    shown: str


@dataclass(frozen=True)
class _GoldTriple:
    person: str
    titles: frozenset[str]
    role: GoldRole
    shown: str


def _score_items(
    name: str,
    preds: Sequence[P],
    golds: Sequence[G],
    match: Callable[[P, G], bool],
    shown_pred: Callable[[P], str],
    shown_gold: Callable[[G], str],
    ignore: Callable[[P], bool] = lambda p: False,
) -> ArticleErrors:
    """Score one metric of one article; ``ignore(pred)`` drops a prediction that matches no gold item."""
    owner = _max_matching(preds, golds, match)
    matching_preds = [p for p in preds if any(match(p, g) for g in golds)]
    false_alarms = [p for p in preds if not any(match(p, g) for g in golds) and not ignore(p)]
    misses = [g for gi, g in enumerate(golds) if gi not in owner]
    score = MetricScore(name, tp=len(owner), fp=len(false_alarms), fn=len(misses), tp_pred=len(matching_preds))
    return ArticleErrors(
        name,
        score,
        misses=tuple(sorted(shown_gold(g) for g in misses)),
        false_alarms=tuple(sorted(shown_pred(p) for p in false_alarms)),
    )


def _distinct_texts(rows: Iterable[dict[str, Any]], label: str) -> list[str]:
    texts = {_clean(r.get("text")) for r in rows if _clean(r.get("label")).upper() == label}
    texts.discard("")
    return sorted(texts)


def _pred_roles(rows: Iterable[dict[str, Any]]) -> list[_PredRole]:
    """Distinct predicted triples keyed by (person, normalised title, organisation as written)."""
    merged: dict[tuple[str, str, str], set[str]] = {}
    shown: dict[tuple[str, str, str], str] = {}
    for row in rows:
        person, title = _clean(row.get("person")), _clean(row.get("title"))
        if not person or not title:
            continue
        org = _clean(row.get("organization"))
        key = (person, normalize_title(title), org)
        cands = merged.setdefault(key, set())
        cands.add(org)
        normalized = _clean(row.get("organization_normalized"))
        if normalized:
            cands.add(normalized)
        shown.setdefault(key, f"{person} / {title} / {org}")
    return [
        _PredRole(key[0], key[1], key[2], tuple(sorted(cands, key=lambda c: (c != key[2], c))), shown[key])
        for key, cands in sorted(merged.items())
    ]


def _gold_titles(role: GoldRole) -> frozenset[str]:
    return frozenset(normalize_title(t) for t in (role.title, *role.title_alts))


def _gold_pairs(gold: GoldArticle) -> list[_GoldPair]:
    merged: dict[tuple[str, str], set[str]] = {}
    for role in gold.roles:
        merged.setdefault((role.person, normalize_title(role.title)), set()).update(_gold_titles(role))
    return [_GoldPair(p, frozenset(t), f"{p} / {title}") for (p, title), t in sorted(merged.items())]


def _gold_triples(gold: GoldArticle) -> list[_GoldTriple]:
    seen: dict[tuple[str, str, str], GoldRole] = {}
    for role in gold.roles:
        seen.setdefault((role.person, normalize_title(role.title), role.org), role)
    return [
        _GoldTriple(role.person, _gold_titles(role), role, f"{role.person} / {role.title} / {role.org}")
        for _, role in sorted(seen.items())
    ]


def _score_article(gold: GoldArticle, mentions: list[dict[str, Any]], roles: list[dict[str, Any]]) -> tuple[ArticleErrors, ...]:
    persons_gold = set(gold.persons)
    persons_opt = set(gold.persons_optional) - persons_gold
    pred_persons = [p for p in _distinct_texts(mentions, "PERSON") if p not in persons_opt]
    persons = _score_items(
        "persons", pred_persons, sorted(persons_gold), lambda p, g: p == g, str, str
    )

    pred_orgs = _distinct_texts(mentions, "ORG")
    optional = [o for o in gold.organizations_optional if o not in gold.organizations]
    # A prediction matching a required name counts even if it also matches an optional one.
    pred_orgs = [
        p
        for p in pred_orgs
        if any(org_matches(p, g) for g in gold.organizations) or not any(org_matches(p, o) for o in optional)
    ]
    orgs = _score_items("organizations", pred_orgs, list(gold.organizations), org_matches, str, str)

    pred_roles = _pred_roles(roles)
    pairs = sorted({(r.person, r.title) for r in pred_roles})
    person_title = _score_items(
        "person_title",
        pairs,
        _gold_pairs(gold),
        lambda p, g: p[0] == g.person and p[1] in g.titles,
        lambda p: f"{p[0]} / {p[1]}",
        lambda g: g.shown,
    )

    triples = _gold_triples(gold)
    org_less_duplicate = _org_less_duplicate(pred_roles, triples)
    role_scores = _score_items(
        "roles", pred_roles, triples, _role_match, lambda p: p.shown, lambda g: g.shown, ignore=org_less_duplicate
    )
    return persons, orgs, person_title, role_scores


def _role_match(p: _PredRole, g: _GoldTriple) -> bool:
    return p.person == g.person and p.title in g.titles and _role_org_matches(p.org_candidates, g.role)


def _org_less_duplicate(pred_roles: Sequence[_PredRole], triples: Sequence[_GoldTriple]) -> Callable[[_PredRole], bool]:
    """Return a test for predictions that are partial duplicates, not errors: an
    org-less prediction of a person and title whose gold triple some prediction
    with an organisation already hits."""
    matched_with_org = [g for g in triples if any(p.organization and _role_match(p, g) for p in pred_roles)]

    def duplicate(p: _PredRole) -> bool:
        return not p.organization and any(p.person == g.person and p.title in g.titles for g in matched_with_org)

    return duplicate


# Words that make a gold title an acting, future or past post (署理局長, 候任校長).
_ACTING_TITLE = ("署理", "署任", "暫任", "暂任", "暫代", "暂代", "代理", "候任", "卸任", "曾任", "前")
_HONOURS = frozenset("教授 博士 院士 大律師 大律师 資深大律師 资深大律师 太平紳士 太平绅士 講座教授 讲座教授 榮譽博士 荣誉博士".split())


def _role_shapes(gold: GoldArticle, mentions: list[dict[str, Any]], roles: list[dict[str, Any]]) -> tuple[tuple[str, str, bool], ...]:
    """For each distinct gold role: its ``shape`` tag, the likely cause when it was
    missed (from the predicted mentions: ``name``, ``missed_org``,
    ``compound_title``, ``acting``, ``honour``, ``list``, ``clause_org``,
    ``other``), and whether it was missed."""
    predicted = _pred_roles(roles)
    persons = set(_distinct_texts(mentions, "PERSON"))
    orgs = _distinct_texts(mentions, "ORG")
    titles = {normalize_title(_clean(m.get(key))) for m in mentions if _clean(m.get("label")).upper() == "TITLE" for key in ("text", "normalized")}
    pairs = {(p.person, p.title) for p in predicted}
    shared: dict[tuple[str, str], int] = {}
    triples = _gold_triples(gold)
    for g in triples:
        shared[(normalize_title(g.role.title), g.role.org)] = shared.get((normalize_title(g.role.title), g.role.org), 0) + 1
    shapes = []
    for g in triples:
        missed = not any(_role_match(p, g) for p in predicted)
        cause = ""
        if missed:
            role = g.role
            if role.person not in persons:
                cause = "name"
            elif role.org and not any(org_matches(o, name) or org_matches(name, o) for o in orgs for name in (role.org, *role.org_alts)):
                cause = "missed_org"
            elif not g.titles & titles:
                cause = "compound_title"
            elif any(t.startswith(_ACTING_TITLE) for t in (role.title, *role.title_alts)):
                cause = "acting"
            elif not role.org and role.title in _HONOURS:
                cause = "honour"
            elif shared[(normalize_title(role.title), role.org)] > 1:
                cause = "list"
            elif any((g.person, t) in pairs for t in g.titles):
                cause = "clause_org"
            else:
                cause = "other"
        shapes.append((g.role.shape, cause, missed))
    return tuple(shapes)


def _paired_articles(outdir: Path, gold_path: str | Path) -> tuple[list[tuple[GoldArticle, str | None, list[dict], list[dict]]], list[str]]:
    """Return each gold article with its output id (None when the output lacks it),
    its mention rows and its role rows, and every output article id.
    Raises ``FileNotFoundError`` when the folder, the gold or a table is missing."""
    if not outdir.is_dir():
        raise FileNotFoundError(f"eval: no such output folder: {outdir}")
    golds = load_gold(gold_path)
    mentions = read_table(outdir, "mentions") or []
    roles = read_table(outdir, "roles") or []
    output_ids = _output_ids(outdir, mentions, roles)
    mapping = _match_article_ids([g.id for g in golds], output_ids, key=lambda oid: oid.rsplit("/", 1)[-1])
    mentions_by, roles_by = _group(mentions), _group(roles)
    paired = [
        (gold, mapping[gold.id], mentions_by.get(mapping[gold.id], []) if mapping[gold.id] else [],
         roles_by.get(mapping[gold.id], []) if mapping[gold.id] else [])
        for gold in golds
    ]
    return paired, output_ids


def role_outcomes(outdir: str | Path, gold_path: str | Path) -> list[tuple[float, bool]]:
    """Return ``(confidence, correct)`` for every distinct predicted role of the gold
    articles: correct when it matches a gold role by the roles metric's rules.
    Org-less partial duplicates, which the metric ignores, are left out; a role
    predicted more than once keeps its highest confidence."""
    outcomes = []
    for gold, _, _, rows in _paired_articles(Path(outdir), gold_path)[0]:
        triples = _gold_triples(gold)
        predicted = _pred_roles(rows)
        duplicate = _org_less_duplicate(predicted, triples)
        best: dict[tuple[str, str, str], float] = {}
        for row in rows:
            key = (_clean(row.get("person")), normalize_title(_clean(row.get("title"))), _clean(row.get("organization")))
            best[key] = max(best.get(key, 0.0), float(row.get("confidence") or 0.0))
        for p in predicted:
            if not duplicate(p):
                outcomes.append((best.get((p.person, p.title, p.organization), 0.0), any(_role_match(p, g) for g in triples)))
    return outcomes


def score_output(outdir: str | Path, gold_path: str | Path) -> EvalReport:
    """Score the tables in ``outdir`` against the article gold at ``gold_path``.

    Reads ``mentions`` and ``roles`` (JSONL, else CSV) and, when present,
    ``articles``; gold is read with :func:`load_gold`. A gold article matches the
    output article whose ``article_id`` equals its id or whose last
    ``/``-component does. Gold articles without output count every gold item as
    a miss; output articles without gold are listed in ``ignored_outputs``.
    Returns an :class:`EvalReport` with micro-averaged metrics.
    Raises ``FileNotFoundError`` when the folder, the gold or a required table is
    missing and ``ValueError`` on malformed gold or an ambiguous id.
    """
    outdir = Path(outdir)
    paired, output_ids = _paired_articles(outdir, gold_path)
    results = []
    for gold, oid, article_mentions, article_roles in paired:
        per_metric = _score_article(gold, article_mentions, article_roles)
        results.append(ArticleResult(gold.id, oid, per_metric, _role_shapes(gold, article_mentions, article_roles)))

    totals = [MetricScore(name) for name in METRICS]
    for result in results:
        totals = [t + m.score for t, m in zip(totals, result.metrics)]
    used = {result.output_id for result in results if result.output_id}
    return EvalReport(
        scores=tuple(totals),
        articles=tuple(results),
        ignored_outputs=tuple(oid for oid in output_ids if oid not in used),
        outdir=str(outdir),
        gold=str(gold_path),
    )


# ---------------------------------------------------------------------- span gold


@dataclass(frozen=True)
class LabelScore:
    """Exact-span counts for one label (or ``micro`` over all scored labels)."""

    label: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """``tp / (tp + fp)``; 0.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """``tp / (tp + fn)``; 0.0 when the gold is empty."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Return counts and rounded rates as a JSON-ready dict."""
        return {
            "label": self.label,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True)
class SpanRecordErrors:
    """Missed and falsely predicted spans ``(start, end, label, text)`` of one gold record."""

    gold_id: str
    output_id: str | None
    misses: tuple[tuple[int, int, str, str], ...] = ()
    false_alarms: tuple[tuple[int, int, str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the errors as a JSON-ready dict."""
        return {
            "gold_id": self.gold_id,
            "output_id": self.output_id,
            "misses": [list(s) for s in self.misses],
            "false_alarms": [list(s) for s in self.false_alarms],
        }


@dataclass(frozen=True)
class SpanReport:
    """Per-label and micro exact-span scores over the labels the gold uses.

    ``records`` holds only records with at least one error.
    """

    labels: tuple[LabelScore, ...]
    micro: LabelScore
    n_records: int
    missing_outputs: tuple[str, ...] = ()
    records: tuple[SpanRecordErrors, ...] = ()
    ignored_labels: tuple[str, ...] = ()
    gold: str = ""
    outdir: str = ""

    def label(self, name: str) -> LabelScore:
        """Return the score of label ``name``; raises ``KeyError`` if gold never uses it."""
        for s in self.labels:
            if s.label == name:
                return s
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """Return the whole report as a JSON-ready dict."""
        return {
            "gold": self.gold,
            "outdir": self.outdir,
            "n_records": self.n_records,
            "labels": {s.label: s.to_dict() for s in self.labels},
            "micro": self.micro.to_dict(),
            "ignored_labels": list(self.ignored_labels),
            "missing_outputs": list(self.missing_outputs),
            "records": [r.to_dict() for r in self.records],
        }


def score_spans(gold_jsonl: str | Path, outdir: str | Path) -> SpanReport:
    """Score the ``mentions`` table of ``outdir`` against span gold by exact ``(start, end, label)``.

    ``gold_jsonl`` has one object a line: ``id``, ``text``, ``entities`` (each
    ``start``, ``end``, ``label``). A gold record's predictions are the mentions
    whose ``article_id`` equals its id or ends with ``#<id>``. Only labels the
    gold uses are scored; other predicted labels (e.g. TITLE) are ignored.
    Records without an output article count all their entities as misses.
    Returns a :class:`SpanReport`.
    Raises ``FileNotFoundError`` for a missing file, folder or mentions table,
    ``ValueError`` on malformed gold, duplicate gold ids or an ambiguous id.
    """
    gold_jsonl, outdir = Path(gold_jsonl), Path(outdir)
    if not gold_jsonl.is_file():
        raise FileNotFoundError(f"eval: no such span gold file: {gold_jsonl}")
    if not outdir.is_dir():
        raise FileNotFoundError(f"eval: no such output folder: {outdir}")

    records: list[tuple[str, str, set[tuple[int, int, str]]]] = []
    seen: set[str] = set()
    for where, obj in _read_json_objects(gold_jsonl):
        if not isinstance(obj, Mapping) or obj.get("id") in (None, ""):
            raise ValueError(f"{where}: span gold record without an 'id'")
        gid = str(obj["id"])
        if gid in seen:
            raise ValueError(f"{where}: span gold id {gid!r} given twice")
        seen.add(gid)
        try:
            spans = {(int(e["start"]), int(e["end"]), str(e["label"])) for e in obj.get("entities") or ()}
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{where}: malformed entity: {exc}") from exc
        records.append((gid, str(obj.get("text") or ""), spans))

    labels = sorted({s[2] for _, _, spans in records for s in spans})
    mentions = read_table(outdir, "mentions") or []
    by_article = _group(mentions)
    mapping = _match_article_ids(
        [gid for gid, _, _ in records],
        _output_ids(outdir, mentions, []),
        key=lambda oid: oid.rsplit("#", 1)[-1] if "#" in oid else "",
    )

    counts = {label: [0, 0, 0] for label in labels}
    ignored: set[str] = set()
    errors = []
    for gid, text, gold_spans in records:
        oid = mapping[gid]
        pred: set[tuple[int, int, str]] = set()
        for row in by_article.get(oid, []) if oid else []:
            label = _clean(row.get("label"))
            if label not in counts:
                ignored.add(label)
                continue
            pred.add((int(row["start"]), int(row["end"]), label))
        for span in gold_spans | pred:
            slot = 0 if span in gold_spans and span in pred else (2 if span in gold_spans else 1)
            counts[span[2]][slot] += 1
        misses, fas = gold_spans - pred, pred - gold_spans
        if misses or fas:
            errors.append(
                SpanRecordErrors(
                    gid,
                    oid,
                    misses=tuple((s, e, lab, text[s:e]) for s, e, lab in sorted(misses)),
                    false_alarms=tuple((s, e, lab, text[s:e]) for s, e, lab in sorted(fas)),
                )
            )

    per_label = tuple(LabelScore(label, *counts[label]) for label in labels)
    micro = LabelScore("micro", *(sum(c[i] for c in counts.values()) for i in range(3)))
    return SpanReport(
        labels=per_label,
        micro=micro,
        n_records=len(records),
        missing_outputs=tuple(gid for gid, _, _ in records if mapping[gid] is None),
        records=tuple(errors),
        ignored_labels=tuple(sorted(ignored - {""})),
        gold=str(gold_jsonl),
        outdir=str(outdir),
    )


# ----------------------------------------------------------------------- printing


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def fmt(row: Sequence[str]) -> str:
        cells = (str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
        return "  ".join(cells).rstrip()

    return [fmt(header), "  ".join("-" * w for w in widths), *(fmt(r) for r in rows)]


def format_report(report: EvalReport | SpanReport, detail: bool = False) -> str:
    """Render a report as a plain-text table, with per-article errors when ``detail``.

    Takes an :class:`EvalReport` or a :class:`SpanReport`; returns the text
    (ending in a newline). Raises ``TypeError`` for anything else.
    """
    if isinstance(report, SpanReport):
        return _format_spans(report, detail)
    if not isinstance(report, EvalReport):
        raise TypeError(f"format_report: expected EvalReport or SpanReport, got {type(report).__name__}")
    rows = [
        (s.name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.tp_pred), str(s.fp), str(s.fn))
        for s in report.scores
    ]
    lines = [f"gold articles: {len(report.articles)}"]
    lines += _table(("metric", "P", "R", "F1", "tp", "tp_pred", "fp", "fn"), rows)
    lines.append("tp: gold items matched (recall); tp_pred: predictions matching gold (precision)")
    if report.missing_outputs:
        lines.append(f"gold articles with no output (all misses): {', '.join(report.missing_outputs)}")
    if report.ignored_outputs:
        lines.append(f"output articles with no gold (not scored): {len(report.ignored_outputs)}")
    if detail:
        lines += _shape_lines(report)
        for article in report.articles:
            errs = [m for m in article.metrics if m.misses or m.false_alarms]
            if not errs:
                continue
            lines.append("")
            lines.append(f"== {article.gold_id}" + ("" if article.output_id else " (no output)"))
            for m in errs:
                if m.misses:
                    lines.append(f"  {m.metric} miss: {'; '.join(m.misses)}")
                if m.false_alarms:
                    lines.append(f"  {m.metric} false alarm: {'; '.join(m.false_alarms)}")
    return "\n".join(lines) + "\n"


def _shape_lines(report: EvalReport) -> list[str]:
    """The roles table by shape: recall per ``shape`` tag where the gold has tags,
    and the missed roles by their likely cause."""
    lines: list[str] = []
    shapes = [item for article in report.articles for item in article.role_shapes]
    tagged: dict[str, list[bool]] = {}
    for shape, _, missed in shapes:
        if shape:
            tagged.setdefault(shape, []).append(missed)
    if tagged:
        lines.append("")
        lines.append("roles by the gold's shape tag")
        rows = [
            (shape, str(len(v)), str(sum(v)), f"{1 - sum(v) / len(v):.3f}")
            for shape, v in sorted(tagged.items(), key=lambda item: (-sum(item[1]), item[0]))
        ]
        lines += _table(("shape", "gold", "missed", "recall"), rows)
    causes: dict[str, int] = {}
    for _, cause, missed in shapes:
        if missed:
            causes[cause] = causes.get(cause, 0) + 1
    if causes:
        lines.append("")
        lines.append("missed roles by likely cause (name: person not found; missed_org: organisation not found; "
                     "compound_title: title not found or split; acting, honour; list: a title shared by several names; "
                     "clause_org: person and title linked but not the organisation; other: not linked)")
        lines += _table(("cause", "missed"), [(c, str(n)) for c, n in sorted(causes.items(), key=lambda item: (-item[1], item[0]))])
    return lines


def _format_spans(report: SpanReport, detail: bool) -> str:
    rows = [
        (s.label, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
        for s in (*report.labels, report.micro)
    ]
    lines = [f"gold records: {report.n_records}"]
    lines += _table(("label", "P", "R", "F1", "tp", "fp", "fn"), rows)
    if report.ignored_labels:
        lines.append(f"predicted labels not in gold (ignored): {', '.join(report.ignored_labels)}")
    if report.missing_outputs:
        lines.append(f"gold records with no output (all misses): {len(report.missing_outputs)}")
    if detail:

        def span(s: tuple[int, int, str, str]) -> str:
            return f"{s[3]}[{s[0]}:{s[1]}]{s[2]}"

        for rec in report.records:
            lines.append("")
            lines.append(f"== {rec.gold_id}" + ("" if rec.output_id else " (no output)"))
            if rec.misses:
                lines.append(f"  miss: {'; '.join(span(s) for s in rec.misses)}")
            if rec.false_alarms:
                lines.append(f"  false alarm: {'; '.join(span(s) for s in rec.false_alarms)}")
    return "\n".join(lines) + "\n"
