"""Review report at scale: 20,000 generated articles' tables → ``OUT/report/``.

    python benchmarks/report.py [--articles 20000] [--runs 2] [--no-browser]

Generates invented articles (files) and their tables directly (mentions and roles
at the offsets where the generator put each person, title and organisation, so no
extraction runs), then times :func:`pipeline.report.write_report` over them
(``--runs`` times), and prints the times, the CPU time, the peak memory,
the size of the site (all files, the index page, the index data
and the largest article page). With Chromium installed (``chromium``,
``chromium-driver``) it also opens the index headless and times how long the
first page of each list takes to appear and how long a search takes.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from batch import EVENTS, FILLERS, ORG_KINDS, PLACES, SURNAMES, TITLES  # noqa: E402

from pipeline.export import TableWriter  # noqa: E402
from pipeline.report import write_report  # noqa: E402

GIVEN_CHARS = "志明美玲國強嘉怡子軒詠琪家豪淑芬俊傑雅婷文華德麗珠建思穎永康慧敏偉倫靜宜立群浩然欣振宇佩珊"
MORE_PLACES = ["天水", "彩虹", "荔景", "葵青", "屯門", "大埔", "將軍", "馬灣", "坪洲", "赤柱", "寶林", "秀茂"]
SHAPES = (
    ("org", "title", "person", "在致辭時表示，各方應加強合作。"),
    ("person", "title", "指出，", "org", "將繼續支持青年發展。"),
    ("出席嘉賓包括", "org", "title", "person", "等。"),
    ("person", "獲委任為", "org", "title", "，任期兩年。"),
)
TABLES = ("articles", "mentions", "roles", "persons", "organizations")


class _Article:
    """Builds one article's text piece by piece, remembering where the mentions went."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.mentions: list[dict] = []

    def add(self, text: str, label: str = "", normalized: str = "", sentence: int = -1) -> tuple[int, int]:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        if label:
            self.mentions.append({
                "mention_id": len(self.mentions) + 1, "sentence_id": sentence, "start": start, "end": self.length,
                "text": text, "label": label, "normalized": normalized or text, "method": "pattern", "score": 0.9,
            })
        return start, self.length


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES[:-2]) + rng.choice(GIVEN_CHARS) + rng.choice(GIVEN_CHARS)


def make_tables(number: int, rng: random.Random) -> tuple[str, dict[str, list[dict]]]:
    """One invented article: its text and its rows of each table (article id and
    path are filled in by the caller)."""
    places = PLACES + MORE_PLACES
    host = rng.choice(places) + rng.choice(ORG_KINDS)
    article = _Article()
    title = f"{host}舉辦{rng.choice(EVENTS)}（第{number}號）"
    published = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 10:{rng.randint(0, 59):02d}"
    article.add(f"{title}\n{published}\n\n本報訊 ")
    article.add(host, "ORG")
    article.add(f"昨日舉辦{rng.choice(EVENTS)}。")
    roles = []
    for sentence in range(rng.randint(1, 5)):
        person = _person(rng)
        role_title = rng.choice(TITLES)
        organization = rng.choice([host, rng.choice(places) + rng.choice(ORG_KINDS)])
        sentence_start = article.length
        spans = {}
        for piece in rng.choice(SHAPES):
            if piece in ("org", "title", "person"):
                text, label = {"org": (organization, "ORG"), "title": (role_title, "TITLE"), "person": (person, "PERSON")}[piece]
                spans[piece] = article.add(text, label, sentence=sentence + 1)
            else:
                article.add(piece)
        evidence = "".join(article.parts)[sentence_start:]
        roles.append({
            "role_id": sentence + 1, "person": person, "title": role_title, "title_normalized": role_title.lstrip("副名譽"),
            "qualifiers": "", "organization": organization, "organization_normalized": organization,
            "sentence_id": sentence + 1, "person_start": spans["person"][0], "person_end": spans["person"][1],
            "title_start": spans["title"][0], "title_end": spans["title"][1], "org_start": spans["org"][0],
            "org_end": spans["org"][1], "evidence": evidence, "method": "org_title", "confidence": 0.9,
        })
        for _ in range(rng.randint(0, 5)):
            article.add(rng.choice(FILLERS).format(n=rng.randint(10, 500)))
    article.add("\n\n【編輯：")
    article.add(_person(rng), "PERSON")
    article.add("】\n")
    text = "".join(article.parts)
    persons: dict[str, list[int]] = {}
    organizations: dict[str, int] = {}
    for mention in article.mentions:
        if mention["label"] == "PERSON":
            persons.setdefault(mention["text"], []).append(mention["start"])
        elif mention["label"] == "ORG":
            organizations[mention["text"]] = organizations.get(mention["text"], 0) + 1
    rows = {
        "articles": [{
            "title": title, "published": published, "source": "本報", "script": "traditional", "encoding": "utf-8",
            "n_chars": len(text), "n_persons": len(persons), "n_roles": len(roles),
            "sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
        }],
        "mentions": article.mentions,
        "roles": roles,
        "persons": [{"person": p, "n_mentions": len(s), "first_start": s[0], "titles": ""} for p, s in persons.items()],
        "organizations": [{"organization": o, "normalized": o, "aliases": "", "n_mentions": n} for o, n in organizations.items()],
    }
    return text, rows


def generate(folder: Path, count: int, seed: int = 11) -> Path:
    """Write ``count`` article files under ``folder/in`` and their tables to
    ``folder/out``; return the output folder."""
    rng = random.Random(seed)
    out = folder / "out"
    writer = TableWriter(out, TABLES, ("jsonl",))
    for number in range(count):
        article_id = f"{number // 500:02d}/{number:05d}"
        path = folder / "in" / f"{article_id}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        text, rows = make_tables(number, rng)
        path.write_text(text, encoding="utf-8")
        rows["articles"][0]["path"] = str(path)
        for name in TABLES:
            for row in rows[name]:
                row["article_id"] = article_id
            writer.write(name, rows[name])
    counts = writer.counts()
    writer.commit()
    print(f"tables: {', '.join(f'{n} {counts[n]:,}' for n in TABLES)}", file=sys.stderr)
    return out


def _cpu_seconds() -> float:
    """User + system CPU time of this process."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _browser_timings(index: Path) -> str:
    from browser import chromium, chromium_missing

    missing = chromium_missing()
    if missing:
        return f"browser: skipped ({missing})"
    with chromium() as driver:
        started = time.perf_counter()
        driver.get(index.as_uri())
        while driver.execute_script("return document.body.getAttribute('data-ready')") != "1":
            time.sleep(0.01)
        loaded = time.perf_counter() - started
        box = driver.find_element("id", "search")
        started = time.perf_counter()
        driver.execute_script("arguments[0].value = '陳志'; arguments[0].dispatchEvent(new Event('input'));", box)
        while driver.execute_script("return document.querySelector('#people .range').textContent.indexOf('of ') < 0 || "
                                    "document.querySelector('#people tbody tr td').textContent.indexOf('陳志') !== 0"):
            time.sleep(0.005)
        searched = time.perf_counter() - started - 0.12  # the box waits 120 ms after typing
        ranges = driver.execute_script("return Array.from(document.querySelectorAll('.pager .range'), r => r.textContent);")
    return (f"browser: index ready {loaded:.2f} s after opening; search '陳志' shows its matches in {searched:.2f} s "
            f"(articles {ranges[0]}, people {ranges[1]}, organisations {ranges[2]})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=2, help="how many times to write the report")
    parser.add_argument("--no-browser", action="store_true", help="do not time the index in headless Chromium")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="zhextract-report-bench-") as tmp:
        started = time.perf_counter()
        out = generate(Path(tmp), args.articles)
        print(f"generated {args.articles:,} articles and their tables in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        for run in range(1, args.runs + 1):
            shutil.rmtree(out / "report", ignore_errors=True)  # replacing an old report would add its deletion
            cpu = _cpu_seconds()
            summary = write_report(out)
            print(f"report, run {run}: {summary.n_articles:,} articles in {summary.seconds:.1f} s "
                  f"({summary.n_articles / summary.seconds:,.0f} articles/s, {_cpu_seconds() - cpu:.1f} CPU-seconds); "
                  f"problems: {len(summary.problems)}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"peak memory: {peak / 1024:.0f} MiB; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        site = out / "report"
        files = [p for p in site.rglob("*") if p.is_file()]
        pages = [p for p in files if p.parent.name == "articles"]
        largest = max(pages, key=lambda p: p.stat().st_size)
        mb = 1024 * 1024
        print(f"size: {sum(p.stat().st_size for p in files) / mb:.1f} MiB in {len(files):,} files; "
              f"index.html {(site / 'index.html').stat().st_size / 1024:.1f} KiB; "
              f"data/index.js {(site / 'data' / 'index.js').stat().st_size / mb:.1f} MiB; "
              f"article pages {sum(p.stat().st_size for p in pages) / len(pages) / 1024:.1f} KiB on average, "
              f"largest {largest.stat().st_size / 1024:.1f} KiB")
        if not args.no_browser:
            print(_browser_timings(site / "index.html"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
