"""Runs `tradestat bulletin` once and checks what a reader checks: the exit status, lines the output
must hold (typed by hand in tests/cli/CMakeLists.txt from ../shared/reference/xinjiang-2025.md or
from the fixture's figures worked out by hand), and with --html that the page parses with
html.parser and holds <p> sentences, a <table> and an inline <svg>.

Usage: bulletin_check.py --tool PATH --cwd DIR [--html] [--line TEXT]... -- ARGS...
"""
import argparse
import html.parser
import subprocess
import sys


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = {}
        self.paragraphs = []
        self._in_p = False

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == "p":
            self._in_p = True
            self.paragraphs.append("")

    def handle_endtag(self, tag):
        if tag == "p":
            self._in_p = False

    def handle_data(self, data):
        if self._in_p:
            self.paragraphs[-1] += data


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--tool", required=True)
    p.add_argument("--cwd", required=True)
    p.add_argument("--html", action="store_true")
    p.add_argument("--line", action="append", default=[])
    p.add_argument("args", nargs="*")
    a = p.parse_args()
    run = subprocess.run([a.tool, *a.args], cwd=a.cwd, capture_output=True)
    out = run.stdout.decode("utf-8")
    failures = []
    if run.returncode != 0:
        failures.append(f"exit status {run.returncode}: {run.stderr.decode('utf-8', 'replace')}")
    if a.html:
        page = Page()
        page.feed(out)
        page.close()
        for tag in ("html", "table", "svg", "rect", "p", "title"):
            if page.tags.get(tag, 0) == 0:
                failures.append(f"the page has no <{tag}>")
        lines = page.paragraphs
    else:
        lines = out.split("\n")
    for want in a.line:
        if not any(l.strip() == want or (not a.html and l.startswith(want)) for l in lines):
            failures.append(f"no line {want!r}")
    if failures:
        print("\n".join(failures))
        print("--- output\n" + out)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
