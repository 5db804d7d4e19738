"""The Dask engine against the local engine, and the client's memory on a long run.

    python benchmarks/scale.py [--articles 20000] [--ids 1000000]   (--ids 0: no simulated run)

1. Generates ``--articles`` invented articles (benchmarks/batch.py's generator) and
   runs the extraction on the local engine (2 worker processes) and on a Dask
   LocalCluster of 1 and 2 worker processes (with the default timeout, so each
   Dask worker hands its files to a process of its own; and 2 workers with
   ``--timeout 0``, processing in the Dask workers), each in a fresh Python
   process. Prints articles/s, the overhead of Dask against the local engine
   with as many workers (its time / the local engine's time - 1), the peak
   resident memory of the client (for Dask, the client process holds the
   scheduler too) and of each worker (``ru_maxrss``; for Dask, the worker and
   the process it hands files to), and checks that the tables are byte-identical.
2. Maps ``--ids`` article ids through the Dask engine's task loop
   (:func:`pipeline.cluster.dask_outcomes`) with a no-op task, on a scheduler and
   2 workers started as processes of their own (``dask scheduler``, ``dask
   worker``) as on a cluster, and prints the client's resident memory after each
   tenth of the ids: at most a window of tasks is in flight and outcomes are
   released as they are written. The input list itself (one small object per
   id, with its path's string) is built before the first sample.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]


def _rss_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _dask_worker_peaks() -> list[float]:
    """In a Dask worker: its peak memory and that of the process it hands files to (0 without a timeout)."""
    from pipeline import cluster

    return [_peak_mb(), cluster.kept_process_peak_mib]


def one_run(engine: str, workers: int, inputs: str, outdir: str, timeout: float) -> dict:
    """Run one extraction in this process; return its figures."""
    import dask
    from distributed import Client, LocalCluster

    from pipeline.cluster import SCHEDULER_CONFIG, WORKER_CONFIG
    from pipeline.runner import extract

    started = time.perf_counter()
    if engine == "local":
        summary = extract([inputs], outdir, formats=("jsonl", "parquet"), workers=workers, timeout=timeout)
        worker_peaks = [[resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024]]
    else:
        with dask.config.set({**SCHEDULER_CONFIG, **WORKER_CONFIG}):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
            summary = extract([inputs], outdir, formats=("jsonl", "parquet"), engine="dask", scheduler=cluster.scheduler_address, timeout=timeout)
            worker_peaks = sorted(client.run(_dask_worker_peaks).values())
            client.close()
            cluster.close()
    seconds = time.perf_counter() - started
    return {"engine": engine, "workers": workers, "timeout": timeout, "articles": summary.n_articles, "seconds": seconds,
            "client_mb": _peak_mb(), "worker_mb": worker_peaks}


def _noop_task(files, init_args, timeout=None):  # noqa: ARG001 - the signature of cluster.process_task
    from pipeline.cluster import encode_task
    from pipeline.runner import FileOutcome

    return encode_task([FileOutcome(index, path, "processed", [], 0.0) for index, path, _, _ in files])


def simulated_run(ids: int) -> dict:
    """Map ``ids`` ids through the Dask engine's loop with a no-op task; client RSS per tenth."""
    from pathlib import PurePosixPath

    from pipeline import cluster
    from pipeline.stages.read import InputFile

    root = PurePosixPath("/nonexistent")
    items = [InputFile(root / f"{i}.txt", root, str(i)) for i in range(ids)]
    for item in items:  # a path object keeps its string once made; make them all now
        str(item.path)
    cluster.process_task = _noop_task  # defined in __main__: sent to the workers by value
    # The scheduler and the workers in processes of their own, as on a cluster.
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "benchmarks"), os.environ.get("PYTHONPATH", "")]))
    with socket.socket() as probe:  # a free port: another run of this script may hold a fixed one
        probe.bind(("127.0.0.1", 0))
        port = str(probe.getsockname()[1])
    processes = [subprocess.Popen(["dask", "scheduler", "--port", port, "--no-dashboard"], stderr=subprocess.DEVNULL, env=env)]
    try:
        time.sleep(3)
        processes.append(subprocess.Popen(
            ["dask", "worker", f"tcp://127.0.0.1:{port}", "--nworkers", "2", "--nthreads", "1", "--no-dashboard"],
            stderr=subprocess.DEVNULL, env=env,
        ))
        time.sleep(5)
        samples = [("listed", _rss_mb())]
        started = time.perf_counter()
        outcomes = cluster.dask_outcomes(
            items, (None, (), False, None, "", False), 2, scheduler=f"tcp://127.0.0.1:{port}", files_per_task=1000,
        )
        for number, _ in enumerate(outcomes, 1):
            if number % (ids // 10) == 0:
                samples.append((f"{number:,}", _rss_mb()))
        seconds = time.perf_counter() - started
    finally:
        for process in reversed(processes):
            process.terminate()
            process.wait()
    return {"ids": ids, "seconds": seconds, "samples": samples}


def _child(*args: str) -> dict:
    output = subprocess.run([sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True).stdout
    return json.loads(output.splitlines()[-1])


def _identical(first: Path, second: Path) -> bool:
    names = sorted(p.name for p in first.iterdir() if p.is_file() and p.name != "manifest.json")
    return all((first / n).read_bytes() == (second / n).read_bytes() for n in names)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--ids", type=int, default=1_000_000)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        result = simulated_run(int(rest[0])) if kind == "sim" else one_run(kind, int(rest[0]), rest[1], rest[2], float(rest[3]))
        print(json.dumps(result))
        return 0
    from batch import generate

    def show(line: str) -> None:  # each figure as soon as it is measured
        print(line, flush=True)

    if args.ids:
        sim = _child("sim", str(args.ids))
        show(f"simulated run: {sim['ids']:,} ids, no-op tasks of 1,000, scheduler + 2 workers in their own processes, {sim['seconds']:.1f} s; client RSS (MB):")
        show("  " + ", ".join(f"{label}: {mb:.0f}" for label, mb in sim["samples"]))
    show(f"{'engine':>6} {'workers':>7} {'timeout':>7} {'articles':>8} {'seconds':>8} {'articles/s':>10} {'client MB':>9}  "
         "worker MB (peak each; Dask: worker / the process it hands files to)")
    with tempfile.TemporaryDirectory(prefix="zhextract-scale-") as tmp:
        inputs = Path(tmp) / "in"
        generate(inputs, args.articles)
        plan = [("local", 2, 120), ("dask", 1, 120), ("dask", 2, 120), ("dask", 2, 0)]
        runs = []
        for engine, workers, timeout in plan:
            r = _child(engine, str(workers), str(inputs), f"{tmp}/{engine}{workers}-{timeout}", str(timeout))
            runs.append(r)
            peaks = ", ".join(" / ".join(f"{m:.0f}" for m in w) for w in r["worker_mb"])
            show(f"{r['engine']:>6} {r['workers']:>7} {r['timeout']:>7.0f} {r['articles']:>8} {r['seconds']:>8.1f} "
                 f"{r['articles'] / r['seconds']:>10.1f} {r['client_mb']:>9.0f}  {peaks}")
        same = all(_identical(Path(tmp) / "local2-120", Path(tmp) / f"dask{w}-{t}") for _, w, t in plan[1:])
    local = runs[0]["seconds"]
    show(f"Dask overhead against the local engine, 2 workers each: {runs[2]['seconds'] / local - 1:+.0%} "
         f"(--timeout 0: {runs[3]['seconds'] / local - 1:+.0%}); tables byte-identical: {same}")
    print(f"cpus: {os.cpu_count()}; python {sys.version.split()[0]}; wall time includes cluster start and worker warm-up")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
