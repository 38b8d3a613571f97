"""Run the tradestat tool once and check its exit status, standard output and standard error.

Usage: run_case.py --tool PATH --cwd DIR --exit N [--stdout FILE | --stdout-empty | --stdout-first-line TEXT]
                   [--stderr FILE | --stderr-first-line TEXT] [--stdin FILE] -- ARGS...

--stdout FILE and --stderr FILE compare the whole stream, byte for byte (line endings normalised),
with a file written by hand; the *-first-line forms compare the first line only.
"""
import argparse
import subprocess
import sys


def first_line(text):
    return text.split("\n", 1)[0]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--tool", required=True)
    p.add_argument("--cwd", required=True)
    p.add_argument("--exit", type=int, required=True)
    out = p.add_mutually_exclusive_group()
    out.add_argument("--stdout")
    out.add_argument("--stdout-empty", action="store_true")
    out.add_argument("--stdout-first-line")
    err = p.add_mutually_exclusive_group()
    err.add_argument("--stderr")
    err.add_argument("--stderr-first-line")
    p.add_argument("--stdin", help="a file (relative to --cwd) given to the tool on standard input, through a pipe")
    p.add_argument("args", nargs="*")
    a = p.parse_args()

    stdin = None
    if a.stdin is not None:
        import os
        with open(os.path.join(a.cwd, a.stdin), "rb") as f:
            stdin = f.read()
    run = subprocess.run([a.tool, *a.args], cwd=a.cwd, capture_output=True, input=stdin)
    stdout = run.stdout.decode("utf-8", "replace").replace("\r\n", "\n")
    stderr = run.stderr.decode("utf-8", "replace").replace("\r\n", "\n")
    failures = []
    if run.returncode != a.exit:
        failures.append(f"exit status {run.returncode}, expected {a.exit}")
    if a.stdout is not None:
        with open(a.stdout, encoding="utf-8", newline="") as f:
            wanted = f.read().replace("\r\n", "\n")
        if stdout != wanted:
            failures.append(f"standard output differs from {a.stdout}\n--- expected\n{wanted}--- actual\n{stdout}---")
    if a.stdout_empty and stdout:
        failures.append(f"standard output should be empty\n--- actual\n{stdout}---")
    if a.stdout_first_line is not None and first_line(stdout) != a.stdout_first_line:
        failures.append(f"first line of standard output is\n  {first_line(stdout)!r}\nexpected\n  {a.stdout_first_line!r}")
    if a.stderr is not None:
        with open(a.stderr, encoding="utf-8", newline="") as f:
            wanted = f.read().replace("\r\n", "\n")
        if stderr != wanted:
            failures.append(f"standard error differs from {a.stderr}\n--- expected\n{wanted}--- actual\n{stderr}---")
    if a.stderr_first_line is not None and first_line(stderr) != a.stderr_first_line:
        failures.append(f"first line of standard error is\n  {first_line(stderr)!r}\nexpected\n  {a.stderr_first_line!r}")
    print("$ tradestat " + " ".join(a.args))
    if failures:
        print("\n".join(failures))
        print(f"--- standard error was\n{stderr}---")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
