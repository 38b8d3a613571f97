#!/usr/bin/env python3
"""Without --threads, `tradestat summary` reads a large regular file on more than one thread (one
per processor it may run on, no part under 16 MiB: data/split.hpp's default_part_count), and the
output is the same as with --threads 1. The driver writes a canonical file of about 40 MiB (two
parts of 16 MiB or more), runs the tool on it and counts the tool's threads (/proc/PID/task) as
often as it can while it reads: at least 2 without --threads, exactly 1 with --threads 1 and when
the file comes through standard input (a pipe is read whole).

Skipped (exit 77, with the reason) when this process may run on a single processor (the tool
would then rightly use one thread) or when /proc is not there.

usage: default_threads.py --tool PATH --dir DIR [--mib M]"""
import argparse
import os
import subprocess
import sys

# The synthetic canonical file of the streaming test (tests/cli/streaming.py, beside this script).
from streaming import write_file

SKIP = 77


def run_counting_threads(command, stdin_path=None):
    """Runs the command; returns (exit status, stdout, stderr, the most threads seen at once)."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        p = subprocess.Popen(command, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        task = f"/proc/{p.pid}/task"
        most = 0
        while p.poll() is None:
            try:
                most = max(most, len(os.listdir(task)))
            except OSError:  # the process ended between poll() and listdir()
                break
        out, err = p.communicate()
        return p.returncode, out, err, most
    finally:
        if stdin_path:
            stdin.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--mib", type=int, default=40)
    args = parser.parse_args()
    if not os.path.isdir("/proc/self/task"):
        print("SKIP: no /proc/PID/task here, so the tool's threads cannot be counted")
        return SKIP
    processors = len(os.sched_getaffinity(0))
    if processors < 2:
        print(f"SKIP: this process may run on {processors} processor: the tool reads on one thread then")
        return SKIP
    os.makedirs(args.dir, exist_ok=True)
    path = os.path.join(args.dir, "large.csv")
    rows = args.mib * (1 << 20) // 72 + 1  # the rows are 72 to 78 bytes: a little over M MiB
    write_file(path, rows)
    size = os.path.getsize(path)
    if size < 32 << 20:
        print(f"FAILED: the generated file has {size} bytes, under the 32 MiB two parts need")
        return 1

    failures = []
    results = {}
    for name, command, stdin_path in [
        ("default", [args.tool, "summary", path, "--by", "partner"], None),
        ("--threads 1", [args.tool, "summary", path, "--by", "partner", "--threads", "1"], None),
        ("standard input", [args.tool, "summary", "-", "--by", "partner"], path),
    ]:
        rc, out, err, most = run_counting_threads(command, stdin_path)
        print(f"{name}: exit {rc}, at most {most} threads seen")
        if rc != 0:
            failures.append(f"{name}: exit {rc}: {err.decode(errors='replace')}")
        results[name] = (out, most)
    if not failures:
        default_threads = results["default"][1]
        if default_threads < 2:
            failures.append(f"without --threads the tool ran on {default_threads} thread(s) on a {size}-byte file, "
                            f"with {processors} processors available: expected 2 or more")
        for name in ("--threads 1", "standard input"):
            if results[name][1] != 1:
                failures.append(f"{name}: {results[name][1]} threads seen, expected 1")
        if results["default"][0] != results["--threads 1"][0]:
            failures.append("the output without --threads differs from the output with --threads 1")
        # The first line names the files ("-" for standard input); the figures must match all the same.
        def figures(out):
            return out.split(b"\n", 1)[1]

        if figures(results["standard input"][0]) != figures(results["--threads 1"][0]):
            failures.append("the output read from standard input differs from the file's")
    os.remove(path)
    for f in failures:
        print("FAILED: " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
