"""Checks the vcpkg overlay port and the Conan recipe without running either tool (neither can run
offline): syntax, the version they declare, their dependencies, that every file they name exists, and
that both offer the command-line tool on request (vcpkg feature `cli`, Conan option `cli`, default off)
by turning TRADESTAT_BUILD_CLI on. Usage: check_recipes.py <repository root>
"""
import ast
import json
import re
import sys
from pathlib import Path

root = Path(sys.argv[1])
errors = []


def fail(where, message):
    errors.append(f"{where}: {message}")


# The one version, declared by the library-only CMake entry.
src_cmake = root / "src" / "CMakeLists.txt"
m = re.search(r"project\(tradestat\s+VERSION\s+([0-9.]+)", src_cmake.read_text(encoding="utf-8"))
if not m:
    sys.exit(f"{src_cmake}: no 'project(tradestat VERSION x.y.z'")
version = m.group(1)

# --- vcpkg ---------------------------------------------------------------------------------------
port = root / "packaging" / "vcpkg"
manifest_path = port / "vcpkg.json"
try:
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
except json.JSONDecodeError as e:
    sys.exit(f"{manifest_path}:{e.lineno}: not JSON: {e.msg}")
if manifest.get("name") != "tradestat":
    fail(manifest_path, f"name is {manifest.get('name')!r}, not 'tradestat'")
if manifest.get("version-semver") != version:
    fail(manifest_path, f"version-semver {manifest.get('version-semver')!r} differs from {src_cmake}'s {version}")
deps = {d if isinstance(d, str) else d["name"] for d in manifest.get("dependencies", [])}
for needed in ("boost-units", "range-v3", "vcpkg-cmake", "vcpkg-cmake-config"):
    if needed not in deps:
        fail(manifest_path, f"dependency {needed!r} missing")
portfile = (port / "portfile.cmake").read_text(encoding="utf-8")
if '"${SOURCE_PATH}/src"' not in portfile:
    fail(port / "portfile.cmake", "does not configure the library-only entry ${SOURCE_PATH}/src")
# The tool: a `cli` feature without dependencies of its own, turned into TRADESTAT_BUILD_CLI, the
# executable moved to tools/<port>/ as vcpkg expects of executables.
cli_feature = manifest.get("features", {}).get("cli")
if not isinstance(cli_feature, dict) or not cli_feature.get("description"):
    fail(manifest_path, "no 'cli' feature with a description")
if not re.search(r"vcpkg_check_features\([^)]*FEATURES\s+cli\s+TRADESTAT_BUILD_CLI", portfile):
    fail(port / "portfile.cmake", "does not turn the cli feature into TRADESTAT_BUILD_CLI (vcpkg_check_features)")
if not re.search(r"vcpkg_copy_tools\(TOOL_NAMES\s+tradestat\b[^)]*AUTO_CLEAN", portfile):
    fail(port / "portfile.cmake", "does not move the tool to tools/ (vcpkg_copy_tools(TOOL_NAMES tradestat ... AUTO_CLEAN))")
if not (root / "tools" / "bin" / "tradestat" / "CMakeLists.txt").is_file():
    fail(root, "tools/bin/tradestat/CMakeLists.txt, the tool the cli feature builds, does not exist")
if "TRADESTAT_BUILD_CLI" not in (root / "CMakeLists.txt").read_text(encoding="utf-8"):
    fail(root / "CMakeLists.txt", "has no TRADESTAT_BUILD_CLI option for the recipes to turn on")
if not (port / "usage").is_file():
    fail(port, "no 'usage' file")

# --- Conan ---------------------------------------------------------------------------------------
def recipe(path):
    try:
        return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except SyntaxError as e:
        sys.exit(f"{path}:{e.lineno}: {e.msg}")


def class_attributes(tree):
    """The class-level attributes whose values are literals (strings, dicts of lists ...)."""
    out = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for stmt in node.body:
                if isinstance(stmt, ast.Assign):
                    try:
                        value = ast.literal_eval(stmt.value)
                    except ValueError:
                        continue
                    for target in stmt.targets:
                        if isinstance(target, ast.Name):
                            out[target.id] = value
    return out


def calls(tree, name):
    """First string argument of every call to self.<name>(...)."""
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == name
                and node.args and isinstance(node.args[0], ast.Constant)):
            found.append(node.args[0].value)
    return found


conan_dir = root / "packaging" / "conan"
conanfile = conan_dir / "conanfile.py"
tree = recipe(conanfile)
attrs = class_attributes(tree)
if attrs.get("package_type") != "header-library":
    fail(conanfile, f"package_type is {attrs.get('package_type')!r}, not 'header-library'")
if attrs.get("version") != version:
    fail(conanfile, f"version {attrs.get('version')!r} differs from {src_cmake}'s {version}")
requires = calls(tree, "requires")
for needed in ("boost/", "range-v3/"):
    if not any(r.startswith(needed) for r in requires):
        fail(conanfile, f"no requirement on {needed}")
if not any(r.startswith("catch2/") for r in calls(tree, "test_requires")):
    fail(conanfile, "no test requirement on catch2/")
if 'build_script_folder="src"' not in conanfile.read_text(encoding="utf-8"):
    fail(conanfile, "does not configure the library-only entry src/")
# The tool: an option `cli`, off by default, that turns TRADESTAT_BUILD_CLI on and puts bin/ in the package.
if attrs.get("options", {}).get("cli") != [True, False]:
    fail(conanfile, f"options has no 'cli': [True, False] (options = {attrs.get('options')!r})")
if attrs.get("default_options", {}).get("cli") is not False:
    fail(conanfile, "the cli option is not off by default (default_options = {'cli': False})")
conan_text = conanfile.read_text(encoding="utf-8")
if not re.search(r'"TRADESTAT_BUILD_CLI":\s*"ON"', conan_text):
    fail(conanfile, "the cli option does not configure with TRADESTAT_BUILD_CLI ON")
if 'bindirs = ["bin"] if self.options.cli' not in conan_text:
    fail(conanfile, "package_info does not give consumers bin/ with the cli option")
# The threads of in_parallel: the CMake target links Threads::Threads, and Conan's CMakeDeps files,
# which replace the package's own config, must say the same (system_libs pthread).
if "Threads::Threads" not in src_cmake.read_text(encoding="utf-8"):
    fail(src_cmake, "the target does not link Threads::Threads")
if not re.search(r'system_libs\s*=\s*\["pthread"\]', conan_text):
    fail(conanfile, "package_info does not give consumers pthread (system_libs), as the CMake target links Threads::Threads")
# Every exported source pattern matches something in the repository.
text = conanfile.read_text(encoding="utf-8")
exported = re.search(r"for pattern in \(([^)]*)\)", text)
if not exported:
    fail(conanfile, "no export_sources pattern list")
else:
    patterns = ast.literal_eval("(" + exported.group(1) + ")")
    for needed in ("CMakeLists.txt", "tools/bin/tradestat/*"):
        if needed not in patterns:
            fail(conanfile, f"does not export {needed!r}, which the cli option builds")
    for pattern in patterns:
        if not list(root.glob(pattern)):
            fail(conanfile, f"exported pattern {pattern!r} matches no file in {root}")

test_conanfile = conan_dir / "test_package" / "conanfile.py"
test_tree = recipe(test_conanfile)
consumer = re.search(r'CONSUMER = os\.path\.join\(([^)]*)\)', test_conanfile.read_text(encoding="utf-8"))
if not consumer:
    fail(test_conanfile, "does not name the consumer project (CONSUMER = os.path.join(...))")
else:
    parts = ast.literal_eval("(" + consumer.group(1) + ")")
    consumer_dir = (test_conanfile.parent.joinpath(*parts)).resolve()
    if not (consumer_dir / "CMakeLists.txt").is_file():
        fail(test_conanfile, f"consumer project {consumer_dir} has no CMakeLists.txt")
    elif consumer_dir != (root / "tests" / "package").resolve():
        fail(test_conanfile, f"test_package builds {consumer_dir}, not tests/package")
if '"tradestat") + " --version"' not in test_conanfile.read_text(encoding="utf-8"):
    fail(test_conanfile, "does not run the packaged tool's --version when the cli option is on")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"vcpkg port and Conan recipe agree on tradestat {version}; every file they name exists; "
      "both build the tool on request (vcpkg feature cli, Conan option cli)")
