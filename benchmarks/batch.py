"""Batch throughput and memory: 5,000 generated articles, 1 and 2 workers.

    python benchmarks/batch.py [--articles 5000] [--workers 1,2]

Generates varied invented articles from sentence templates in a temporary folder,
runs ``python -m pipeline extract`` over it once per worker count, and prints
articles/s and the peak resident memory of the whole run (the CLI process and its
worker processes together). Peak memory is sampled from /proc (the sum over the
process tree, every 50 ms) where available; ``ru_maxrss`` of the largest single
process is printed beside it. Exits 1 when a run peaks above 1 GB.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT_MB = 1024

SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓馬阮董唐溫藍蔣石古紀姚連馮歐陽"
GIVEN = ["志明", "美玲", "國強", "嘉怡", "子軒", "詠琪", "家豪", "淑芬", "俊傑", "雅婷", "文華", "明德",
         "麗珠", "建國", "思穎", "永康", "慧敏", "偉倫", "靜宜", "立群", "浩然", "欣怡", "振宇", "佩珊"]
PLACES = ["海濱", "北嶺", "東灣", "南港", "西山", "青田", "白沙", "金澤", "雲崗", "石門", "長洲", "翠湖"]
ORG_KINDS = ["青年協會", "科技大學", "商會", "文化基金會", "醫學研究院", "同鄉聯誼會", "工商總會", "教育局",
             "創新中心", "專業人士聯盟", "體育總會", "環保學會"]
TITLES = ["會長", "副會長", "校長", "副校長", "主席", "秘書長", "院長", "局長", "主任", "執行董事", "名譽會長", "理事長"]
EVENTS = ["交流活動", "周年慶典", "論壇", "頒獎典禮", "研討會", "義工服務日", "招待會", "簽約儀式"]
FILLERS = [
    "活動吸引了{n}位嘉賓出席，現場氣氛熱烈。",
    "與會者就區域合作、人才培養和科技創新等議題深入交流。",
    "主辦單位表示，將於明年繼續舉辦同類活動。",
    "多名青年代表分享了在外地學習和工作的經驗。",
    "活動期間還舉行了展覽，介紹過去{n}年的發展成果。",
    "不少市民專程前來參觀，並對活動安排表示滿意。",
    "會上宣佈成立新的專責小組，負責跟進合作項目。",
]


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES[:-2]) + rng.choice(GIVEN)


def _org(rng: random.Random) -> str:
    return rng.choice(PLACES) + rng.choice(ORG_KINDS)


def make_article(rng: random.Random, number: int) -> str:
    """One invented article: a title line, a dateline, role sentences and filler."""
    host, guest = _org(rng), _org(rng)
    people = [(_person(rng), rng.choice(TITLES), rng.choice([host, guest])) for _ in range(rng.randint(1, 4))]
    lines = [f"{host}舉辦{rng.choice(EVENTS)}（第{number}號）", f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 10:{rng.randint(0, 59):02d}", ""]
    body = [f"本報訊 {host}昨日舉辦{rng.choice(EVENTS)}。"]
    for person, title, org in people:
        body.append(rng.choice([
            f"{org}{title}{person}在致辭時表示，各方應加強合作。",
            f"{person}{title}指出，{org}將繼續支持青年發展。",
            f"出席嘉賓包括{org}{title}{person}等。",
            f"{person}獲委任為{org}{title}，任期兩年。",
        ]))
        for _ in range(rng.randint(0, 6)):
            body.append(rng.choice(FILLERS).format(n=rng.randint(10, 500)))
    lines.append("".join(body))
    lines.append("")
    lines.append(f"【編輯：{_person(rng)}】")
    return "\n".join(lines) + "\n"


def generate(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for number in range(count):
        path = folder / f"{number // 500:02d}" / f"{number:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(make_article(rng, number), encoding="utf-8")


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, in kB (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack.extend(int(c) for c in handle.read().split())
        except (OSError, ValueError):
            continue
    return total


def run(inputs: Path, outdir: Path, workers: int) -> dict[str, float]:
    command = [sys.executable, "-m", "pipeline", "extract", str(inputs), "-o", str(outdir), "-j", str(workers), "-q"]
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=ROOT)
    peak_kb = 0
    proc_ok = os.path.exists(f"/proc/{process.pid}/status")
    while process.poll() is None:
        if proc_ok:
            peak_kb = max(peak_kb, _tree_rss_kb(process.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"extract failed with exit code {process.returncode}")
    # ru_maxrss of RUSAGE_CHILDREN: the largest single descendant waited for so far.
    largest_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    lines = (outdir / "articles.jsonl").read_text(encoding="utf-8").count("\n")
    return {"workers": workers, "articles": lines, "seconds": seconds, "rate": lines / seconds,
            "peak_mb": peak_kb / 1024 if proc_ok else float("nan"), "largest_mb": largest_kb / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="zhextract-bench-") as tmp:
        inputs = Path(tmp) / "in"
        generated = time.perf_counter()
        generate(inputs, args.articles)
        print(f"generated {args.articles} articles in {time.perf_counter() - generated:.1f} s", file=sys.stderr)
        for workers in (int(w) for w in args.workers.split(",")):
            results.append(run(inputs, Path(tmp) / f"out{workers}", workers))
    print(f"{'workers':>7}  {'articles':>8}  {'seconds':>8}  {'articles/s':>10}  {'peak RSS, all (MB)':>18}  {'largest process (MB)':>20}")
    for r in results:
        print(f"{r['workers']:>7}  {r['articles']:>8}  {r['seconds']:>8.1f}  {r['rate']:>10.1f}  {r['peak_mb']:>18.0f}  {r['largest_mb']:>20.0f}")
    print(f"cpus: {os.cpu_count()}; python {sys.version.split()[0]}; wall time includes start-up and worker warm-up")
    over = [r for r in results if r["peak_mb"] > LIMIT_MB]
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
