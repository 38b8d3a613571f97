#!/usr/bin/env python3
"""Runs the Xinjiang example in English and in Chinese and checks its bulletin against the values
Urumqi Customs published for 2025 (typed here from ../shared/reference/xinjiang-2025.md, never from
the program's output): the table of figures figure by figure, the sentences' numbers and words
(rose/fell, 增长/下降, percentage points, for the first time), the comparison by partner group, that
the files it writes hold what it printed, and its SVG charts (parsed by tests/report/check_svg.py):
the bars against the partner-group figures, the line against yearly totals this script sums from
the dataset itself.

Usage: xinjiang_2025_figures.py PROGRAM [--data FILE]   (--data is passed to the program)
"""
import csv
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECK_SVG = HERE.parent / "report" / "check_svg.py"
DATASET = HERE.parent.parent / "data" / "xinjiang_2025.csv"

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
# The same in Chinese (亿元, the Chinese release's one more digit; 2024 values of the calibration table).
PUBLISHED_ZH = {
    "total": {"value": "5203.7亿元", "texts": ["同比增长19.9%"]},
    "exports": {"value": "4607.4亿元", "texts": ["同比增长25.0%"]},
    "imports": {"value": "596.3亿元", "texts": ["同比下降8.9%"]},
    "bri": {"value": "4583.7亿元", "texts": ["占进出口总值的88.1%", "同比增长14.7%"]},
    "central_asia": {"value": "2766.9亿元", "texts": ["占进出口总值的53.2%"]},
    "asean": {"value": "673.7亿元", "texts": ["同比增长98.3%", "占进出口总值的12.9%", "10%的年份：2025年"]},
    "me_exports": {"value": "1865.0亿元", "texts": ["同比增长40.7%", "占出口总值的40.5%"]},
    "agri_exports": {"texts": ["同比增长25.4%"]},
    "private": {"value": "4826.6亿元", "texts": ["同比增长20.1%", "占进出口总值的92.8%"]},
    "self_brand": {"value": "521.1亿元", "texts": ["同比增长40.3%", "占出口总值的11.3%"]},
}
FIRST_TABLE_IDS = ["total", "total_usd", "exports", "imports", "plan14", "bri", "central_asia", "asean",
                   "other_regions", "me_exports", "green_exports", "agri_exports", "private", "self_brand",
                   "self_brand_shares"]

# ASEAN's share change, worked from the Chinese figures: 673.7 / 5203.7 = 12.946 % in 2025 against
# 339.7 / 4340.5 = 7.826 % in 2024 (both implied by the published growth rates), 5.12 points.
ASEAN_POINTS = round(100 * (Decimal("673.7") / Decimal("5203.7") - Decimal("339.7") / Decimal("4340.5")), 1)

# One sentence per published figure: the start of the sentence (its subject, never a number) and the
# pieces it must hold, each with the direction word the sign of the published value gives.
SENTENCES_EN = [
    ("Total trade rose", ["rose 19.9 % to 520.4 billion yuan."]),
    ("Total trade in US dollars", ["rose ", " billion US dollars."]),
    ("Exports rose", ["rose 25.0 % to 460.7 billion yuan."]),
    ("Imports", ["fell 8.9 % to 59.6 billion yuan."]),
    ("Trade over the 14th Five-Year Plan (2021-2025), against the 13th Five-Year Plan (2016-2020),",
     ["rose 144.3 % to 1.71 trillion yuan."]),
    ("Trade with Belt and Road partner countries", ["rose 14.7 % to 458.4 billion yuan", "accounting for 88.1 % of the total."]),
    ("Trade with the five Central Asian countries", ["totalled 276.7 billion yuan", "accounting for 53.2 % of the total."]),
    ("Trade with ASEAN", ["rose 98.3 % to 67.4 billion yuan", "accounting for 12.9 % of the total",
                          f"up {ASEAN_POINTS} percentage points", "above 10 % for the first time."]),
    ("Trade with Africa", ["rose "]),
    ("Trade with West Asia", ["rose "]),
    ("Trade with the Middle East", ["rose "]),
    ("Trade with Latin America", ["rose "]),
    ("Exports of mechanical and electrical products", ["rose 40.7 % to 186.5 billion yuan", "accounting for 40.5 % of exports."]),
    ("Exports of the new three", ["rose 73.0 %"]),
    ("Agricultural exports", ["rose 25.4 %"]),
    ("Trade of private enterprises", ["rose 20.1 % to 482.7 billion yuan", "accounting for 92.8 % of the total."]),
    ("Exports of self-branded goods", ["rose 40.3 % to 52.11 billion yuan", "accounting for 11.3 % of exports."]),
    ("Self-branded goods accounted for", ["33 % of exports of electrical equipment."]),
    ("Self-branded goods accounted for", ["81.1 % of exports of lithium batteries."]),
    ("Self-branded goods accounted for", ["25 % of exports of textile machinery."]),
]
SENTENCES_ZH = [
    ("进出口总值", ["5203.7亿元，增长19.9%。"]),
    ("以美元计，进出口总值", ["亿美元，增长"]),
    ("出口", ["4607.4亿元，增长25.0%。"]),
    ("进口", ["596.3亿元，下降8.9%。"]),
    ("与“十三五”时期相比，“十四五”时期进出口总值", ["1.71万亿元，增长144.3%。"]),
    ("对共建“一带一路”国家进出口", ["4583.7亿元，增长14.7%，占进出口总值的88.1%。"]),
    ("对中亚五国进出口", ["2766.9亿元，占进出口总值的53.2%。"]),
    ("对东盟进出口", [f"673.7亿元，增长98.3%，占进出口总值的12.9%，提高{ASEAN_POINTS}个百分点，首次突破10%。"]),
    ("对非洲进出口", ["增长"]),
    ("对西亚", ["增长"]),
    ("对中东进出口", ["增长"]),
    ("对拉丁美洲和加勒比进出口", ["增长"]),
    ("机电产品出口", ["1865.0亿元，增长40.7%，占出口总值的40.5%。"]),
    ("“新三样”产品出口", ["增长73.0%。"]),
    ("农产品出口", ["增长25.4%。"]),
    ("民营企业进出口", ["4826.6亿元，增长20.1%，占进出口总值的92.8%。"]),
    ("自主品牌产品出口", ["521.1亿元，增长40.3%，占出口总值的11.3%。"]),
    ("自主品牌产品占", ["电气设备出口的33%。"]),
    ("自主品牌产品占", ["锂电池出口的81.1%。"]),
    ("自主品牌产品占", ["纺织机械出口的25%。"]),
]

# Partner groups in Chinese figures (亿元): the 2025 values of the Chinese release and the 2024 values
# the published growth rates imply (calibration table); None where the release gives no figure.
GROUPS_ZH = {
    "共建“一带一路”国家": ("3996.3", "4583.7"),
    "中亚五国": (None, "2766.9"),
    "东盟": ("339.7", "673.7"),
}
BAR_TITLE = {"en": "Xinjiang's trade by partner group, 2024 and 2025", "zh": "新疆对主要伙伴组别进出口，2024年与2025年"}
LINE_TITLE = {"en": "Xinjiang's total trade, 2016-2025", "zh": "新疆进出口总值，2016年—2025年"}
# Reported yearly totals (亿元, ../shared/reference: 2019 secondary source, 2023 Urumqi Customs) and
# the 2024 and 2025 totals of the calibration table.
REPORTED_TOTALS = {2019: Decimal("1640.9"), 2023: Decimal("3573.3"), 2024: Decimal("4340.5"), 2025: Decimal("5203.7")}
# 2025's monthly H.10 rates lie between these (data/cny_per_usd_monthly_2015_2025.csv; December at
# November's rate): a dollar total converted month by month implies a rate between them.
RATE_2025_MIN, RATE_2025_MAX = 7.1069, 7.2968

failures = []
passes = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    (passes if ok else failures).append(what)


def number(text, unit):
    m = re.search(r"([0-9][0-9,]*\.?[0-9]*) ?" + unit, text)
    return float(m.group(1).replace(",", "")) if m else None


def percent(text, before=""):
    """The first percentage in the text after the words `before`."""
    m = re.search((re.escape(before) + " " if before else "") + r"(-?[0-9]+\.?[0-9]*) ?%", text)
    return float(m.group(1)) if m else None


def markdown_tables(text):
    """The Markdown tables of a text, each a list of rows (lists of cells), header first."""
    found, current = [], []
    for line in text.splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not all(c and set(c) <= {"-", ":"} for c in cells):
                current.append(cells)
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def text_table(block):
    """An aligned plain-text table (report/text_table.hpp's to_string): caption, header, a rule of
    dashes, rows, notes. Cells are separated by two or more spaces."""
    lines = block.splitlines()
    rule = next(i for i, line in enumerate(lines) if line and set(line) <= {"-", " "})
    rows = [re.split(r"\s{2,}", line.strip()) for line in [lines[rule - 1]] + lines[rule + 1:]
            if line and not line.startswith(("Note: ", "注："))]
    notes = [line for line in lines if line.startswith(("Note: ", "注："))]
    return lines[0], rows, notes


def run(program, extra, out, lang):
    args = [program, *extra] + (["--lang", "zh"] if lang == "zh" else []) + [out]
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    print(done.stdout)
    check(done.returncode == 0, f"[{lang}] the example exits 0 ({done.returncode}) {done.stderr.strip()}")
    return done.stdout


def sections(stdout):
    """Title, figures, sentences, partner groups, the files line: paragraphs of the output."""
    return [p for p in stdout.split("\n\n") if p.strip()]


def check_sentences(lines, expected, lang):
    check(len(lines) == len(expected), f"[{lang}] one sentence per published figure: {len(lines)} of {len(expected)}")
    for line, (start, pieces) in zip(lines, expected):
        ok = line.startswith(start) and all(p in line for p in pieces)
        check(ok, f"[{lang}] '{line}' starts with '{start}' and holds {pieces}")


def check_regions(lines, lang):
    """Africa, West Asia, the Middle East and Latin America each grew by double digits."""
    for line in lines[8:12]:
        m = re.search(r"(rose|fell) ([0-9.]+) %" if lang == "en" else r"(增长|下降)([0-9.]+)%", line)
        ok = m is not None and m.group(1) in ("rose", "增长") and float(m.group(2)) >= 10
        check(ok, f"[{lang}] double-digit growth: {line}")


def check_usd(figure_rows, lines):
    usd = number(figure_rows["total_usd"][3], "billion US dollars")
    check(usd is not None and usd != 74.7,
          f"total_usd: {usd} is not the published 74.7 (a conversion at the spot rate of publication)")
    if usd:
        rate = 520.4 / usd
        check(RATE_2025_MIN - 0.01 < rate < RATE_2025_MAX + 0.01,
              f"total_usd: 520.4 / {usd} = {rate:.4f} CNY per USD, within 2025's monthly rates")
        growth = percent(figure_rows["total_usd"][4], "up")
        check(f"rose {growth} % to {usd} billion US dollars." in lines[1], f"the dollar sentence says the table's figures: {lines[1]}")


def check_english(stdout, out):
    parts = sections(stdout)
    check(len(parts) == 5, f"[en] five parts: title, figures, sentences, partner groups, files ({len(parts)})")
    if len(parts) != 5:
        return None
    title, figures_md, narrative, groups_text, written = parts
    check(title.startswith("Xinjiang's foreign trade in 2025"), f"[en] the title: {title}")
    figures_table = markdown_tables(figures_md)[0]
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

    lines = narrative.splitlines()
    check_sentences(lines, SENTENCES_EN, "en")
    check_regions(lines, "en")
    check_usd(rows, lines)

    # The partner-group table: ASEAN crossing 10 %, Belt and Road's share falling, the base of the shares.
    caption, groups_table, notes = text_table(groups_text)
    check(caption == "2025 compared with 2024; amounts in billion yuan", f"partner groups: caption '{caption}'")
    check(groups_table[0][:4] == ["Partner group", "2025 (billion yuan)", "2024 (billion yuan)", "Growth (%)"],
          f"the partner groups' columns {groups_table[0]}")
    groups = {r[0]: r for r in groups_table[1:]}
    asean = groups.get("ASEAN")
    check(asean is not None and asean[1] == "67.4" and asean[3] == "98.3" and asean[4] == "12.9"
          and asean[5] == str(ASEAN_POINTS), f"partner groups: ASEAN {asean}")
    bri = groups.get("Belt and Road partners")
    check(bri is not None and bri[1] == "458.4" and bri[3] == "14.7" and bri[4] == "88.1",
          f"partner groups: Belt and Road {bri}")
    check(any("(520.4 billion yuan)" in n for n in notes), f"partner groups: shares of the total 520.4 ({notes})")
    check(written.startswith("Written: "), f"[en] the files line: {written}")

    # The files hold what was printed.
    with open(Path(out) / "bulletin.csv", newline="", encoding="utf-8") as f:
        check(list(csv.reader(f)) == figures_table, "bulletin.csv holds the printed figures")
    md = (Path(out) / "bulletin.md").read_text(encoding="utf-8")
    check(markdown_tables(md) == [figures_table], "bulletin.md holds the printed figures")
    check(all(line in md.splitlines() for line in lines), "bulletin.md holds the printed sentences")
    with open(Path(out) / "partner_groups.csv", newline="", encoding="utf-8") as f:
        check(list(csv.reader(f)) == groups_table, "partner_groups.csv holds the printed partner groups")
    md = (Path(out) / "partner_groups.md").read_text(encoding="utf-8")
    check(markdown_tables(md) == [groups_table], "partner_groups.md holds the printed partner groups")
    return groups_table


def check_chinese(stdout, out):
    parts = sections(stdout)
    check(len(parts) == 5, f"[zh] five parts: title, figures, sentences, partner groups, files ({len(parts)})")
    if len(parts) != 5:
        return None
    title, figures_md, narrative, groups_text, written = parts
    check(title.startswith("新疆2025年对外贸易"), f"[zh] the title: {title}")
    figures_table = markdown_tables(figures_md)[0]
    check(figures_table[0] == ["编号", "指标", "时期", "数值", "比较"], "[zh] the figures' columns")
    rows = {r[0]: r for r in figures_table[1:]}
    check([r[0] for r in figures_table[1:]] == FIRST_TABLE_IDS, "[zh] every figure, in order")
    for fid, want in PUBLISHED_ZH.items():
        row = rows.get(fid)
        if row is None:
            check(False, f"[zh] {fid}: missing")
            continue
        check(row[2] == "2025年", f"[zh] {fid}: period 2025年")
        if "value" in want:
            check(row[3] == want["value"], f"[zh] {fid}: {row[3]} is {want['value']} as published")
        for t in want["texts"]:
            check(t in row[4], f"[zh] {fid}: '{t}' in '{row[4]}'")
    plan = rows["plan14"]
    check(plan[2] == "“十四五”时期" and number(plan[3], "万亿元") >= 1.71 and plan[4] == "比“十三五”时期增长144.3%",
          f"[zh] plan14: {plan}")
    check(rows["imports"][4].startswith("同比下降"), "[zh] imports fell: 下降")

    lines = narrative.splitlines()
    check_sentences(lines, SENTENCES_ZH, "zh")
    check_regions(lines, "zh")

    caption, groups_table, notes = text_table(groups_text)
    check(caption == "2025年与2024年对比；单位：亿元", f"[zh] partner groups: caption '{caption}'")
    groups = {r[0]: r for r in groups_table[1:]}
    for name, (prior, current) in GROUPS_ZH.items():
        row = groups.get(name)
        ok = row is not None and row[1] == current and (prior is None or row[2] == prior)
        check(ok, f"[zh] partner groups: {name} {row}, published {current} (2024: {prior})")
    check(any("（5203.7亿元）" in n for n in notes), f"[zh] partner groups: shares of the total 5203.7 ({notes})")
    check(written.startswith("已写入："), f"[zh] the files line: {written}")
    with open(Path(out) / "partner_groups.csv", newline="", encoding="utf-8") as f:
        csv_rows = list(csv.reader(f))
    check(csv_rows == groups_table, "[zh] partner_groups.csv holds the printed partner groups")
    return csv_rows


def check_svg(*args):
    done = subprocess.run([sys.executable, str(CHECK_SVG), *args], capture_output=True, text=True, check=False)
    print(done.stdout.strip())
    check(done.returncode == 0, f"check_svg.py {args[0]} {args[1]}")


def yearly_totals(data):
    """Total trade by year (亿元, exact), summed from the dataset's value_cny column by this script."""
    totals = defaultdict(int)
    with open(data, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(line for line in f if not line.startswith("#")):
            totals[int(row["period"][:4])] += int(row["value_cny"])
    return {y: Decimal(v) / Decimal(10) ** 8 for y, v in sorted(totals.items())}


def check_charts(out_en, out_zh, zh_groups, data):
    # Bars: the partner-group figures of the Chinese table (亿元, one decimal, checked above against
    # the published ones), in billions for the English chart.
    bars_zh = [f"{r[0]}={r[2]},{r[1]}" for r in zh_groups[1:]]
    check_svg("bars", str(Path(out_zh) / "partner_groups.svg"), "--title", BAR_TITLE["zh"],
              *[a for b in bars_zh for a in ("--bar", b)])
    names_en = ["Belt and Road partners", "Central Asia", "ASEAN", "Africa", "West Asia (UN M49)",
                "Middle East (Chinese usage)", "Latin America and the Caribbean"]
    check(len(names_en) == len(zh_groups) - 1, "as many groups in English as in Chinese")
    bars_en = [f"{n}={Decimal(r[2]) / 10},{Decimal(r[1]) / 10}" for n, r in zip(names_en, zh_groups[1:])]
    check_svg("bars", str(Path(out_en) / "partner_groups.svg"), "--title", BAR_TITLE["en"],
              *[a for b in bars_en for a in ("--bar", b)])

    # The line: every year's total, summed here from the records; the reported years first checked.
    totals = yearly_totals(data)
    check(list(totals) == list(range(2016, 2026)), f"the dataset has every year 2016-2025 ({list(totals)})")
    for y, reported in REPORTED_TOTALS.items():
        check(round(totals.get(y, Decimal(0)), 1) == reported, f"{y}: {totals.get(y)}亿元 is the reported {reported}")
    check_svg("line", str(Path(out_zh) / "yearly_totals.svg"), "--title", LINE_TITLE["zh"],
              *[a for y, v in totals.items() for a in ("--point", f"{y}年={v}")])
    check_svg("line", str(Path(out_en) / "yearly_totals.svg"), "--title", LINE_TITLE["en"],
              *[a for y, v in totals.items() for a in ("--point", f"{y}={v / 10}")])


def main():
    program, extra = sys.argv[1], sys.argv[2:]
    data = extra[extra.index("--data") + 1] if "--data" in extra else DATASET
    with tempfile.TemporaryDirectory() as out_en, tempfile.TemporaryDirectory() as out_zh:
        english = run(program, extra, out_en, "en")
        chinese = run(program, extra, out_zh, "zh")
        check_english(english, out_en)
        zh_groups = check_chinese(chinese, out_zh)
        if zh_groups:
            check_charts(out_en, out_zh, zh_groups, data)


if __name__ == "__main__":
    main()
    print(f"{len(passes)} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)
