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
UNRECOGNISED, ISO_COUNTRY, TERRITORY, FORMER, AGGREGATE, UNKNOWN, NONE = range(7)

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


def packed(entries, width):
    """The lines of a packed_column literal (detail/packed_table.hpp): entries of `width` characters."""
    for e in entries:
        if len(e) != width:
            raise SystemExit(f"gen_countries.py: {e!r} is not {width} characters wide")
    per_line = max(1, 96 // width)
    return ['      "' + "".join(entries[i:i + per_line]) + '"' for i in range(0, len(entries), per_line)]


def number(n, width=3):
    if n >= 10 ** width:
        raise SystemExit(f"gen_countries.py: {n} does not fit in {width} digits")
    return "-" * width if n < 0 else f"{n:0{width}d}"


def code(text, width):
    return text if text else " " * width


def build():
    rows = rows_from_sources()
    # The value of country{} (country::none()): the last row, after the table's partners.
    rows.append(dict(a2="", a3="", num=-1, gacc=-1, decl="", comtrade=-1, cepii=-1, kind=NONE,
                     en="no country", zh="无国家", common=""))
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
    w("#include <tradestat/detail/packed_table.hpp>")
    w("")
    w("#include <cstddef>")
    w("")
    w("namespace tradestat::detail {")
    w("")
    w("// The partners, one entry a row in every column, packed in string literals")
    w("// (detail/packed_table.hpp): row 0 is the unrecognised code, the last row \"no country\" (the")
    w("// value of country{}), the rows between are the table's partners. Codes are blank where the")
    w("// scheme has none, numbers (3 digits) '-'.")
    w("struct country_table {")
    w("  std::size_t partners;      // the rows before \"no country\"")
    w("  packed_column<2> alpha2;       // ISO 3166-1")
    w("  packed_column<3> alpha3;")
    w("  packed_column<3> iso_numeric;")
    w("  packed_column<3> gacc;         // GACC 3-digit partner code")
    w("  packed_column<3> gacc_alpha3;  // 3-letter code on customs declarations since 2018")
    w("  packed_column<3> comtrade, cepii;")
    w("  packed_column<1> kind;         // tradestat::country_kind")
    w("  packed_texts name_en, name_zh, common_name_en;")
    w("};")
    w("")
    w("// A code scheme's codes ascending, and the row of each (3 digits).")
    w("template <std::size_t Width>")
    w("struct country_code_index {")
    w("  packed_column<Width> codes;")
    w("  packed_column<3> rows;")
    w("};")
    w("")

    def texts(field):
        encoded = [r[field].encode("utf-8") for r in rows]
        offsets, at = [], 0
        for e in encoded:
            offsets.append(at)
            at += len(e)
        offsets.append(at)
        lines = []
        for i in range(0, len(rows), 8):
            lines.append("      " + " ".join(cg.cpp_string(r[field]) for r in rows[i:i + 8]))
        offset_lines = packed([number(o, 5) for o in offsets], 5)
        offset_lines[0] = "      {" + offset_lines[0].strip()
        return lines + ["      ,"] + offset_lines + ["      }"]

    w(f"inline constexpr country_table countries{{")
    w(f"    .partners = {len(rows) - 1},")
    # The fixed-width columns in country_table's order: codes (blank where none), 3-digit numbers
    # ('-' where none), the one-digit kind.
    columns = [("alpha2", lambda r: code(r["a2"], 2), 2), ("alpha3", lambda r: code(r["a3"], 3), 3),
               ("iso_numeric", lambda r: number(r["num"]), 3), ("gacc", lambda r: number(r["gacc"]), 3),
               ("gacc_alpha3", lambda r: code(r["decl"], 3), 3), ("comtrade", lambda r: number(r["comtrade"]), 3),
               ("cepii", lambda r: number(r["cepii"]), 3), ("kind", lambda r: str(r["kind"]), 1)]
    for name, entry, width in columns:
        w(f"    .{name} = {{")
        out.extend(packed([entry(r) for r in rows], width))
        w("    },")
    for name, field in [("name_en", "en"), ("name_zh", "zh"), ("common_name_en", "common")]:
        w(f"    .{name} = {{")
        out.extend(texts(field))
        w("    },")
    w("};")
    for name, field in [("iso_numeric", "num"), ("gacc", "gacc"), ("comtrade", "comtrade"),
                        ("cepii", "cepii")]:
        pairs = numeric_index(rows, field)
        direct = [0] * 1000
        for c, r in pairs:
            direct[c] = r
        w("")
        w(f"// Row of each {name} code 0-999 (3 digits); 000 (the unrecognised row) where none.")
        w(f"inline constexpr packed_column<3> country_row_of_{name}{{")
        out.extend(packed([number(r) for r in direct], 3))
        w("};")
    for name, field, width in [("alpha2", "a2", 2), ("alpha3", "a3", 3), ("gacc_alpha3", "decl", 3)]:
        pairs = text_index(rows, field)
        w("")
        w(f"inline constexpr country_code_index<{width}> country_{name}_index{{")
        w("    {")
        out.extend(packed([c for c, _ in pairs], width))
        w("    },")
        w("    {")
        out.extend(packed([number(r) for _, r in pairs], 3))
        w("    }};")
    w("")
    w("}  // namespace tradestat::detail")
    return {OUT: "\n".join(out) + "\n"}


if __name__ == "__main__":
    sys.exit(cg.run("gen_countries.py", [ISO_JSON, GACC_CSV, DECL_CSV], build))
