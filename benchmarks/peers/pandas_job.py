#!/usr/bin/python3
"""The pipeline benchmark's end-to-end job (benchmarks/pipeline/pipeline_hand.cpp) in pandas, as a
pandas user writes it: read_csv of the four columns with their dtypes (pandas' C parser, one thread,
its default), one groupby of year, flow and partner, then the three answers from that small frame,
printed in the text form of benchmarks/pipeline/answers.hpp. Sums stay int64 (exact); the growth is
worked out in Python integers, rounded half away from zero.

    /usr/bin/python3 pandas_job.py FILE.csv     (Debian's python3-pandas)
"""
import sys

import pandas as pd


def growth(current, prior):
    """(current / prior - 1) * 100 to one decimal, rounded half away from zero, or "no base"."""
    if prior == 0:
        return "no base"
    num, den = (current - prior) * 1000, prior
    if den < 0:
        num, den = -num, -den
    tenths = (2 * abs(num) + den) // (2 * den)
    return f"{'-' if num < 0 and tenths else ''}{tenths // 10}.{tenths % 10} %"


def main(path):
    df = pd.read_csv(path, usecols=["period", "flow", "partner", "value_cny"],
                     dtype={"period": "string", "flow": "category", "partner": "category",
                            "value_cny": "Int64"})
    df = df[df["value_cny"].notna()]
    df["year"] = df["period"].str.slice(0, 4).astype(int)
    agg = df.groupby(["year", "flow", "partner"], observed=True)["value_cny"].sum().astype("int64")

    out = []
    totals = agg.groupby(level=["year", "flow"], observed=True).sum().unstack("flow", fill_value=0)
    for year, row in totals.sort_index().iterrows():
        out.append(f"total {year} export {int(row.get('export', 0))}")
        out.append(f"total {year} import {int(row.get('import', 0))}")

    exports = agg.xs("export", level="flow")
    exports = exports[exports.index.get_level_values("year").isin([2024, 2025])]
    partners = exports.unstack("year", fill_value=0).reindex(columns=[2024, 2025], fill_value=0)
    partners.index = partners.index.astype(str)
    partners = partners.sort_index()
    top = partners[2025].sort_values(ascending=False, kind="stable").head(10)
    for rank, (partner, yuan) in enumerate(top.items(), start=1):
        out.append(f"top {rank} {partner} {int(yuan)}")
    for partner, row in partners.iterrows():
        cur, prior = int(row[2025]), int(row[2024])
        out.append(f"growth {partner} {cur} {prior} {growth(cur, prior)}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: pandas_job.py FILE.csv")
    main(sys.argv[1])
