"""Speed of the pipeline: in-process chars/s, whole-process ratio to jieba ``posseg``,
start-up time for one article, and where the time goes (per stage).

Usage: ``python benchmarks/throughput.py [FILES_OR_FOLDERS ...] [--repeat N] [--rounds N]
[--copies N] [--skip PART,...]`` (default input: the ``seeds/`` folder).

Four parts, each repeated in ``--rounds`` rounds (at least 3) and reported as the
best and the median round, because other work on the machine makes single
timings noisy:

1. ``inprocess``: the default pipeline (normalise → sentences → segment →
   recognise → roles) over the articles, ``--repeat`` times split over the
   rounds, in this process after a warm-up: characters per second. jieba's
   ``posseg.cut`` over the OpenCC-simplified text is timed in alternating rounds
   for reference.
2. ``process``: the whole process, as a user runs it: ``zhextract extract`` with
   ``-j 1`` over ``--copies`` copies of the articles, against a Python process
   that reads the same files, simplifies them with OpenCC and runs
   ``jieba.posseg.cut`` over them (the stricter baseline: posseg is far slower on
   traditional characters). The two alternate, round by round; the ratio is
   posseg's time / zhextract's time.
3. ``startup``: ``zhextract extract INPUT -o OUT -j 0`` over the first article,
   start to finish, in a fresh process.
4. ``stages``: the share of in-process time each stage takes, after a warm-up
   pass (loading the lexicons and models is start-up: part 3).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import Document, Pipeline  # noqa: E402
from pipeline.stages.read import iter_input_files, read_file  # noqa: E402

_POSSEG_PROCESS = """
import sys, time
from pathlib import Path
import jieba, jieba.posseg, logging, opencc
jieba.setLogLevel(logging.WARNING)
converter = opencc.OpenCC("hk2s")
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    for _ in jieba.posseg.cut(converter.convert(path.read_text(encoding="utf-8"))):
        pass
"""


def _files(paths: list[str]) -> list[Path]:
    return [item.path for item in iter_input_files(paths) if hasattr(item, "path")]


def _texts(paths: list[str]) -> list[str]:
    texts = []
    for item in iter_input_files(paths):
        if hasattr(item, "path"):
            texts.extend(doc.text for doc in read_file(item).documents)
    return texts


def _rate(function, texts: list[str], repeat: int) -> float:
    chars = sum(map(len, texts)) * repeat
    started = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            function(text)
    return chars / (time.perf_counter() - started)


def _seconds(command: list[str]) -> tuple[float, float]:
    """Run ``command``; return its wall seconds and the CPU seconds (user + system)
    of it and its children, which other load on the machine moves far less."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _best_median(values: list[float], best=max) -> str:
    return f"best {best(values):,.2f}, median {statistics.median(values):,.2f}"


def in_process(texts: list[str], repeat: int, rounds: int) -> None:
    """Part 1: in-process chars/s, alternating with posseg over the simplified text."""
    import jieba.posseg

    try:
        from pipeline.shadow import shadow_of
    except ImportError:  # a checkout from before pipeline/shadow.py, measured for comparison
        from pipeline.stages.normalise import shadow_of

    pipeline = Pipeline()
    simplified = [shadow_of(text) for text in texts]

    def run_pipeline(text: str) -> None:
        pipeline(Document("bench", "", text))

    def run_posseg(text: str) -> None:
        for _ in jieba.posseg.cut(text):
            pass

    run_pipeline(texts[0])
    run_posseg(simplified[0])
    per_round = max(1, repeat // rounds)
    ours, theirs = [], []
    for _ in range(rounds):
        ours.append(_rate(run_pipeline, texts, per_round))
        theirs.append(_rate(run_posseg, simplified, per_round))
    ratios = [p / q for p, q in zip(ours, theirs)]
    print(f"in-process, {sum(map(len, texts)):,} chars × {per_round} per round, {rounds} rounds:")
    print(f"  pipeline (all stages):        {max(ours):,.0f} chars/s best, {statistics.median(ours):,.0f} median")
    print(f"  jieba posseg.cut, simplified: {max(theirs):,.0f} chars/s best, {statistics.median(theirs):,.0f} median")
    print(f"  ratio pipeline / posseg:      {_best_median(ratios)}× (paired rounds)")


def whole_process(files: list[Path], copies: int, rounds: int) -> None:
    """Part 2: ``zhextract extract -j 1`` against posseg in its own process, alternating."""
    with tempfile.TemporaryDirectory(prefix="zhextract-throughput-") as work:
        inputs = Path(work) / "in"
        inputs.mkdir()
        for number in range(copies):
            source = files[number % len(files)]
            shutil.copyfile(source, inputs / f"{number:05d}_{source.stem}.txt")
        chars = sum(len(p.read_text(encoding="utf-8")) for p in inputs.glob("*.txt"))
        zhextract = [sys.executable, "-m", "pipeline", "extract", str(inputs), "-o", str(Path(work) / "out"), "-j", "1"]
        posseg = [sys.executable, "-c", _POSSEG_PROCESS, str(inputs)]
        ours, theirs = [], []
        for _ in range(rounds):
            ours.append(_seconds(zhextract))
            theirs.append(_seconds(posseg))
    print(f"whole process, {copies} files, {chars:,} chars, {rounds} alternating rounds:")
    for what, index in (("wall", 0), ("CPU", 1)):
        mine, other = [t[index] for t in ours], [t[index] for t in theirs]
        ratios = [q / p for p, q in zip(mine, other)]
        print(f"  {what}: zhextract extract -j 1 {_best_median(mine, min)} s ({chars / min(mine):,.0f} chars/s best); "
              f"posseg on OpenCC text {_best_median(other, min)} s; ratio posseg / ours {_best_median(ratios)}× (paired rounds)")


def startup(files: list[Path], rounds: int) -> None:
    """Part 3: one article from the command line, start to finish, in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="zhextract-startup-") as work:
        article = Path(work) / "in"
        article.mkdir()
        shutil.copyfile(files[0], article / files[0].name)
        command = [sys.executable, "-m", "pipeline", "extract", str(article), "-o", str(Path(work) / "out"), "-j", "0"]
        _seconds(command)  # the first run may build the compiled lexicon cache
        times = [_seconds(command) for _ in range(rounds)]
    print(f"start-up, one article (zhextract extract … -j 0), {rounds} rounds: wall {_best_median([t[0] for t in times], min)} s; "
          f"CPU {_best_median([t[1] for t in times], min)} s")


def stage_shares(texts: list[str], repeat: int) -> None:
    """Part 4: the share of in-process time each stage takes, after a warm-up pass."""
    pipeline = Pipeline()
    # A warm-up pass first: the first call of a stage loads its lexicons and models
    # (the segmenter's dictionary, a third of a second), which is start-up, not its share.
    for text in texts:
        pipeline(Document("bench", "", text))
    spent = {stage.name: 0.0 for stage in pipeline.stages}
    for _ in range(max(1, repeat)):
        for text in texts:
            doc = Document("bench", "", text)
            for stage in pipeline.stages:
                started = time.perf_counter()
                doc = stage(doc)
                spent[stage.name] += time.perf_counter() - started
    total = sum(spent.values()) or 1.0
    print("time per stage: " + ", ".join(f"{name} {seconds / total:.0%}" for name, seconds in spent.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", default=[str(ROOT / "seeds")])
    parser.add_argument("--repeat", type=int, default=30, help="in-process passes over the articles, split over the rounds")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per part (at least 3)")
    parser.add_argument("--copies", type=int, default=300, help="input files for the whole-process part")
    parser.add_argument("--skip", default="", help="parts to leave out: inprocess, process, startup, stages")
    args = parser.parse_args(argv)
    skip = set(filter(None, args.skip.split(",")))
    rounds = max(3, args.rounds)
    texts = _texts(args.inputs)
    files = _files(args.inputs)
    if not texts:
        parser.error("no readable article in the inputs")
    if "inprocess" not in skip:
        in_process(texts, args.repeat, rounds)
    if "process" not in skip:
        whole_process(files, args.copies, rounds)
    if "startup" not in skip:
        startup(files, rounds)
    if "stages" not in skip:
        stage_shares(texts, max(1, args.repeat // 10))
    print(f"peak resident memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
