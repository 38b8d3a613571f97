"""Measures how long the compiler takes to read tradestat's headers: each entry header (the
vocabulary, the umbrella) and each layer's headers together, as a user's translation unit that
includes them and nothing else. Prints a Markdown table for docs/performance.md.

    python3 tools/compile_time.py                      # g++ -std=c++20 -fsyntax-only, median of 5
    python3 tools/compile_time.py --compiler clang++ --runs 3
    python3 tools/compile_time.py --only vocabulary    # rows whose name contains the word
    python3 tools/compile_time.py --programs           # the docs' pipeline programs against the
                                                       # standard and third-party headers they use

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


# Programs whose compile time is compared with that of the third-party and standard headers they use
# (issue 13): the docs' pipeline example and the benchmark's program written as the docs teach.
PROGRAMS = ["examples/pipelines.cpp", "benchmarks/pipeline/pipeline_docs.cpp"]


def search_dirs(compiler):
    """The compiler's system include directories, longest first."""
    done = subprocess.run([compiler, "-std=c++20", "-E", "-x", "c++", "-", "-v"], input="", capture_output=True,
                          text=True)
    dirs, inside = [], False
    for line in done.stderr.splitlines():
        if line.startswith("#include <...> search starts here"):
            inside = True
        elif line.startswith("End of search list"):
            inside = False
        elif inside:
            dirs.append(os.path.normpath(line.strip()))
    return sorted(dirs, key=len, reverse=True)


def external_headers(compiler, program):
    """The standard and third-party headers a program reaches first, from its own includes or from
    tradestat's headers (not what those headers include in turn), spelled as an #include names them."""
    done = subprocess.run([compiler, "-std=c++20", "-fsyntax-only", "-H", f"-I{INCLUDE}", str(program)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"{compiler} failed on {program}:\n{done.stderr[:4000]}")
    dirs = search_dirs(compiler)
    ours = [True]  # ours[d]: the header at depth d is the program or one of tradestat's
    found = []
    for line in done.stderr.splitlines():
        m = re.match(r"^(\.+) (.*)$", line)
        if not m:
            continue
        depth, path = len(m.group(1)), os.path.normpath(m.group(2))
        mine = path.startswith(str(INCLUDE))
        del ours[depth:]
        if not mine and ours[depth - 1]:
            name = next((path[len(d) + 1:] for d in dirs if path.startswith(d + "/")), path)
            if name not in found:
                found.append(name)
        ours.append(mine)
    return found


def time_once(compiler, source, clock, flags=("-fsyntax-only",)):
    """Seconds of one compile: the compiler's own CPU time (user + system, which other work on a
    shared machine barely disturbs) or the wall clock."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([compiler, "-std=c++20", *flags, f"-I{INCLUDE}", str(source)],
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
    parser.add_argument("--programs", action="store_true",
                        help="instead: compile (-O2 -c) the docs' pipeline programs, each next to a file "
                             "of only the standard and third-party headers it uses")
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
    if args.programs:
        return programs(args, version, cpu)
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


def programs(args, version, cpu):
    flags = ("-O2", "-c", "-o", os.devnull)
    print(f"{version}; {cpu}, {os.cpu_count()} cores; `{args.compiler} -std=c++20 -O2 -c`, "
          f"median of {args.runs}, {'CPU (user + system)' if args.clock == 'cpu' else 'wall-clock'} seconds\n")
    print("| program | the program | its #include lines alone | only the standard and third-party headers "
          "they reach | tradestat's headers cost |")
    print("| --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for program in PROGRAMS:
            path = ROOT / program
            if args.only and args.only not in program:
                continue
            includes = Path(tmp) / "includes.cpp"
            lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.startswith("#include")]
            includes.write_text("\n".join(lines) + "\nint main() { return 0; }\n", encoding="utf-8")
            bare = Path(tmp) / "bare.cpp"
            headers = external_headers(args.compiler, path)
            bare.write_text("".join(f"#include <{h}>\n" for h in headers) + "int main() { return 0; }\n",
                            encoding="utf-8")
            measured = []
            for source in (path, includes, bare):
                time_once(args.compiler, source, args.clock, flags)  # warm the file cache
                measured.append(statistics.median(time_once(args.compiler, source, args.clock, flags)
                                                  for _ in range(args.runs)))
            full, alone, base = measured
            third = ", ".join(h for h in headers if "/" in h and not h.startswith(("bits/", "sys/")))
            print(f"| `{program}` | {full:.2f} | {alone:.2f} | {base:.2f} ({len(headers)} headers; "
                  f"third-party: {third or 'none'}) | {alone - base:.2f} |", flush=True)
    return 0

if __name__ == "__main__":
    main()
