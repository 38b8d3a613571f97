"""Shared helpers for the tools/gen_*.py generators (not a generator itself).

Each generator builds the text of one or more headers from a source file, then either writes them
or, with --check, compares them with the committed files and exits non-zero on a difference.
When the source is absent (a user clone without ../shared), --check prints
"skipped: source not found" and exits 0.
"""

import argparse
import hashlib
import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "reference" / "data"


def sha256_of(path):
    return hashlib.sha256(pathlib.Path(path).read_bytes()).hexdigest()


def cpp_string(text):
    """A C++ string literal for UTF-8 text (escapes quotes and backslashes)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def include_guard(path):
    """The include guard of a header under include/: TRADESTAT_CODES_CATALOGUE_COUNTRIES_HPP."""
    rel = pathlib.Path(path).resolve().relative_to(REPO / "include")
    return "_".join(rel.with_suffix("").parts).upper() + "_HPP"


def with_guard(path, text):
    """Replace a generator's `#pragma once` line with the project's include guard."""
    if "#pragma once\n" not in text:
        return text
    g = include_guard(path)
    return text.replace("#pragma once\n", f"#ifndef {g}\n#define {g}\n", 1).rstrip("\n") + f"\n\n#endif  // {g}\n"


def run(name, sources, build):
    """Parse --check, verify sources exist, call build() -> {path: text}, then write or check."""
    parser = argparse.ArgumentParser(description=f"generate {name}")
    parser.add_argument("--check", action="store_true",
                        help="compare with the committed files instead of writing them")
    args = parser.parse_args()
    missing = [str(s) for s in sources if not pathlib.Path(s).exists()]
    if missing:
        print(f"{name}: skipped: source not found: {', '.join(missing)}")
        return 0
    outputs = {path: with_guard(path, text) for path, text in build().items()}
    failed = False
    for path, text in outputs.items():
        path = pathlib.Path(path)
        if args.check:
            current = path.read_text(encoding="utf-8") if path.exists() else None
            if current != text:
                what = "is missing" if current is None else "differs from what the generator writes"
                print(f"{name}: {path.relative_to(REPO)} {what}; run python3 tools/{name} and commit",
                      file=sys.stderr)
                failed = True
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"{name}: wrote {path.relative_to(REPO)}")
    if args.check and not failed:
        print(f"{name}: committed output is up to date")
    return 1 if failed else 0


if __name__ == "__main__":
    print("codegen_common.py: helper module for the gen_*.py generators, nothing to generate")
    sys.exit(0)
