#!/usr/bin/env python3
"""Issue 11's pipeline benchmark, end to end: builds the benchmarks (Release, the `bench` preset),
generates the 10-million-row canonical CSV into build/pipeline-data/ (never committed), runs the
end-to-end programs in interleaved rounds, checks that they all print the generator's answers, and
prints wall time and peak resident memory with the ratio to the hand-written program taken within
each round (median of the per-round ratios). Then the in-memory benchmark (10 million records,
library pipelines against hand-written loops, Google Benchmark with interleaved repetitions).

The end-to-end rounds include issue 13's peers, the same job in DuckDB and Polars (Node.js) and
pandas (benchmarks/peers/), when they are installed (benchmarks/peers/install.sh, or
--install-peers); one that is not is skipped with the reason. A program whose answers differ from
the generator's stops the run, naming the first differing line.

    python3 benchmarks/run_pipeline_benchmark.py [--rounds 5] [--rows 10000000] [--no-build]
                                                 [--only e2e|memory] [--install-peers | --no-peers]

Run it from the repository root. Targets: end to end, docs' program / hand-written <= 1.5;
in memory, library / hand-written <= 1.05.
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "bench"
PIPELINE = BUILD / "benchmarks" / "pipeline"
DATA = ROOT / "build" / "pipeline-data"

PEERS = ROOT / "benchmarks" / "peers"
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, where python3-pandas installs (not a pyenv or venv one)

# (name shown, command with {csv} for the file, what it needs); the first is the baseline of the
# ratios; {version} in a name is the installed version. What it needs: None, the command's program itself (a built target: absent when not built);
# ("node", package), a package in benchmarks/peers/node_modules; ("python", module), a module of
# SYSTEM_PYTHON. Each must print the answers in the form of benchmarks/pipeline/answers.hpp.
PROGRAMS = [
    ("hand-written, fused, 2 threads", [PIPELINE / "tradestat_pipeline_hand", "{csv}", "--threads", "2"], None),
    ("tradestat, as the docs teach it", [PIPELINE / "tradestat_pipeline_docs", "{csv}"], None),
    ("the same with a user-defined dense year key (not in the docs)",
     [PIPELINE / "tradestat_pipeline_docs_dense_year", "{csv}"], None),
    ("DuckDB {version} (Node.js), SQL", ["node", PEERS / "duckdb_job.mjs", "{csv}"], ("node", "@duckdb/node-api")),
    ("Polars {version} (Node.js), lazy scan", ["node", PEERS / "polars_job.mjs", "{csv}"], ("node", "nodejs-polars")),
    ("pandas {version}, read_csv", [SYSTEM_PYTHON, PEERS / "pandas_job.py", "{csv}"], ("python", "pandas")),
]
MEMORY_PAIRS = [("sum", "sum_hand", "sum_library"),
                ("sum_by partner", "sum_by_partner_hand", "sum_by_partner_library"),
                ("compare by partner group", "compare_groups_hand", "compare_groups_library")]
TARGETS = ["tradestat_make_trade_csv", "tradestat_pipeline_hand", "tradestat_pipeline_docs",
           "tradestat_pipeline_docs_dense_year",
           "tradestat_bench_pipeline_records"]


def run(cmd, **kw):
    print("+", " ".join(str(c) for c in cmd), file=sys.stderr, flush=True)
    return subprocess.run(cmd, check=True, **kw)


def build():
    env = dict(os.environ)
    run(["cmake", "--preset", "bench"], cwd=ROOT, stdout=subprocess.DEVNULL, env=env)
    # Build what exists: a target whose API has not landed yet is simply absent.
    targets = subprocess.run(["cmake", "--build", str(BUILD), "--target", "help"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout
    wanted = [t for t in TARGETS if t + ":" in targets or (" " + t) in targets]
    run(["cmake", "--build", str(BUILD), "--target", *wanted], cwd=ROOT, env=env)


def install_peers():
    run(["sh", str(PEERS / "install.sh")], cwd=ROOT)


def availability(cmd, needs):
    """(version or "", None) when the program can run, or (None, the reason it cannot)."""
    if needs is None:
        return ("", None) if Path(cmd[0]).exists() else (None, "not built")
    kind, name = needs
    if kind == "node":
        if shutil.which("node") is None:
            return None, "node not found"
        manifest = PEERS / "node_modules" / name / "package.json"
        if not manifest.exists():
            return None, f"{name} not installed (sh benchmarks/peers/install.sh, or --install-peers)"
        return json.loads(manifest.read_text())["version"], None
    probe = subprocess.run([SYSTEM_PYTHON, "-c", f"import {name}; print({name}.__version__)"],
                           capture_output=True, text=True) if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        return None, f"{SYSTEM_PYTHON} has no {name} (apt-get install python3-{name}, or --install-peers)"
    return probe.stdout.strip(), None


def first_difference(got, expected):
    """The first line where got differs from expected, as a message."""
    g, e = got.decode(errors="replace").splitlines(), expected.decode(errors="replace").splitlines()
    for i, (a, b) in enumerate(zip(g, e), start=1):
        if a != b:
            return f"line {i}: expected {b!r}, got {a!r}"
    if len(g) < len(e):
        return f"line {len(g) + 1}: expected {e[len(g)]!r}, got the end of the output"
    return f"line {len(e) + 1}: expected the end of the output, got {g[len(e)]!r}"


def generate(rows):
    DATA.mkdir(parents=True, exist_ok=True)
    csv = DATA / f"trade_{rows}.csv"
    answers = Path(str(csv) + ".answers")
    if not csv.exists() or not answers.exists():
        run([PIPELINE / "tradestat_make_trade_csv", csv, "--rows", str(rows)])
    return csv, answers


def sample_rss(pid, peaks, stop):
    """Largest RssAnon and RssFile (MB) seen in /proc/PID/status, sampled every 5 ms: approximate
    peaks of anonymous and file-backed memory apart (getrusage gives only their sum's peak)."""
    path = f"/proc/{pid}/status"
    while not stop.is_set():
        try:
            with open(path) as f:
                for line in f:
                    if line.startswith(("RssAnon:", "RssFile:")):
                        key, kb = line.split()[:2]
                        peaks[key] = max(peaks.get(key, 0.0), int(kb) / 1024.0)
        except OSError:
            return
        stop.wait(0.005)


def timed(cmd, capture=True):
    """Wall seconds, CPU seconds (user + system), peak RSS in MB (the child's rusage, from wait4),
    sampled peaks of anonymous and file-backed RSS, and standard output (discarded unless captured)."""
    start = time.perf_counter()
    proc = subprocess.Popen([str(c) for c in cmd], stdout=subprocess.PIPE if capture else subprocess.DEVNULL)
    peaks, stop = {}, threading.Event()
    sampler = threading.Thread(target=sample_rss, args=(proc.pid, peaks, stop))
    sampler.start()
    out = proc.stdout.read() if capture else b""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{cmd[0]} failed with exit code {code}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024.0,
            "anon": peaks.get("RssAnon:", 0.0), "file": peaks.get("RssFile:", 0.0), "out": out}


def end_to_end(rounds, rows, peers=True):
    csv, answers = generate(rows)
    expected = answers.read_bytes()
    present, absent = [], []
    for name, cmd, needs in PROGRAMS:
        if needs is not None and not peers:
            continue
        version, reason = availability(cmd, needs)
        if reason is not None:
            name = name.replace(" {version}", "")
            print(f"skipped: {name}: {reason}", file=sys.stderr, flush=True)
            absent.append((name, reason))
            continue
        shown = name.replace("{version}", version)
        present.append((shown, [str(c).replace("{csv}", str(csv)) for c in cmd]))
    subprocess.run(["cat", str(csv)], stdout=subprocess.DEVNULL, check=True)  # into the page cache
    results = {name: [] for name, _ in present}
    for r in range(rounds):
        order = present[r % len(present):] + present[:r % len(present)]  # rotate the order each round
        for name, cmd in order:
            m = timed(cmd)
            if m["out"] != expected:
                bad = DATA / (Path(cmd[1] if cmd[0] in ("node", SYSTEM_PYTHON) else cmd[0]).stem + ".out")
                bad.write_bytes(m["out"])
                raise SystemExit(f"FAILED: {name}: answers differ from {answers}, "
                                 f"{first_difference(m['out'], expected)} (its whole output is in {bad})")
            results[name].append(m)
        line = ", ".join(f"{name}: {results[name][-1]['wall']:.3f} s" for name, _ in present)
        print(f"round {r + 1}: {line}", file=sys.stderr, flush=True)
    cat = [timed(["cat", csv], capture=False)["wall"] for _ in range(3)]
    base = results[present[0][0]]
    print(f"\nEnd to end, {rows:,} rows, {csv.stat().st_size / 1e6:.0f} MB (file in the page cache), "
          f"{rounds} interleaved rounds; every program printed the generator's answers.\n")
    print("| program | wall time, median (min-max) | CPU time, median | peak RSS (anonymous / file, sampled) "
          "| ratio to hand-written, wall (median of rounds, min-max) | ratio, CPU time |")
    print("| --- | --- | --- | --- | --- | --- |")
    med = statistics.median
    for name, _ in present:
        runs = results[name]
        walls = [m["wall"] for m in runs]
        ratios = [m["wall"] / b["wall"] for m, b in zip(runs, base)]
        cpu_ratios = [m["cpu"] / b["cpu"] for m, b in zip(runs, base)]
        print(f"| {name} | {med(walls):.3f} s ({min(walls):.3f}-{max(walls):.3f}) | "
              f"{med(m['cpu'] for m in runs):.3f} s | {med(m['rss'] for m in runs):.0f} MB "
              f"({med(m['anon'] for m in runs):.1f} / {med(m['file'] for m in runs):.0f}) | {med(ratios):.2f} "
              f"({min(ratios):.2f}-{max(ratios):.2f}) | {med(cpu_ratios):.2f} |")
    for name, reason in absent:
        print(f"| {name} | absent: {reason} | | | | |")
    print(f"| `cat` of the file (to /dev/null) | {med(cat):.3f} s | | | | |")


def in_memory(rows, repetitions):
    exe = BUILD / "benchmarks" / "tradestat_bench_pipeline_records"
    if not exe.exists():
        print("\nIn memory: tradestat_bench_pipeline_records not built (Google Benchmark missing?)")
        return
    out = subprocess.run([str(exe), "--rows", str(rows), f"--benchmark_repetitions={repetitions}",
                          "--benchmark_enable_random_interleaving=true", "--benchmark_format=json"],
                         check=True, capture_output=True, text=True).stdout
    runs = [b for b in json.loads(out)["benchmarks"] if b.get("run_type") == "iteration"]
    by_name = {}
    for b in runs:
        by_name.setdefault(b["run_name"], []).append(b)
    print(f"\nIn memory, {rows:,} records ({repetitions} interleaved repetitions, CPU time per pass; "
          "ratio: median of the per-repetition ratios).\n")
    print("| pipeline | hand-written loop | library | ratio library / hand |")
    print("| --- | --- | --- | --- |")
    for label, hand, lib in MEMORY_PAIRS:
        h = [b["cpu_time"] for b in by_name.get(hand, [])]
        if lib not in by_name:
            print(f"| {label} | {statistics.median(h):.1f} ms | absent: its API has not landed | |")
            continue
        li = [b["cpu_time"] for b in by_name[lib]]
        ratios = [x / y for x, y in zip(li, h)]
        print(f"| {label} | {statistics.median(h):.1f} ms | {statistics.median(li):.1f} ms | "
              f"{statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f}) |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--only", choices=["e2e", "memory"])
    peers = parser.add_mutually_exclusive_group()
    peers.add_argument("--install-peers", action="store_true",
                       help="run benchmarks/peers/install.sh first (apt-get, npm ci)")
    peers.add_argument("--no-peers", action="store_true", help="leave DuckDB, Polars and pandas out")
    args = parser.parse_args()
    if args.install_peers:
        install_peers()
    if not args.no_build:
        build()
    load = os.getloadavg()
    print(f"Machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
          f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at the start; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    if args.only != "memory":
        end_to_end(args.rounds, args.rows, peers=not args.no_peers)
    if args.only != "e2e":
        in_memory(args.rows, args.rounds)
    load = os.getloadavg()
    print(f"\nLoad average at the end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
