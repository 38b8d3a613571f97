"""Test files mirror headers: each tests/runtime/<layer>/<stem>.cpp and tests/static/<layer>/<stem>.cpp
tests the header include/tradestat/<layer>/<stem>.hpp (or one in its detail/ or catalogue/ folder);
the layer `core` stands for the headers directly under include/tradestat/ (version.hpp, error.hpp,
text.hpp) and in include/tradestat/detail/. Compile-fail cases are named for the mistake, not a header, but their folder must be a
layer. 
    check_test_files.py <repository root>   # CTest: layout.test_files
    check_test_files.py --self-test         # CTest: layout.test_files.self_test (a bad tree fails)
"""
import re
import sys
import tempfile
from pathlib import Path

# Folders of tests/compile_fail/ that are not layers, each with its reason.
NOT_LAYERS = {
    "harness": "the compile-fail harness's own check (a case that must fail, and its twin that must build)",
}
# Test files whose stem names no header, each with its reason. Keep it empty unless truly needed.
ALLOWED = {}


def header_stems(include, layer):
    if layer == "core":
        paths = [*include.glob("*.hpp"), *(include / "detail").glob("*.hpp")]
    else:
        paths = [p for sub in ("", "detail", "catalogue") for p in (include / layer / sub).glob("*.hpp")]
    return {p.stem for p in paths}


def check(root):
    """The list of problems in the tree at root (empty when it mirrors its headers)."""
    include = root / "include" / "tradestat"
    tests = root / "tests"
    errors = []

    for tier in ("runtime", "static"):
        for folder in sorted(p for p in (tests / tier).iterdir() if p.is_dir()):
            layer = folder.name
            if layer != "core" and not (include / layer).is_dir():
                errors.append(f"tests/{tier}/{layer}/: no layer include/tradestat/{layer}/ (test files go under "
                              f"the layer of the header they test: tests/{tier}/<layer>/<header stem>.cpp)")
                continue
            stems = header_stems(include, layer)
            for source in sorted(folder.glob("*.cpp")):
                where = source.relative_to(root).as_posix()
                if source.stem in stems or where in ALLOWED:
                    continue
                shown = "include/tradestat/" + ("" if layer == "core" else f"{layer}/[detail/|catalogue/]")
                errors.append(f"{where}: no header {shown}{source.stem}.hpp; name a test file after the header "
                              f"it tests, or fold it into that header's test file")
            # Catch2 test cases in a helper header would be registered under no file's name, and run by none.
            for helper in sorted(folder.glob("*.hpp")):
                text = helper.read_text(encoding="utf-8")
                if re.search(r"^\s*(TEST_CASE|SCENARIO|TEMPLATE_TEST_CASE)\s*\(", text, re.M):
                    errors.append(f"{helper.relative_to(root).as_posix()}: test cases belong in a .cpp file named "
                                  f"after the header it tests")

    for folder in sorted(p for p in (tests / "compile_fail").iterdir() if p.is_dir()):
        if folder.name not in NOT_LAYERS and folder.name != "core" and not (include / folder.name).is_dir():
            errors.append(f"tests/compile_fail/{folder.name}/: no layer include/tradestat/{folder.name}/ "
                          f"(cases go under the layer whose rule they check)")

    for where, reason in ALLOWED.items():
        if not (root / where).exists():
            errors.append(f"{where}: in the allowed list ({reason}) but no longer there: remove it from the list")
    return errors


def self_test():
    """A tree that mirrors its headers passes; each kind of stray test file is reported."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for f in ["include/tradestat/version.hpp", "include/tradestat/units/money.hpp",
                  "include/tradestat/data/detail/field_parse.hpp", "include/tradestat/codes/catalogue/hs2022.hpp",
                  "tests/runtime/core/version.cpp", "tests/runtime/units/money.cpp",
                  "tests/runtime/data/field_parse.cpp", "tests/runtime/data/fixtures.hpp",
                  "tests/static/codes/hs2022.cpp", "tests/compile_fail/units/money_plus_number.cpp",
                  "tests/compile_fail/harness/sanity.cpp"]:
            (root / f).parent.mkdir(parents=True, exist_ok=True)
            (root / f).write_text("// test\n", encoding="utf-8")
        if check(root):
            return [f"a tree that mirrors its headers is refused: {check(root)}"]
        strays = {"tests/runtime/data/fast_paths.cpp": "fast_paths.hpp",
                  "tests/static/units_fmt/fmt.cpp": "no layer",
                  "tests/runtime/core/money.cpp": "money.hpp",
                  "tests/compile_fail/data_gacc/x.cpp": "no layer",
                  "tests/runtime/units/helpers.hpp": "test cases belong"}
        problems = []
        for stray, expected in strays.items():
            path = root / stray
            new_folder = not path.parent.exists()
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text('TEST_CASE("x") {}\n' if stray.endswith(".hpp") else "// test\n", encoding="utf-8")
            found = check(root)
            if len(found) != 1 or expected not in found[0]:
                problems.append(f"{stray}: expected one problem naming '{expected}', got {found}")
            path.unlink()
            if new_folder:
                path.parent.rmdir()
        return problems


if sys.argv[1:] == ["--self-test"]:
    errors = self_test()
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("the check accepts a mirrored tree and refuses each kind of stray test file")
    sys.exit(0)
if len(sys.argv) != 2:
    sys.exit(f"usage: {sys.argv[0]} <repository root> | --self-test")
errors = check(Path(sys.argv[1]))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("every test file under tests/runtime/ and tests/static/ is named after a header of its layer")
