"""Measures how long the compiler takes to read tradestat's headers: each entry header (the
vocabulary, the umbrella) and each layer's headers together, as a user's translation unit that
includes them and nothing else. Prints a Markdown table for docs/performance.md.

    python3 tools/compile_time.py                      # g++ -std=c++20 -fsyntax-only, median of 5
    python3 tools/compile_time.py --compiler clang++ --runs 3
    python3 tools/compile_time.py --only vocabulary    # rows whose name contains the word
    python3 tools/compile_time.py --programs           # the docs' pipeline programs against the
                                                       # standard and third-party headers they use
    python3 tools/compile_time.py --only tradestat.hpp --tree filed=/tmp/f4f31b7 \
        --reference "Au 0.6=/tmp/au:au/au.hh" --runs 9   # beside an older tree and a third-party header
    python3 tools/compile_time.py --instructions       # instructions the compiler executes (valgrind)

Rows are timed in rounds, each round measuring every row once in a rotating order, so that a
machine whose speed drifts (a shared VM) slows all rows alike. `--tree NAME=DIR` adds the rows of
another tree (DIR or DIR/include holds its `tradestat/`), for instance an older commit unpacked by
`git archive <commit> include | tar -x -C DIR`; `--reference LABEL=DIR:HEADER` adds a header of
another library, compiled with `-IDIR`. `--instructions` counts the instructions the compiler
proper (cc1plus) executes, under valgrind's cachegrind: the same on every run and on a loaded
machine, where seconds are not, though it leaves out the memory stalls that seconds include.

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


def layer_headers(layer, include=INCLUDE):
    found = []
    for path in sorted((include / "tradestat" / layer).glob("**/*.hpp")):
        name = path.relative_to(include).as_posix()
        if "/detail/" in name or re.search(r"(^|/)fmt\.hpp$", name):
            continue
        found.append(name)
    return found


def rows(include=INCLUDE, suffix=""):
    """(label, include folder, headers) of each translation unit measured in a tree."""
    out = []
    for entry in ENTRY_HEADERS:
        if (include / entry).exists():
            out.append((f"`<{entry}>`{suffix}", include, [entry]))
    for layer in LAYERS:
        headers = layer_headers(layer, include)
        if not headers:
            continue
        vocabulary = [h for h in headers if "/catalogue/" not in h]
        catalogue = [h for h in headers if "/catalogue/" in h]
        out.append((f"`{layer}/` (all {len(headers)} headers){suffix}", include, headers))
        if catalogue:
            out.append((f"`{layer}/` without `catalogue/` ({len(vocabulary)}){suffix}", include, vocabulary))
    return out


def tree_rows(trees):
    """The rows of each --tree NAME=DIR."""
    out = []
    for spec in trees:
        name, sep, folder = spec.partition("=")
        if not sep:
            sys.exit(f"--tree {spec}: expected NAME=DIR")
        include = Path(folder) / "include" if (Path(folder) / "include" / "tradestat").is_dir() else Path(folder)
        if not (include / "tradestat").is_dir():
            sys.exit(f"--tree {spec}: no tradestat/ folder in {folder} or {folder}/include")
        out += rows(include, f" of {name}")
    return out


def reference_rows(references):
    """The rows of each --reference LABEL=DIR:HEADER."""
    out = []
    for spec in references:
        label, sep, rest = spec.partition("=")
        folder, colon, header = rest.rpartition(":")
        if not sep or not colon or not (Path(folder) / header).is_file():
            sys.exit(f"--reference {spec}: expected LABEL=DIR:HEADER with DIR/HEADER a file")
        out.append((f"`{header}` ({label})", Path(folder), [header]))
    return out


def instructions(compiler, source, include):
    """Instructions the compiler proper executes on the file (valgrind's cachegrind; the driver's
    own are left out by taking the largest count of the processes it starts)."""
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--trace-children=yes",
                           "--cachegrind-out-file=/dev/null", compiler, "-std=c++20", "-fsyntax-only",
                           f"-I{include}", str(source)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True)
    counts = [int(n.replace(",", "")) for n in re.findall(r"I\s+refs:\s+([\d,]+)", done.stderr)]
    if done.returncode != 0 or not counts:
        sys.exit(f"valgrind {compiler} failed on {source}:\n{done.stderr[-4000:]}")
    return max(counts)


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


def time_once(compiler, source, clock, flags=("-fsyntax-only",), include=INCLUDE):
    """Seconds of one compile: the compiler's own CPU time (user + system, which other work on a
    shared machine barely disturbs) or the wall clock."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([compiler, "-std=c++20", *flags, f"-I{include}", str(source)],
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
    parser.add_argument("--only", default="", help="measure only tradestat rows whose name contains this")
    parser.add_argument("--clock", choices=["cpu", "wall"], default="cpu",
                        help="cpu: the compiler's user + system time (default); wall: elapsed time")
    parser.add_argument("--programs", action="store_true",
                        help="instead: compile (-O2 -c) the docs' pipeline programs, each next to a file "
                             "of only the standard and third-party headers it uses")
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=DIR",
                        help="also measure the headers of another tree (DIR or DIR/include holds tradestat/)")
    parser.add_argument("--reference", action="append", default=[], metavar="LABEL=DIR:HEADER",
                        help="also measure another library's header, compiled with -IDIR")
    parser.add_argument("--instructions", action="store_true",
                        help="count the compiler's instructions under valgrind (one run a row) instead of timing")
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
    units = [u for u in rows() + tree_rows(args.tree) if args.only in u[0]]
    units += reference_rows(args.reference)  # --only picks tradestat rows; references always come
    with tempfile.TemporaryDirectory() as tmp:
        sources = []
        for i, (_, _, headers) in enumerate(units):
            sources.append(Path(tmp) / f"tu{i}.cpp")
            sources[-1].write_text("".join(f"#include <{h}>\n" for h in headers), encoding="utf-8")
        if args.instructions:
            if subprocess.run(["valgrind", "--version"], capture_output=True).returncode != 0:
                sys.exit("--instructions needs valgrind (apt-get install valgrind)")
            print(f"{version}; `{args.compiler} -std=c++20 -fsyntax-only` under valgrind's cachegrind, "
                  f"instructions of the compiler proper\n")
            print("| translation unit that includes | instructions (billions) |")
            print("| --- | ---: |")
            for (label, include, _), source in zip(units, sources):
                print(f"| {label} | {instructions(args.compiler, source, include) / 1e9:.2f} |", flush=True)
            return 0
        print(f"{version}; {cpu}, {os.cpu_count()} cores; `{args.compiler} -std=c++20 -fsyntax-only`, "
              f"median of {args.runs} rounds, "
              f"{'CPU (user + system)' if args.clock == 'cpu' else 'wall-clock'} seconds\n")
        for (_, include, _), source in zip(units, sources):
            time_once(args.compiler, source, args.clock, include=include)  # warm the file cache
        times = [[] for _ in units]
        for r in range(args.runs):  # each round every row once, starting one row later each round
            for k in range(len(units)):
                i = (k + r) % len(units)
                times[i].append(time_once(args.compiler, sources[i], args.clock, include=units[i][1]))
        print("| translation unit that includes | seconds (median) | min | max |")
        print("| --- | --- | --- | --- |")
        for (label, _, _), t in zip(units, times):
            print(f"| {label} | {statistics.median(t):.2f} | {min(t):.2f} | {max(t):.2f} |")
    return 0


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
