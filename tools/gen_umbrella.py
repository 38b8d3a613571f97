"""Writes the two entry headers from the headers in the tree, so that each stays true as headers
are added:

- include/tradestat/tradestat.hpp, the umbrella: every header but the opt-in catalogues (named
  lists no type needs, see opt_in_catalogues).
- include/tradestat/vocabulary.hpp, the vocabulary: the types and their rules (money, currencies,
  ratio kinds, periods, codes, errors, text), cheap to compile and free of platform headers.

    python3 tools/gen_umbrella.py          # write them
    python3 tools/gen_umbrella.py --check  # exit 1 if a committed file differs (CTest runs this)

Left out of both: detail/ headers (included by the headers that use them), fmt.hpp headers,
which need the optional {fmt} dependency and are opted into by including them, and the interop
headers (INTEROP): calendar/chrono.hpp and the Boost.Units view, units/boost_units.hpp and
units/currency_unit.hpp, and the tools (TOOLS): analysis/claims.hpp, the press-release checker.

The interop rule: a header is interop, opted into by name, when it only connects the library's
types to another library's (std::chrono, Boost.Units), nothing else in the library includes it, and
including it costs every user of the umbrella a price most of them do not need (measured: Boost.Units
0.4 s). docs/architecture.md lists them.

The vocabulary's rule: a header of the library itself or of a vocabulary layer (units/, calendar/,
codes/, analysis/), not a catalogue/ header, and whose includes, followed through the library's own
headers, reach no reader (data/), no Boost, no range-v3, no <chrono> and no platform (POSIX) header. A catalogue
comes in only where a vocabulary header includes it for its data (country.hpp the country table).
HEAVY_CATALOGUE_USERS names the few headers that are lookups into a large catalogue and nothing else.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INCLUDE = ROOT / "include"
UMBRELLA = INCLUDE / "tradestat" / "tradestat.hpp"
VOCABULARY = INCLUDE / "tradestat" / "vocabulary.hpp"
ENTRY_HEADERS = {UMBRELLA, VOCABULARY}
LAYERS = ["units", "calendar", "codes", "data", "analysis", "report"]  # in dependency order
VOCABULARY_LAYERS = ["units", "calendar", "codes", "analysis"]
# Outside headers that keep a header out of the vocabulary: (pattern, why).
HEAVY = [(re.compile(r"^boost/"), "Boost"),
         (re.compile(r"^range/v3/"), "range-v3"),
         (re.compile(r"^(unistd|fcntl|iconv|dlfcn|pthread)\.h$|^sys/"), "platform headers"),
         # 0.3 s with the <sstream> libstdc++ 12 pulls into it: interop lives in calendar/chrono.hpp.
         (re.compile(r"^chrono$"), "<chrono>")]
# Headers that only look things up in a large catalogue: kept out of the vocabulary for its cost.
HEAVY_CATALOGUE_USERS = {"tradestat/codes/hs_description.hpp": "the 7,000-line HS description table"}
# Tools built on the library rather than part of what every program uses: opted into by name, like
# the interop headers, and left out of both entry headers. analysis/claims.hpp, the press-release
# checker (1,400 lines of parsing and interval arithmetic), is 0.23 s of every umbrella compile.
TOOLS = {"tradestat/analysis/claims.hpp": "the claims checker, a tool opted into by name (0.23 s)"}
# Interop headers, opted into by name like the fmt.hpp headers: left out of both entry headers.
# calendar/chrono.hpp only includes <chrono> and checks the conversions, which are members of month
# and date and work wherever <chrono> is included: the umbrella would pay 0.05 s for nothing.
# units/boost_units.hpp and units/currency_unit.hpp are the Boost.Units view (currencies as base
# dimensions, trade quantities as Boost.Units quantities): 33 MB of GGC, 0.4 s of every umbrella compile.
INTEROP = {"tradestat/calendar/chrono.hpp", "tradestat/units/boost_units.hpp", "tradestat/units/currency_unit.hpp"}
INCLUDE_LINE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)


def public_headers():
    """Every header an entry header may include, as include names, with its layer."""
    headers = {}
    for path in sorted(INCLUDE.glob("tradestat/**/*.hpp")):
        name = path.relative_to(INCLUDE).as_posix()
        if (path in ENTRY_HEADERS or "/detail/" in name or re.search(r"(^|/)fmt\.hpp$", name) or name in INTEROP
                or name in TOOLS):
            continue
        parts = name.split("/")
        layer = parts[1] if len(parts) > 2 else ""
        if layer and layer not in LAYERS:
            sys.exit(f"{path}: layer folder '{layer}' is not one of {', '.join(LAYERS)} (docs/architecture.md)")
        headers[name] = layer
    return headers


def includes_of(name, cache={}):
    if name not in cache:
        text = (INCLUDE / name).read_text(encoding="utf-8")
        # Includes inside comments (examples in /** */ blocks) are not includes.
        text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
        cache[name] = INCLUDE_LINE.findall(text)
    return cache[name]


def why_not_vocabulary(name, layer):
    """None when the header belongs in the vocabulary header, else the reason it does not."""
    if layer and layer not in VOCABULARY_LAYERS:
        return f"{layer}/ is not a vocabulary layer"
    if "/catalogue/" in name:
        return "a catalogue"
    if name in HEAVY_CATALOGUE_USERS:
        return HEAVY_CATALOGUE_USERS[name]
    seen, todo = set(), [(name, None)]
    while todo:
        current, via = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        for inc in includes_of(current):
            through = via or current
            if inc.startswith("tradestat/"):
                if inc.startswith("tradestat/data/"):
                    return f"includes the readers ({inc})"
                if (INCLUDE / inc).exists():
                    todo.append((inc, through if current != name else inc))
                continue
            for pattern, what in HEAVY:
                if pattern.search(inc):
                    return f"{what} (<{inc}>" + (f" through {through})" if current != name else ")")
    return None


def opt_in_catalogues(headers):
    """Catalogue headers no other header of the umbrella reaches, and the lookups into a large
    catalogue (HEAVY_CATALOGUE_USERS): data a program names when it wants it (the complete ISO 4217
    list, the product and country group lists, the HS descriptions), left out of the umbrella as Au's
    au.hh leaves out its units. A catalogue that a type needs for its data (the country table for
    country.hpp) comes in through that type's header."""
    reached, todo = set(), [h for h in headers if "/catalogue/" not in h and h not in HEAVY_CATALOGUE_USERS]
    while todo:
        current = todo.pop()
        for inc in includes_of(current):
            if inc.startswith("tradestat/") and inc not in reached and (INCLUDE / inc).exists():
                reached.add(inc)
                todo.append(inc)
    return [h for h in headers if h in HEAVY_CATALOGUE_USERS or ("/catalogue/" in h and h not in reached)]


def header(guard, doc, groups):
    out = ["// Generated by tools/gen_umbrella.py from the headers under include/tradestat/: do not edit.",
           f"#ifndef {guard}",
           f"#define {guard}",
           ""]
    out += doc
    for title, names in groups:
        if names:
            out.append("")
            out.append(title)
            out.extend(f"#include <{h}>" for h in names)
    out += ["", f"#endif  // {guard}", ""]
    return "\n".join(out)


def by_layer(names, headers, layers):
    return [(f"// {layer}/" if layer else "// the library itself", [h for h in names if headers[h] == layer])
            for layer in [""] + layers]


def render():
    headers = public_headers()
    opt_in = opt_in_catalogues(headers)
    umbrella = header("TRADESTAT_TRADESTAT_HPP",
                      ["/** Everything tradestat offers, in one include. Headers of one layer are cheaper to compile:",
                       " *  include those where compile time matters (see docs/performance.md); the vocabulary",
                       " *  alone is <tradestat/vocabulary.hpp>.",
                       " *",
                       " *     #include <tradestat/tradestat.hpp>",
                       " *",
                       " *  Headers named fmt.hpp are left out: they need {fmt}, an optional dependency; so is",
                       " *  <tradestat/calendar/chrono.hpp>, the std::chrono interop (month and date convert to and",
                       " *  from year_month and year_month_day wherever <chrono> is included), and the Boost.Units",
                       " *  view, <tradestat/units/boost_units.hpp> and <tradestat/units/currency_unit.hpp> (0.4 s",
                       " *  of Boost.Units that the rest of the library does without), and the press-release",
                       " *  checker, <tradestat/analysis/claims.hpp>, a tool opted into by name (0.23 s).",
                       " *",
                       " *  The catalogues that no type needs are data a program names when it uses them (26 MB",
                       " *  of g++'s memory, 7 % of the umbrella with them); include them by name:"]
                      + [f" *    <{h}>" for h in opt_in] + [" */"],
                      by_layer([h for h in headers if h not in opt_in], headers, LAYERS))
    chosen, left_out = [], []
    for name, layer in headers.items():
        reason = why_not_vocabulary(name, layer)
        if reason is None:
            chosen.append(name)
        elif not layer or layer in VOCABULARY_LAYERS:
            if "/catalogue/" not in name:
                left_out.append(f" *    {name}: {reason}")
    vocabulary = header("TRADESTAT_VOCABULARY_HPP",
                        ["/** The vocabulary: money, currencies, exchange rates, ratio kinds, periods, codes, errors and",
                         " *  text, with their rules, and nothing that reads files: no readers, no platform (POSIX)",
                         " *  headers, no Boost, no range-v3, no catalogue except where a type needs its data. The",
                         " *  cheap entry header (see docs/performance.md); <tradestat/tradestat.hpp> has everything.",
                         " *",
                         " *     #include <tradestat/vocabulary.hpp>",
                         " *",
                         " *  Not included here (include them by name), with the reason:"]
                        + left_out + [" */"],
                        by_layer(chosen, headers, VOCABULARY_LAYERS))
    return {UMBRELLA: umbrella, VOCABULARY: vocabulary}


def main():
    args = sys.argv[1:]
    if args not in ([], ["--check"]):
        sys.exit(f"usage: {sys.argv[0]} [--check]   (unknown arguments: {' '.join(a for a in args if a != '--check')})")
    stale = []
    for path, text in render().items():
        if args == ["--check"]:
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != text:
                print(f"{path.relative_to(ROOT)} is out of date: run python3 tools/gen_umbrella.py")
                stale.append(path)
            else:
                print(f"{path.relative_to(ROOT)} is up to date")
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        sys.exit(1)


if __name__ == "__main__":
    main()
