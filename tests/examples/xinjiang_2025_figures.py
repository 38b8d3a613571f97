#!/usr/bin/env python3
"""Runs the Xinjiang example and checks its bulletin figure by figure against the values Urumqi Customs
published for 2025 (typed here from ../shared/reference/xinjiang-2025.md, never from the program's
output), then checks that the files it writes hold the same tables.

Usage: xinjiang_2025_figures.py PROGRAM [--data FILE]   (--data is passed to the program)
"""
import csv
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# id -> what the published figure says. Values in billion yuan; growth and shares in percent.
# English reports (first table of the reference); where the English figure is rounded further
# (exports "+25 %", the new three "about 70 %"), the Chinese figure or the calibration table's value
# is the one to print.
PUBLISHED = {
    "total": {"value": 520.4, "texts": ["up 19.9 % year on year"]},
    "exports": {"value": 460.7, "texts": ["up 25.0 % year on year"]},
    "imports": {"value": 59.6, "texts": ["down 8.9 % year on year"]},
    "bri": {"value": 458.4, "texts": ["88.1 % of the total", "up 14.7 %"]},
    "asean": {"value": 67.4, "texts": ["up 98.3 %", "12.9 % of the total", "10 %: 2025"]},
    "me_exports": {"value": 186.5, "texts": ["up 40.7 %", "40.5 % of exports"]},
    "agri_exports": {"texts": ["up 25.4 %"]},
    "private": {"value": 482.7, "texts": ["up 20.1 %", "92.8 % of the total"]},
    "self_brand": {"value": 52.11, "texts": ["up 40.3 %", "11.3 % of exports"]},
}
FIRST_TABLE_IDS = ["total", "total_usd", "exports", "imports", "plan14", "bri", "central_asia", "asean",
                   "other_regions", "me_exports", "green_exports", "agri_exports", "private", "self_brand",
                   "self_brand_shares"]
# 2025's monthly H.10 rates lie between these (data/cny_per_usd_monthly_2015_2025.csv; December at
# November's rate): a dollar total converted month by month implies a rate between them.
RATE_2025_MIN, RATE_2025_MAX = 7.1069, 7.2968

failures = []
passes = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    (passes if ok else failures).append(what)


def number(text, unit):
    m = re.search(r"([0-9][0-9,]*\.?[0-9]*) " + unit, text)
    return float(m.group(1).replace(",", "")) if m else None


def percent(text, before=""):
    """The first percentage in the text after the words `before`."""
    m = re.search((re.escape(before) + " " if before else "") + r"(-?[0-9]+\.?[0-9]*) %", text)
    return float(m.group(1)) if m else None


def tables(text):
    """The Markdown tables of the output, each a list of rows (lists of cells), header first."""
    found, current = [], []
    for line in text.splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not all(set(c) <= {"-"} for c in cells):
                current.append(cells)
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def main():
    program, extra = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run([program, *extra, out], capture_output=True, text=True, check=False)
        print(run.stdout)
        check(run.returncode == 0, f"the example exits 0 ({run.returncode}) {run.stderr.strip()}")
        found = tables(run.stdout)
        check(len(found) == 2, "two tables: the figures and the partner groups")
        if len(found) != 2:
            return
        figures_table, groups_table = found
        check(figures_table[0] == ["id", "figure", "period", "value", "comparison"], "the figures' columns")
        rows = {r[0]: r for r in figures_table[1:]}
        check([r[0] for r in figures_table[1:]] == FIRST_TABLE_IDS, "every figure of the reference's first table, in order")

        for fid, want in PUBLISHED.items():
            row = rows.get(fid)
            if row is None:
                check(False, f"{fid}: missing")
                continue
            check(row[2] == "2025", f"{fid}: period 2025")
            if "value" in want:
                got = number(row[3], "billion yuan")
                check(got == want["value"], f"{fid}: {row[3]} is {want['value']} billion yuan as published")
            for t in want["texts"]:
                check(t in row[4], f"{fid}: '{t}' in '{row[4]}'")

        usd = number(rows["total_usd"][3], "billion US dollars")
        check(usd is not None and usd != 74.7,
              f"total_usd: {usd} is not the published 74.7 (a conversion at the spot rate of publication)")
        if usd:
            rate = 520.4 / usd
            check(RATE_2025_MIN - 0.01 < rate < RATE_2025_MAX + 0.01,
                  f"total_usd: 520.4 / {usd} = {rate:.4f} CNY per USD, within 2025's monthly rates")

        plan = rows["plan14"]
        check("2021-2025" in plan[2], f"plan14: period {plan[2]}")
        trillions = number(plan[3], "trillion yuan")
        check(trillions is not None and trillions >= 1.71, f"plan14: {plan[3]}, over 1.71 trillion yuan")
        check("up 144.3 %" in plan[4] and "2016-2020" in plan[4], f"plan14: {plan[4]}, +144.3 % on 2016-2020")

        ca = rows["central_asia"]
        share = percent(ca[4])
        check(number(ca[3], "billion yuan") == 276.7, f"central_asia: {ca[3]} (Chinese 2766.9亿元)")
        check(share is not None and share > 50 and share == 53.2, f"central_asia: {ca[4]}, over half: 53.2 %")

        regions = rows["other_regions"][4]
        for name in ["Africa", "West Asia", "Middle East", "Latin America"]:
            g = re.search(re.escape(name) + r"[^;]* (up|down) ([0-9.]+) %", regions)
            ok = g is not None and g.group(1) == "up" and float(g.group(2)) >= 10
            check(ok, f"other_regions: {name} grew by double digits ({regions})")

        green = percent(rows["green_exports"][4], "up")
        check(green is not None and round(green) == 73 and abs(green - 70) <= 5,
              f"green_exports: up {green} %: the new three +73 %, 'about +70 %'")

        shares = rows["self_brand_shares"][3]
        for t in ["electrical equipment 33 %", "lithium batteries 81.1 %", "textile machinery 25 %"]:
            check(t in shares, f"self_brand_shares: '{t}' in '{shares}'")

        # The partner-group table: ASEAN crossing 10 %, and the totals row.
        check(groups_table[0][:4] == ["partner group", "2025", "2024", "growth"], "the partner groups' columns")
        groups = {r[0]: r for r in groups_table[1:]}
        asean = groups.get("ASEAN")
        check(asean is not None and number(asean[1], "billion yuan") == 67.4 and asean[3] == "98.3 %"
              and asean[4] == "12.9 %" and asean[5] == "7.8 %", f"partner groups: ASEAN {asean}")
        bri = groups.get("Belt and Road partners")
        check(bri is not None and bri[4] == "88.1 %" and bri[5] == "92.1 %", f"partner groups: Belt and Road {bri}")
        tot = groups.get("total")
        check(tot is not None and number(tot[1], "billion yuan") == 520.4 and tot[3] == "19.9 %",
              f"partner groups: total {tot}")

        # The files hold the same tables.
        for stem, table in [("bulletin", figures_table), ("partner_groups", groups_table)]:
            with open(Path(out) / f"{stem}.csv", newline="", encoding="utf-8") as f:
                check(list(csv.reader(f)) == table, f"{stem}.csv holds the printed table")
            md = (Path(out) / f"{stem}.md").read_text(encoding="utf-8")
            check(tables(md) == [table], f"{stem}.md holds the printed table")


if __name__ == "__main__":
    main()
    print(f"{len(passes)} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)
