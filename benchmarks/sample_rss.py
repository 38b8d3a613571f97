#!/usr/bin/env python3
"""Runs a command and samples its resident memory from /proc/PID/status every INTERVAL ms while
it runs: VmRSS (all of it), RssAnon (heap, stacks) and RssFile (file-backed pages: the program,
its libraries and any mapped file), printing the peak of each and the number of samples. Unlike
ru_maxrss, which is VmRSS's high-water mark, this separates anonymous from file-backed memory.
The command's output goes to /dev/null; its exit status is this script's.

usage: sample_rss.py [--interval-ms 20] -- COMMAND [ARGS...]
example: python3 benchmarks/sample_rss.py -- build/bench/tools/bin/tradestat/tradestat summary /tmp/c.csv"""
import argparse
import subprocess
import sys
import time

FIELDS = ("VmRSS", "RssAnon", "RssFile", "RssShmem")


def sample(pid):
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            text = f.read()
    except OSError:
        return None
    out = {}
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key in FIELDS:
            out[key] = int(value.split()[0])  # kB
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--interval-ms", type=float, default=20.0)
    p.add_argument("command", nargs="+")
    a = p.parse_args()
    peaks = dict.fromkeys(FIELDS, 0)
    samples = 0
    start = time.monotonic()
    child = subprocess.Popen(a.command, stdout=subprocess.DEVNULL)
    while child.poll() is None:
        s = sample(child.pid)
        if s and "VmRSS" in s:  # a zombie has no VmRSS line
            samples += 1
            for k, v in s.items():
                peaks[k] = max(peaks[k], v)
        time.sleep(a.interval_ms / 1000)
    wall = time.monotonic() - start
    print(f"exit {child.returncode}, {wall:.2f} s, {samples} samples every {a.interval_ms:g} ms")
    for k in FIELDS:
        print(f"peak {k}: {peaks[k] / 1024:.1f} MB")
    sys.exit(child.returncode)


if __name__ == "__main__":
    main()
