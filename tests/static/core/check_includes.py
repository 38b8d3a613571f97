"""Lists the headers a translation unit that includes one header reads (the preprocessor's -H
list) and checks it against patterns: `--forbid` fails when a forbidden header is read, and
`--expect` fails when an expected one is not (the twin that shows the check sees what it forbids).

    check_includes.py <compiler> <include dir> <header> (--forbid|--expect) <regex>...
"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def main():
    if len(sys.argv) < 6 or sys.argv[4] not in ("--forbid", "--expect"):
        sys.exit(__doc__)
    compiler, include, header, mode, patterns = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "tu.cpp"
        source.write_text(f"#include <{header}>\n", encoding="utf-8")
        done = subprocess.run([compiler, "-std=c++20", "-E", "-H", f"-I{include}", str(source)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"{compiler} could not preprocess <{header}>:\n{done.stderr[:4000]}")
    read = [line.lstrip(".").strip() for line in done.stderr.splitlines() if re.match(r"^\.+ ", line)]
    failed = False
    for pattern in patterns:
        hits = sorted({h for h in read if re.search(pattern, h)})
        if mode == "--forbid" and hits:
            print(f"<{header}> reads {', '.join(hits)} (forbidden: {pattern})")
            failed = True
        if mode == "--expect" and not hits:
            print(f"<{header}> reads nothing matching {pattern}")
            failed = True
    print(f"<{header}>: {len(set(read))} headers read; {'FAILED' if failed else 'ok'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
