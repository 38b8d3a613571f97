"""Measures how long the compiler takes to read tradestat's headers: each entry header (the
vocabulary, the umbrella) and each layer's headers together, as a user's translation unit that
includes them and nothing else. Prints a Markdown table for docs/performance.md.

    python3 tools/compile_time.py                      # g++ -std=c++20 -fsyntax-only, median of 5
    python3 tools/compile_time.py --compiler clang++ --runs 3
    python3 tools/compile_time.py --only vocabulary    # rows whose name contains the word

Each row is `<compiler> -std=c++20 -fsyntax-only -Iinclude` of a file holding the includes, timed
from the outside as the compiler's CPU time (user + system; `--clock wall` for elapsed time), median of the runs; the first, unmeasured run warms the file cache.
Headers named fmt.hpp (they need the optional {fmt}) and detail/ headers (included by the headers
that use them) are left out, as in the umbrella.
"""
import argparse
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INCLUDE = ROOT / "include"
LAYERS = ["units", "calendar", "codes", "data", "analysis", "report"]
ENTRY_HEADERS = ["tradestat/vocabulary.hpp", "tradestat/tradestat.hpp"]


def layer_headers(layer):
    found = []
    for path in sorted((INCLUDE / "tradestat" / layer).glob("**/*.hpp")):
        name = path.relative_to(INCLUDE).as_posix()
        if "/detail/" in name or re.search(r"(^|/)fmt\.hpp$", name):
            continue
        found.append(name)
    return found


def rows():
    out = []
    for entry in ENTRY_HEADERS:
        if (INCLUDE / entry).exists():
            out.append((f"`<{entry}>`", [entry]))
    for layer in LAYERS:
        headers = layer_headers(layer)
        if not headers:
            continue
        vocabulary = [h for h in headers if "/catalogue/" not in h]
        catalogue = [h for h in headers if "/catalogue/" in h]
        out.append((f"`{layer}/` (all {len(headers)} headers)", headers))
        if catalogue:
            out.append((f"`{layer}/` without `catalogue/` ({len(vocabulary)})", vocabulary))
    return out


def time_once(compiler, source, clock):
    """Seconds of one compile: the compiler's own CPU time (user + system, which other work on a
    shared machine barely disturbs) or the wall clock."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([compiler, "-std=c++20", "-fsyntax-only", f"-I{INCLUDE}", str(source)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{compiler} failed on {source}:\n{done.stderr[:4000]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu if clock == "cpu" else wall


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compiler", default="g++")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="", help="measure only rows whose name contains this")
    parser.add_argument("--clock", choices=["cpu", "wall"], default="cpu",
                        help="cpu: the compiler's user + system time (default); wall: elapsed time")
    args = parser.parse_args()

    version = subprocess.run([args.compiler, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    print(f"{version}; {cpu}, {os.cpu_count()} cores; `{args.compiler} -std=c++20 -fsyntax-only`, "
          f"median of {args.runs}, {'CPU (user + system)' if args.clock == 'cpu' else 'wall-clock'} seconds\n")
    print("| translation unit that includes | seconds (median) | min | max |")
    print("| --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for label, headers in rows():
            if args.only and args.only not in label:
                continue
            source = Path(tmp) / "tu.cpp"
            source.write_text("".join(f"#include <{h}>\n" for h in headers), encoding="utf-8")
            time_once(args.compiler, source, args.clock)  # warm the file cache
            times = [time_once(args.compiler, source, args.clock) for _ in range(args.runs)]
            print(f"| {label} | {statistics.median(times):.2f} | {min(times):.2f} | {max(times):.2f} |",
                  flush=True)


if __name__ == "__main__":
    main()
