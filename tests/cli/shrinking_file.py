#!/usr/bin/env python3
"""A file that another process shortens while `tradestat summary` reads it: the tool must stop with
exit status 1 and a message naming the file ("PATH: the file shrank while being read: N bytes
expected, M found"), never die of a signal (a memory-mapped file that shrinks kills the reader with
SIGBUS, exit 135 in a shell) and never print a summary of part of the file as if it were whole.

The driver writes a canonical file of ROWS rows, times one whole read of it (which must succeed),
then starts the tool again and truncates the file to a third of its size after a third of that
time, while the tool is still reading. Should the tool still finish before the truncation (a
machine busy elsewhere), the round is repeated, up to ATTEMPTS times.

usage: shrinking_file.py --tool PATH --dir DIR [--rows N] [--attempts K]"""
import argparse
import os
import signal
import subprocess
import sys
import time

# The synthetic canonical file of the streaming test (tests/cli/streaming.py, beside this script).
from streaming import write_file


def describe(rc):
    if rc < 0:
        return f"killed by signal {-rc} ({signal.Signals(-rc).name})"
    return f"exit {rc}"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--tool", required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--rows", type=int, default=300_000)
    p.add_argument("--attempts", type=int, default=4)
    a = p.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    path = os.path.join(a.dir, "shrinking.csv")
    command = [a.tool, "summary", path, "--output", "csv"]
    rows = a.rows
    for attempt in range(1, a.attempts + 1):
        write_file(path, rows)
        size = os.path.getsize(path)
        start = time.monotonic()
        whole = subprocess.run(command, capture_output=True, text=True)
        took = time.monotonic() - start
        if whole.returncode != 0:
            sys.exit(f"FAIL: the whole file did not read: {describe(whole.returncode)}: {whole.stderr}")
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(took / 3)
        finished_first = child.poll() is not None
        os.truncate(path, size // 3)
        out, err = child.communicate()
        print(f"attempt {attempt}: {size} bytes, a whole read took {took:.2f} s; truncated to {size // 3} "
              f"after {took / 3:.2f} s: {describe(child.returncode)}")
        if finished_first:
            rows *= 2  # the tool was faster than the truncation: try again with a bigger file
            continue
        os.remove(path)
        if child.returncode != 1:
            sys.exit(f"FAIL: expected exit 1, got {describe(child.returncode)}; stderr: {err!r}")
        expected = f"tradestat: {path}: the file shrank while being read: {size} bytes expected, "
        if not err.startswith(expected) or not err.rstrip("\n").endswith(" found"):
            sys.exit(f"FAIL: expected a message starting {expected!r}, got {err!r}")
        if out:
            sys.exit(f"FAIL: a summary was printed for a file that shrank: {out!r}")
        print("ok:", err.strip())
        return
    sys.exit(f"FAIL: in {a.attempts} attempts the tool always finished before the file was truncated")


if __name__ == "__main__":
    main()
