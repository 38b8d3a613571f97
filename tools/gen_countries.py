#!/usr/bin/env python3
"""Generate include/tradestat/codes/catalogue/countries.hpp: countries and special partners under every
code scheme the library knows (ISO 3166-1, GACC 3-digit and declaration codes, Comtrade, CEPII).

Sources: Debian's iso-codes (ISO 3166-1 JSON), ../shared/reference/data/gacc_country_codes.csv and
basic-data-country.csv. The Comtrade and CEPII mappings are rules written below (documented in
docs/reference/codes.md). Usage: python3 tools/gen_countries.py [--check]
"""

import csv
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import codegen_common as cg  # noqa: E402

ISO_JSON = pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")
GACC_CSV = cg.DATA / "gacc_country_codes.csv"
DECL_CSV = cg.DATA / "basic-data-country.csv"
OUT = cg.REPO / "include" / "tradestat" / "codes" / "catalogue" / "countries.hpp"
SNAPSHOT = "2026-11-28"  # the day the sources were read for this table

# UN Comtrade numeric codes that differ from ISO 3166-1 numeric (trade-statistics.md).
COMTRADE_OVERRIDES = {"USA": 842, "FRA": 251, "ITA": 381, "NOR": 579, "IND": 699, "CHE": 757}
# ISO countries with no Comtrade code of their own: Comtrade reports Taiwan's trade as
# 490 "Other Asia, nes" (general knowledge, unconfirmed).
COMTRADE_NONE = {"TWN"}

# kind codes, mirrored by tradestat::country_kind
UNRECOGNISED, ISO_COUNTRY, TERRITORY, FORMER, AGGREGATE, UNKNOWN = range(6)

# GACC codes with no ISO 3166-1 entry: English names written here because the source's English
# column has typos; kind says what the code stands for.
GACC_SPECIAL = {
    "199": ("Other Asia, nes (GACC)", AGGREGATE),
    "207": ("Canary Islands", TERRITORY),
    "210": ("Ceuta", TERRITORY),
    "256": ("Melilla", TERRITORY),
    "299": ("Other Africa, nes (GACC)", AGGREGATE),
    "349": ("Serbia and Montenegro", FORMER),
    "399": ("Other Europe, nes (GACC)", AGGREGATE),
    "438": ("Saint Martin (French or Dutch part)", TERRITORY),
    "449": ("Netherlands Antilles", FORMER),
    "499": ("Other Latin America, nes (GACC)", AGGREGATE),
    "599": ("Other North America, nes (GACC)", AGGREGATE),
    "604": ("Gambier Islands", TERRITORY),
    "605": ("Marquesas Islands", TERRITORY),
    "612": ("Society Islands", TERRITORY),
    "615": ("Tuamotu Islands", TERRITORY),
    "616": ("Tubuai (Austral) Islands", TERRITORY),
    "699": ("Other Oceania, nes (GACC)", AGGREGATE),
    "701": ("Countries (regions) unknown", UNKNOWN),
    "702": ("United Nations and international organizations", AGGREGATE),
    "999": ("Country of origin of neutral packaging", AGGREGATE),
}

# GACC codes that share an ISO entry with a lower GACC code: they become territory entries with
# no ISO or declaration code of their own (the ISO entry maps back to the lower code).
GACC_SHARING_ISO = {
    "436": "Saba",  # ISO BES/BQ covers Bonaire (GACC 409), Sint Eustatius and Saba
}

# Comtrade partner codes with no country behind them (trade-statistics.md gives 0, 490, 899;
# 837, 838 and 839 are from general knowledge, unconfirmed). The CEPII flag says whether BACI's
# country table is taken to carry the code too (BACI follows Comtrade's numbering: unconfirmed).
COMTRADE_SPECIAL = [
    (0, "World", False),
    (490, "Other Asia, nes", True),
    (837, "Bunkers", False),
    (838, "Free zones", False),
    (839, "Special categories", False),
    (899, "Areas, nes", False),
]


def rows_from_sources():
    iso = json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]
    with open(GACC_CSV, encoding="utf-8-sig", newline="") as f:
        gacc = list(csv.DictReader(f))
    with open(DECL_CSV, encoding="utf-8-sig", newline="") as f:
        decl = {r["三位代码"]: r for r in csv.DictReader(f)}
    gacc_by_a3 = {}
    for r in sorted(gacc, key=lambda r: int(r["gacc_code"])):
        if not r["iso_alpha3"] or r["gacc_code"] in GACC_SHARING_ISO:
            continue
        if r["iso_alpha3"] in gacc_by_a3:
            raise SystemExit(f"gen_countries.py: GACC codes {gacc_by_a3[r['iso_alpha3']]['gacc_code']} "
                             f"and {r['gacc_code']} share ISO {r['iso_alpha3']}: add one to "
                             "GACC_SHARING_ISO")
        gacc_by_a3[r["iso_alpha3"]] = r

    rows = [dict(a2="", a3="", num=-1, gacc=-1, decl="", comtrade=-1, cepii=-1,
                 kind=UNRECOGNISED, en="Unrecognised code", zh="", common="")]
    for e in sorted(iso, key=lambda e: e["alpha_3"]):
        a3 = e["alpha_3"]
        g = gacc_by_a3.get(a3)
        d = decl.get(a3)
        if g and g["iso_numeric"] and int(g["iso_numeric"]) != int(e["numeric"]):
            raise SystemExit(f"gen_countries.py: {a3}: GACC file says numeric {g['iso_numeric']}, "
                             f"iso-codes says {e['numeric']}")
        num = int(e["numeric"])
        comtrade = -1 if a3 in COMTRADE_NONE else COMTRADE_OVERRIDES.get(a3, num)
        zh = g["name_zh"] if g else (d["中文名称"] if d else "")
        rows.append(dict(a2=e["alpha_2"], a3=a3, num=num, gacc=int(g["gacc_code"]) if g else -1,
                         decl=(g["gacc_alpha3_2018"] if g else (a3 if d else "")),
                         comtrade=comtrade, cepii=comtrade, kind=ISO_COUNTRY, en=e["name"],
                         zh=zh, common=e.get("common_name", "")))
    for g in sorted(gacc, key=lambda r: int(r["gacc_code"])):
        code = g["gacc_code"]
        if code in GACC_SHARING_ISO:
            rows.append(dict(a2="", a3="", num=-1, gacc=int(code), decl="", comtrade=-1, cepii=-1,
                             kind=TERRITORY, en=GACC_SHARING_ISO[code], zh=g["name_zh"], common=""))
            continue
        if g["iso_alpha3"]:
            continue
        if code not in GACC_SPECIAL:
            raise SystemExit(f"gen_countries.py: GACC code {code} has no ISO code and no entry in "
                             "GACC_SPECIAL: add one")
        en, kind = GACC_SPECIAL[code]
        rows.append(dict(a2="", a3="", num=-1, gacc=int(code), decl=g["gacc_alpha3_2018"],
                         comtrade=-1, cepii=-1, kind=kind, en=en, zh=g["name_zh"], common=""))
    for code, en, in_cepii in COMTRADE_SPECIAL:
        rows.append(dict(a2="", a3="", num=-1, gacc=-1, decl="", comtrade=code,
                         cepii=code if in_cepii else -1, kind=AGGREGATE, en=en, zh="", common=""))
    return rows


def numeric_index(rows, field):
    pairs = sorted((r[field], i) for i, r in enumerate(rows) if r[field] >= 0)
    codes = [c for c, _ in pairs]
    if len(codes) != len(set(codes)):
        dup = sorted({c for c in codes if codes.count(c) > 1})
        raise SystemExit(f"gen_countries.py: duplicate {field} codes {dup}")
    return pairs


def text_index(rows, field):
    pairs = sorted((r[field], i) for i, r in enumerate(rows) if r[field])
    codes = [c for c, _ in pairs]
    if len(codes) != len(set(codes)):
        raise SystemExit(f"gen_countries.py: duplicate {field} codes")
    return pairs


def build():
    rows = rows_from_sources()
    def s(text):  # a table_text: the literal and its length in UTF-8 bytes
        size = len(text.encode("utf-8"))
        if size > 255:
            raise SystemExit(f"gen_countries.py: {text!r} is longer than a table_text holds (255 bytes)")
        return f"{{{cg.cpp_string(text)}, {size}}}"
    out = []
    w = out.append
    w("// Generated by tools/gen_countries.py: do not edit; run the generator instead.")
    w(f"// Sources (read {SNAPSHOT}):")
    w(f"//   {ISO_JSON} (Debian iso-codes 4.15), sha256 {cg.sha256_of(ISO_JSON)}")
    w(f"//   ../shared/reference/data/gacc_country_codes.csv, sha256 {cg.sha256_of(GACC_CSV)}")
    w(f"//   ../shared/reference/data/basic-data-country.csv, sha256 {cg.sha256_of(DECL_CSV)}")
    w("// Comtrade and CEPII columns follow the rules in tools/gen_countries.py")
    w("// (documented in docs/reference/codes.md).")
    w("#pragma once")
    w("")
    w("#include <cstdint>")
    w("#include <string_view>")
    w("")
    w("namespace tradestat::detail {")
    w("")
    w("// A text of the tables with its length in bytes written out: the tables are plain data, where")
    w("// std::string_view members would run the constructor that measures each literal, some 2,400")
    w("// times in every translation unit (two thirds of this header's compile time).")
    w("struct table_text {")
    w("  const char* data;")
    w("  std::uint8_t size;")
    w("  constexpr std::string_view view() const noexcept { return {data, size}; }")
    w("};")
    w("")
    w("// One partner: codes are empty or -1 where the scheme has none.")
    w("struct country_row {")
    w("  table_text alpha2, alpha3;  // ISO 3166-1")
    w("  std::int16_t iso_numeric;")
    w("  std::int16_t gacc;          // GACC 3-digit partner code")
    w("  table_text gacc_alpha3;     // 3-letter code on customs declarations since 2018")
    w("  std::int16_t comtrade, cepii;")
    w("  std::uint8_t kind;          // tradestat::country_kind")
    w("  table_text name_en, name_zh, common_name_en;")
    w("};")
    w("")
    w("struct text_code_row {")
    w("  table_text code;")
    w("  std::uint16_t row;")
    w("};")
    w("")
    w(f"inline constexpr country_row country_rows[{len(rows)}] = {{")
    for r in rows:
        w(f"    {{{s(r['a2'])}, {s(r['a3'])}, {r['num']}, {r['gacc']}, {s(r['decl'])}, "
          f"{r['comtrade']}, {r['cepii']}, {r['kind']}, {s(r['en'])}, {s(r['zh'])}, "
          f"{s(r['common'])}}},")
    w("};")
    for name, field in [("iso_numeric", "num"), ("gacc", "gacc"), ("comtrade", "comtrade"),
                        ("cepii", "cepii")]:
        pairs = numeric_index(rows, field)
        direct = [0] * 1000
        for c, r in pairs:
            direct[c] = r
        w("")
        w(f"// Row of each {name} code 0-999; 0 (the unrecognised row) where none.")
        w(f"inline constexpr std::uint16_t country_row_of_{name}[1000] = {{")
        for i in range(0, 1000, 20):
            w("    " + " ".join(f"{v}," for v in direct[i:i + 20]))
        w("};")
    for name, field in [("alpha2", "a2"), ("alpha3", "a3"), ("gacc_alpha3", "decl")]:
        pairs = text_index(rows, field)
        w("")
        w(f"inline constexpr text_code_row country_rows_by_{name}[{len(pairs)}] = {{")
        for i in range(0, len(pairs), 8):
            w("    " + " ".join(f"{{{s(c)}, {r}}}," for c, r in pairs[i:i + 8]))
        w("};")
    w("")
    w("}  // namespace tradestat::detail")
    return {OUT: "\n".join(out) + "\n"}


if __name__ == "__main__":
    sys.exit(cg.run("gen_countries.py", [ISO_JSON, GACC_CSV, DECL_CSV], build))
