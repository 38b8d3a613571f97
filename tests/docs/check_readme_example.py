"""The README's example is examples/readme.cpp, word for word, so the README shows code that compiles
and runs (the examples are built and run by CTest). Usage: check_readme_example.py README.md examples/readme.cpp
"""
import re
import sys
from pathlib import Path

readme, example = Path(sys.argv[1]), Path(sys.argv[2])
text = readme.read_text(encoding="utf-8")
marker = "<!-- example: examples/readme.cpp -->"
at = text.find(marker)
if at < 0:
    sys.exit(f"{readme}: no line '{marker}' before the example's code block")
block = re.search(r"```cpp\n(.*?)```", text[at:], re.S)
if not block:
    sys.exit(f"{readme}: no ```cpp block after '{marker}'")
shown = block.group(1)
source = example.read_text(encoding="utf-8")
if shown != source:
    line = text[: at + block.start(1)].count("\n") + 1
    for n, (a, b) in enumerate(zip(shown.splitlines(), source.splitlines()), start=1):
        if a != b:
            sys.exit(f"{readme}:{line + n - 1}: differs from {example}:{n}\n  README: {a}\n  example: {b}")
    sys.exit(f"{readme}:{line}: the example block and {example} differ in length "
             f"({len(shown.splitlines())} vs {len(source.splitlines())} lines)")
print(f"{readme}: the example matches {example} ({len(source.splitlines())} lines)")
