"""<tradestat/tradestat.hpp> includes every public header (but those for optional dependencies), so
"one include brings them all" stays true as headers are added. Usage: check_umbrella.py <include dir>
"""
import re
import sys
from pathlib import Path

include = Path(sys.argv[1])
umbrella = include / "tradestat" / "tradestat.hpp"
included = set(re.findall(r'^#include <(tradestat/[^>]+)>', umbrella.read_text(encoding="utf-8"), re.M))
# Optional dependencies: {fmt} formatters are opted into by including them.
optional = re.compile(r"(^|/)fmt\.hpp$")
missing = []
for header in sorted(include.rglob("*.hpp")):
    name = header.relative_to(include).as_posix()
    if name == "tradestat/tradestat.hpp" or "/detail/" in name or optional.search(name):
        continue
    if name not in included:
        missing.append(name)
if missing:
    print(f"{umbrella}: does not include " + ", ".join(missing))
    sys.exit(1)
print(f"{umbrella} includes all {len(included)} public headers")
