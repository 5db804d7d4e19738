"""The review report (``zhextract report``): static checks of the written site, and
checks in headless Chromium of the rendered pages (skipped when Chromium is not
installed; CI installs it)."""

from __future__ import annotations

import json
import os
import time
from collections import defaultdict
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from browser import chromium, chromium_missing
from pipeline import load_tables
from pipeline.cli import main
from pipeline.document import Excluded
from pipeline.export import TableWriter
from pipeline.report import ArticleText, article_file_name, read_article_text, render_article

PLAIN = """海濱青年協會舉辦交流日
2024-03-05 10:20

本報訊 海濱青年協會會長陳志明表示，協會將於下月舉辦交流活動。北嶺科技大學副校長林美玲、東灣商會主席黃國強出席了開幕禮。
陳志明會長指出，活動吸引了三百名青年參加。

【編輯：何嘉怡】
"""

FILLER = "與會者就區域合作、人才培養和科技創新等議題深入交流，氣氛熱烈。\n"
LONG = (
    "白沙文化基金會周年晚宴\n2024-05-01 19:00\n\n"
    + FILLER * 60
    + "白沙文化基金會主席張建國致辭時感謝各界支持，雲崗醫學研究院院長蔡慧敏亦有出席。\n"
    + FILLER * 20
)

# Each payload would change the title, set a flag or an attribute, or open a dialog if it ran.
PAYLOAD_SCRIPT = '<script>document.title="PWNED";window.pwned=1;alert("script")</script>'
PAYLOAD_IMG = "<img src=x onerror=\"window.pwned=2;document.body.setAttribute('data-pwned','1');alert('img')\">"
PAYLOAD_LINK = "<a href=\"javascript:alert('link')\">按此</a>"
INJECTION = (
    f"{PAYLOAD_SCRIPT}海濱青年協會公告\n2024-03-06 09:00\n\n"
    f"本報訊 {PAYLOAD_IMG}海濱青年協會會長陳志明表示，請勿點擊javascript:alert('text')連結。\n"
    f"{PAYLOAD_LINK} 東灣商會主席黃國強出席。\n"
)
RECORDS = [
    {"id": "../../../escape", "title": "<img src=x onerror=alert(1)>", "url": "javascript:alert(document.domain)",
     "text": "南港環保學會理事長鄭志明宣佈，學會將舉辦講座。"},
    {"id": "x y#z", "title": "空格與井號", "text": "金澤體育總會秘書長吳淑芬表示，賽事順利完成。"},
    {"id": "..", "title": "兩點", "text": "石門創新中心主任劉浩然出席論壇。"},
]

INJECTION_ID = "inject <b>\"x\"</b>"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One extraction with ``--report`` over articles with awkward ids and an
    injection article; returns the output folder."""
    root = tmp_path_factory.mktemp("report")
    inputs = root / "in"
    _write(inputs / "a b" / "first.txt", PLAIN)
    _write(inputs / "long.txt", LONG)
    _write(inputs / f"{INJECTION_ID}.txt", INJECTION)
    _write(inputs / "records.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS))
    out = root / "out"
    result = CliRunner().invoke(main, ["extract", str(inputs), "-o", str(out), "-j", "0", "--report"])
    assert result.exit_code == 0, result.output
    assert "report: 6 article pages" in result.output
    return out


def _articles(out):
    return load_tables(out, ["articles"])["articles"].to_dict("records")


def _page(out, article_id) -> Path:
    return out / "report" / "articles" / article_file_name(article_id)


def _marks_by_id(soup_or_items):
    """Join the pieces of each mark (a mark crossing another is split) by data-mid."""
    joined = defaultdict(str)
    labels = {}
    for mid, text, label in soup_or_items:
        joined[mid] += text
        labels[mid] = label
    return {mid: (joined[mid], labels[mid]) for mid in joined}


# ----------------------------------------------------------------- names and files


@pytest.mark.parametrize("article_id", [
    "a/b", "../../etc/passwd", "x#1", "with space", "..", ".", "", "#", "a\\b", "CON", "名/字 #..", "x" * 400,
    "<script>", "../..#../x",
])
def test_article_file_name_stays_inside_the_report(tmp_path, article_id):
    name = article_file_name(article_id)
    assert "/" not in name and "\\" not in name and not name.startswith(".") and name.endswith(".html")
    assert len(name.encode("utf-8")) < 200
    folder = tmp_path / "report" / "articles"
    assert (folder / name).resolve().parent == folder.resolve()


def test_article_file_names_are_distinct():
    ids = ["a/b", "a b", "a#b", "a..b", "A/b", "a_b", "a/b/", "名/字", "名 字"]
    names = [article_file_name(i) for i in ids]
    assert len({n.lower() for n in names}) == len(ids)


def test_every_article_has_one_page_inside_the_report(run):
    articles = _articles(run)
    ids = {a["article_id"] for a in articles}
    assert {"a b/first", "records#../../../escape", "records#x y#z", "records#..", INJECTION_ID} <= ids
    pages = sorted(p.name for p in (run / "report" / "articles").iterdir())
    assert pages == sorted(article_file_name(i) for i in ids)
    written = {p.relative_to(run).parts[0] for p in run.rglob("*") if p.is_file()}
    assert "report" in written and not any(p.endswith(".html") for p in written)
    assert not list(run.glob(".zhextract-report-*")), "staging folder left behind"


def test_article_page_escapes_everything_from_the_article(run):
    soup = BeautifulSoup(_page(run, INJECTION_ID).read_text(encoding="utf-8"), "html.parser")
    assert [s.get("src") for s in soup.find_all("script")] == ["../assets/article.js"]
    assert not soup.find_all("img") and not soup.find_all("a", href=lambda h: h and "javascript" in h.lower())
    text = soup.find(id="text").get_text()
    assert PAYLOAD_SCRIPT in text and PAYLOAD_IMG in text and PAYLOAD_LINK in text
    assert soup.title.get_text().startswith(PAYLOAD_SCRIPT)
    record = BeautifulSoup(_page(run, "records#../../../escape").read_text(encoding="utf-8"), "html.parser")
    assert not record.find_all("img") and not record.find_all("a", href=lambda h: h and "javascript" in h.lower())
    assert record.find("dd", attrs={"data-field": "url"}).get_text() == RECORDS[0]["url"]


def test_index_data_is_inert_javascript(run):
    data = (run / "report" / "data" / "index.js").read_text(encoding="utf-8")
    assert data.startswith("window.ZX_REPORT = ") and "<" not in data and ">" not in data
    parsed = json.loads(data[len("window.ZX_REPORT = "):].rstrip().rstrip(";"))
    assert INJECTION_ID in [a[0] for a in parsed["articles"]]


def test_render_article_splits_crossing_marks_but_keeps_their_text():
    text = "甲乙丙丁戊己庚"
    mentions = [
        {"mention_id": 1, "start": 0, "end": 4, "text": "甲乙丙丁", "label": "ORG", "normalized": "甲乙丙丁會", "method": "pattern"},
        {"mention_id": 2, "start": 1, "end": 2, "text": "乙", "label": "PERSON", "normalized": "乙", "method": "model"},
        {"mention_id": 3, "start": 2, "end": 6, "text": "丙丁戊己", "label": "TITLE", "normalized": "己", "method": "lexicon"},
    ]
    roles = [{"role_id": 1, "person": "乙", "title": "丙丁戊己", "organization": "甲乙", "person_start": 1, "person_end": 2,
              "title_start": 2, "title_end": 6, "org_start": 0, "org_end": 2, "evidence": text}]
    page = render_article({"article_id": "t"}, mentions, roles, ArticleText(text, (Excluded(3, 5, "share", "丁戊"),)))
    soup = BeautifulSoup(page, "html.parser")
    body = soup.find(id="text")
    assert body.get_text() == text
    marks = _marks_by_id((m["data-mid"], m.get_text(), m["data-label"]) for m in body.find_all("mark"))
    assert marks == {"m1": ("甲乙丙丁", "ORG"), "m2": ("乙", "PERSON"), "m3": ("丙丁戊己", "TITLE")}
    assert "".join(b.get_text() for b in body.select(".boilerplate")) == "丁戊"
    # The organisation part matches no mention exactly: it is marked on its own.
    row = soup.select_one("#roles tbody tr")
    assert row["data-targets"].split() == ["m2", "m3", "r1o"]
    assert "".join(p.get_text() for p in body.select('[data-mid="r1o"]')) == "甲乙"
    assert body.select_one(f"#{row['data-sentence']}").get_text() == text


def test_missing_or_changed_source_gets_a_page_without_text(tmp_path):
    inputs = tmp_path / "in"
    kept = _write(inputs / "kept.txt", PLAIN)
    changed = _write(inputs / "changed.txt", PLAIN.replace("陳志明", "黃國強"))
    gone = _write(inputs / "gone.txt", LONG)
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["extract", str(inputs), "-o", str(out), "-j", "0", "-q"]).exit_code == 0
    changed.write_text(PLAIN + "後記。\n", encoding="utf-8")
    gone.unlink()
    result = CliRunner().invoke(main, ["report", str(out)])
    assert result.exit_code == 1
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 2
    assert any(str(changed) in w and "changed since the run" in w for w in warnings)
    assert any(str(gone) in w and "cannot read" in w for w in warnings)
    for article_id, has_text in (("kept", True), ("changed", False), ("gone", False)):
        soup = BeautifulSoup(_page(out, article_id).read_text(encoding="utf-8"), "html.parser")
        assert (soup.find(id="text") is not None) == has_text
        assert (soup.select_one(".notice") is not None) != has_text
        assert soup.select("#roles tbody tr"), article_id
    assert read_article_text(str(kept), _sha1_of(out, "kept")).text == PLAIN


def _sha1_of(out, article_id):
    return next(a["sha1"] for a in _articles(out) if a["article_id"] == article_id)


def test_csv_tables_big5_and_html_inputs(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "big5.txt").write_bytes(PLAIN.encode("big5hkscs"))
    page = "<html><head><title>網頁標題</title></head><body><p>" + PLAIN.split("\n\n")[1] + "</p></body></html>"
    (inputs / "page.html").write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(inputs), "-o", str(out), "-j", "0", "-q", "--format", "csv", "--report"])
    assert result.exit_code == 0, result.output
    assert not (out / "mentions.jsonl").exists()
    mentions = load_tables(out, ["mentions"])["mentions"]
    for article_id in ("big5", "page"):
        soup = BeautifulSoup(_page(out, article_id).read_text(encoding="utf-8"), "html.parser")
        marks = _marks_by_id((m["data-mid"], m.get_text(), m["data-label"]) for m in soup.find(id="text").find_all("mark"))
        mine = mentions[mentions["article_id"] == article_id]
        assert marks == {f"m{m.mention_id}": (m.text, m.label) for m in mine.itertuples()} and marks


def test_relative_input_paths_resolve_against_sources(tmp_path, monkeypatch):
    _write(tmp_path / "news" / "in" / "rel.txt", PLAIN)
    _write(tmp_path / "news" / "in" / "recs.jsonl", json.dumps({"text": RECORDS[1]["text"]}, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    monkeypatch.chdir(tmp_path / "news")
    assert CliRunner().invoke(main, ["extract", "in", "-o", str(out), "-j", "0", "-q"]).exit_code == 0
    paths = {a["article_id"]: a["path"] for a in _articles(out)}
    assert paths == {"rel": str(Path("in") / "rel.txt"), "recs#1": str(Path("in") / "recs.jsonl") + "#1"}
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["report", str(out), "-q"]).exit_code == 1
    assert CliRunner().invoke(main, ["report", str(out), "-q", "--sources", "news"]).exit_code == 0
    for article_id in paths:
        soup = BeautifulSoup(_page(out, article_id).read_text(encoding="utf-8"), "html.parser")
        assert soup.find(id="text") is not None and soup.select_one(".notice") is None


def test_report_replaces_the_previous_one_and_needs_tables(tmp_path):
    out = tmp_path / "out"
    path = _write(tmp_path / "in" / "one.txt", PLAIN)
    assert CliRunner().invoke(main, ["extract", str(path), "-o", str(out), "-j", "0", "-q", "--report"]).exit_code == 0
    stale = out / "report" / "articles" / "stale.html"
    stale.write_text("old", encoding="utf-8")
    assert CliRunner().invoke(main, ["report", str(out), "-q"]).exit_code == 0
    assert not stale.exists() and _page(out, "one").exists()
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".zhextract-report")) == []
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(main, ["report", str(empty)])
    assert result.exit_code == 2 and "no articles.jsonl or articles.csv" in result.output


# -------------------------------------------------------------------- in a browser


@pytest.fixture(scope="module")
def browser():
    reason = chromium_missing()
    if reason and os.environ.get("ZHEXTRACT_REQUIRE_BROWSER"):
        pytest.fail(f"no headless browser, and ZHEXTRACT_REQUIRE_BROWSER is set: {reason}")
    if reason:
        pytest.skip(f"no headless browser: {reason}")
    with chromium(width=1000, height=700) as driver:
        yield driver


def _open(driver, path: Path) -> None:
    driver.get(path.as_uri())
    driver.execute_script("return document.readyState")


def _no_dialog(driver) -> bool:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        driver.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def test_highlighted_spans_are_exactly_the_mentions(run, browser):
    mentions = load_tables(run, ["mentions"])["mentions"].to_dict("records")
    for article in _articles(run):
        _open(browser, _page(run, article["article_id"]))
        items = browser.execute_script(
            "return Array.from(document.querySelectorAll('#text mark.m'), m => [m.dataset.mid, m.textContent, m.dataset.label]);"
        )
        expected = {f"m{m['mention_id']}": (m["text"], m["label"]) for m in mentions if m["article_id"] == article["article_id"]}
        assert expected, article["article_id"]
        assert _marks_by_id(items) == expected, article["article_id"]
        source = read_article_text(article["path"], article["sha1"])
        assert browser.execute_script("return document.getElementById('text').textContent") == source.text
        colours = browser.execute_script(
            "return Array.from(document.querySelectorAll('#text mark.m'), m => getComputedStyle(m).backgroundColor);"
        )
        assert len(set(colours)) == len({label for _, label in expected.values()})
        tips = browser.execute_script("return Array.from(document.querySelectorAll('#text mark.m'), m => m.title);")
        for tip, (mid, _, label) in zip(tips, items):
            mention = next(m for m in mentions if m["article_id"] == article["article_id"] and f"m{m['mention_id']}" == mid)
            assert tip.startswith(label) and mention["normalized"] in tip and mention["method"] in tip


def test_boilerplate_is_greyed(run, browser):
    _open(browser, _page(run, "a b/first"))
    grey = browser.execute_script("return Array.from(document.querySelectorAll('#text .boilerplate'), b => b.textContent);")
    assert "2024-03-05 10:20" in grey
    body_colour = browser.execute_script("return getComputedStyle(document.getElementById('text')).color")
    grey_colour = browser.execute_script("return getComputedStyle(document.querySelector('#text .boilerplate')).color")
    assert grey_colour != body_colour


def test_clicking_a_role_marks_its_spans_and_scrolls_to_its_sentence(run, browser):
    roles = load_tables(run, ["roles"])["roles"].to_dict("records")
    mine = [r for r in roles if r["article_id"] == "long"]
    assert mine
    _open(browser, _page(run, "long"))
    assert browser.execute_script("return window.scrollY") == 0
    rows = browser.find_elements("css selector", "#roles tbody tr")
    assert len(rows) == len(mine)
    for row, role in zip(rows, mine):
        browser.execute_script("arguments[0].scrollIntoView()", row)
        row.click()
        marked = browser.execute_script("return Array.from(document.querySelectorAll('#text .active:not(.sentence)'), m => m.textContent);")
        assert sorted(marked) == sorted(p for p in (role["person"], role["title"], role["organization"]) if p)
        state = browser.execute_script(
            "const s = document.querySelector('#text .sentence.active'); const r = s.getBoundingClientRect();"
            "return [s.textContent, r.top >= 0 && r.bottom <= window.innerHeight, document.querySelectorAll('#roles tr.active').length];"
        )
        assert state == [role["evidence"], True, 1]


def test_search_filters_articles_people_and_organisations(run, browser):
    persons = load_tables(run, ["persons"])["persons"].to_dict("records")
    _open(browser, run / "report" / "index.html")
    counts = browser.execute_script("return Array.from(document.querySelectorAll('section tbody'), b => b.rows.length);")
    assert counts[0] == len(_articles(run)) and counts[1] >= 8 and counts[2] >= 6
    box = browser.find_element("id", "search")
    box.send_keys("陳志明")
    time.sleep(0.4)  # the box waits 120 ms after the last key
    shown = browser.execute_script(
        "return ['articles', 'people', 'organizations'].map(id => Array.from(document.querySelectorAll('#' + id + ' tbody tr'), r => r.textContent));"
    )
    with_him = {p["article_id"] for p in persons if p["person"] == "陳志明"}
    assert len(shown[0]) == len(with_him) == 2
    assert [row.split("陳志明")[0] for row in shown[1]] == [""]
    assert shown[2] and all("陳志明" in row for row in shown[2])
    box.clear()
    box.send_keys("不存在的名字")
    time.sleep(0.4)
    ranges = browser.execute_script("return Array.from(document.querySelectorAll('.pager .range'), r => r.textContent);")
    assert all(r.startswith("none of") for r in ranges)


def test_index_links_open_each_article(run, browser):
    for article in _articles(run):
        _open(browser, run / "report" / "index.html")
        link = next(a for a in browser.find_elements("css selector", "#articles tbody a")
                    if a.get_attribute("title").split(" · ")[0] == article["article_id"])
        link.click()
        assert browser.current_url == _page(run, article["article_id"]).as_uri()
        assert browser.find_element("css selector", "h1").text == (article["title"] or article["article_id"]).strip()


def test_script_injection_article_runs_nothing(run, browser):
    pages = {
        _page(run, INJECTION_ID): f"{INJECTION.splitlines()[0]} · zhextract report",
        _page(run, "records#../../../escape"): f"{RECORDS[0]['title']} · zhextract report",
        run / "report" / "index.html": "zhextract report",
    }
    for page, title in pages.items():
        _open(browser, page)
        if page.name == "index.html":
            box = browser.find_element("id", "search")
            box.send_keys("<")
            time.sleep(0.4)  # the box waits 120 ms after the last key
            assert browser.find_elements("css selector", "#articles tbody tr")
        assert browser.execute_script("return document.title") == title
        assert _no_dialog(browser), page
        assert browser.execute_script("return [window.pwned, document.body.getAttribute('data-pwned'), document.images.length]") == [None, None, 0]
        srcs = browser.execute_script("return Array.from(document.scripts, s => s.getAttribute('src'));")
        assert None not in srcs, "an inline script element was created"
        for link in browser.find_elements("css selector", "a[href]"):
            assert not link.get_attribute("href").lower().startswith("javascript:")
    _open(browser, _page(run, INJECTION_ID))
    assert PAYLOAD_IMG in browser.find_element("id", "text").text


def test_index_shows_many_articles_page_by_page(tmp_path, browser):
    out = tmp_path / "out"
    writer = TableWriter(out, ["articles", "mentions", "roles", "persons", "organizations"], ("jsonl",))
    writer.write("articles", [
        {"article_id": f"gen/{n:03d}", "path": str(tmp_path / "gone" / f"{n}.txt"), "title": f"第{n}號文章", "sha1": "0"}
        for n in range(130)
    ])
    writer.write("persons", [{"article_id": f"gen/{n:03d}", "person": f"測試人{n % 7}"} for n in range(130)])
    writer.commit()
    result = CliRunner().invoke(main, ["report", str(out), "-q"])
    assert result.exit_code == 1  # the generated articles have no files
    _open(browser, out / "report" / "index.html")

    def state():
        return browser.execute_script(
            "return [document.querySelector('#articles .range').textContent, document.querySelectorAll('#articles tbody tr').length,"
            " document.querySelector('#articles tbody a').textContent, document.querySelectorAll('#people tbody tr').length];"
        )

    assert state() == ["1–50 of 130", 50, "第0號文章", 7]
    assert browser.find_element("css selector", "#articles tbody td").text == "第0號文章 (text missing)"
    next_button = browser.find_element("css selector", "#articles .next")
    next_button.click()
    assert state()[:3] == ["51–100 of 130", 50, "第50號文章"]
    next_button.click()
    assert state()[:3] == ["101–130 of 130", 30, "第100號文章"]
    assert not next_button.is_enabled()
