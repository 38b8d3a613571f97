#!/usr/bin/env python3
"""Runs the Xinjiang example in an empty directory, as the README's main command does, and compares
what it prints and writes with committed copies, byte for byte, so that none can drift:

    xinjiang_2025_output.py PROGRAM expected FILE [ARGS...]
        its standard output (with ARGS, e.g. --lang zh) is FILE (tests/examples/xinjiang_2025*.expected)
    xinjiang_2025_output.py PROGRAM docs README.md DOCS_DIR
        its standard output is the README's block under "## What the main command prints", and
        each chart it writes is DOCS_DIR/<name>.svg (the charts the tutorial shows)

Exit status 0 when everything matches, 1 with the first differing line of each mismatch.
"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path

README_HEADING = "## What the main command prints"
CHARTS = ["partner_groups.svg", "yearly_totals.svg"]


def run(program, args, cwd):
    done = subprocess.run([program, *args], cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{program} exited with {done.returncode}\n{done.stderr}")
    return done.stdout


def first_difference(name_a, a, name_b, b):
    la, lb = a.splitlines(), b.splitlines()
    for n, (x, y) in enumerate(zip(la, lb), start=1):
        if x != y:
            return f"line {n} differs\n  {name_a}: {x}\n  {name_b}: {y}"
    return f"{name_a} has {len(la)} lines, {name_b} {len(lb)} (or the line ends differ)"


def readme_block(readme):
    text = readme.read_text(encoding="utf-8")
    at = text.find("\n" + README_HEADING + "\n")
    if at < 0:
        sys.exit(f"{readme}: no section '{README_HEADING}'")
    block = re.search(r"```text\n(.*?)```", text[at:], re.S)
    if not block:
        sys.exit(f"{readme}: no ```text block in '{README_HEADING}'")
    return block.group(1)


def main():
    program, mode = str(Path(sys.argv[1]).resolve()), sys.argv[2]
    failures = []
    with tempfile.TemporaryDirectory() as cwd:
        if mode == "expected":
            expected = Path(sys.argv[3])
            out = run(program, sys.argv[4:], cwd)
            wanted = expected.read_text(encoding="utf-8")
            if out != wanted:
                failures.append(f"the output differs from {expected}: " + first_difference(str(expected), wanted, "output", out))
        elif mode == "docs":
            readme, docs = Path(sys.argv[3]), Path(sys.argv[4])
            out = run(program, [], cwd)
            shown = readme_block(readme)
            if out != shown:
                failures.append(f"{readme}, '{README_HEADING}': " + first_difference("README", shown, "output", out))
            for chart in CHARTS:
                written = (Path(cwd) / chart).read_bytes()
                committed = docs / chart
                if not committed.exists() or committed.read_bytes() != written:
                    failures.append(f"{committed} is not the chart the example writes: copy its {chart} there")
        else:
            sys.exit(f"unknown mode {mode!r}: expected or docs")
    for f in failures:
        print("FAIL " + f)
    if not failures:
        print(f"ok   the example's output matches ({mode})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
