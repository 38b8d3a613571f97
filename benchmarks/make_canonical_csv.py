#!/usr/bin/env python3
"""Writes a canonical CSV for benchmarks/read_canonical.cpp: N rows (default 10 million, about
450 MB) of period,flow,partner,hs,hs_version,value_cny, deterministic, to the path given.

    python3 benchmarks/make_canonical_csv.py /tmp/canonical_10m.csv [--rows N]

Never commit the output. Prints the rows written and the exact total of value_cny, which the
benchmark's three readers must all reproduce.
"""
import argparse
import sys

PARTNERS = ["gacc:502", "gacc:145", "gacc:402", "gacc:410", "gacc:141", "gacc:136", "gacc:112", "gacc:122",
            "iso3:KGZ", "iso3:UZB", "iso3:DEU", "iso3:JPN"]
HS = ["854231", "120190", "870380", "850760", "854142", "610910", "847130", "271012", "030617", "940161"]
FLOWS = ["export", "import"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--rows", type=int, default=10_000_000)
    args = parser.parse_args()
    x = 12345
    total = 0
    chunk = []
    with open(args.path, "w", encoding="ascii", newline="\n") as out:
        out.write("period,flow,partner,hs,hs_version,value_cny\n")
        for i in range(args.rows):
            # A 64-bit linear congruential sequence (Knuth's MMIX constants).
            x = (x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
            value = x >> 34  # 0 .. about 1.07e9 yuan
            total += value
            chunk.append("20%02d-%02d,%s,%s,%s,H6,%d\n" % (15 + (x >> 60) % 11, 1 + (x >> 8) % 12, FLOWS[(x >> 20) & 1],
                                                          PARTNERS[(x >> 21) % 12], HS[(x >> 25) % 10], value))
            if len(chunk) == 100_000:
                out.write("".join(chunk))
                chunk.clear()
        out.write("".join(chunk))
    print(f"{args.rows} rows, value_cny total {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
