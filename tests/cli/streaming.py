#!/usr/bin/env python3
"""Streaming check of `tradestat summary --by partner`: the peak resident memory of the tool on a
generated canonical file does not grow with the file. Runs the tool on a small file (ROWS/8 rows)
and on a large one (ROWS rows), both written here, and compares their peak RSS (ru_maxrss of the
child, so no timing and no /usr/bin/time). A tool that kept every record (about 170 bytes each)
would need ROWS * 7/8 * 170 bytes more for the large file (~50 MB at 400 000 rows); the bound
allowed is BOUND_MB (default 16 MB) of growth, far below that and far above allocator noise.

usage: streaming.py --tool PATH --dir DIR [--rows N] [--bound-mb M] [--threads T]"""
import argparse
import os
import resource
import subprocess
import sys

HEADER = ("period,flow,partner,hs,hs_version,trade_mode,enterprise_type,region,customs_district,"
          "brand_type,value_cny,value_usd\n")
PARTNERS = ["KAZ", "VNM", "DEU", "USA", "RUS", "JPN", "KOR", "BRA", "IND", "UZB"]


def write_file(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        for i in range(rows):
            month = 1 + i % 12
            f.write(f"2025-{month:02d},{'export' if i % 3 else 'import'},iso3:{PARTNERS[i % len(PARTNERS)]},"
                    f"85171300,H6,10,private,65,9401,domestic_own,{100 + i % 997},{14 + i % 89}\n")


def peak_kb(tool, path, threads):
    # A fresh child per measurement: ru_maxrss of RUSAGE_CHILDREN is the maximum over the children
    # waited for, so each run is measured in its own helper process.
    code = ("import resource,subprocess,sys;"
            "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE);"
            "sys.stderr.write(r.stderr.decode(errors='replace')) if r.returncode else None;"
            "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, tool, "summary", path, "--by", "partner", "--threads",
                          str(threads)], capture_output=True, text=True, check=True)
    rc, kb = out.stdout.split()
    if rc != "0":
        sys.exit(f"the tool failed on {path} (exit {rc}): {out.stderr}")
    return int(kb)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--tool", required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--rows", type=int, default=400_000)
    p.add_argument("--bound-mb", type=float, default=16.0)
    p.add_argument("--threads", type=int, default=1)
    a = p.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    small, large = os.path.join(a.dir, "streaming_small.csv"), os.path.join(a.dir, "streaming_large.csv")
    write_file(small, a.rows // 8)
    write_file(large, a.rows)
    s, l = peak_kb(a.tool, small, a.threads), peak_kb(a.tool, large, a.threads)
    grown = (l - s) / 1024
    print(f"peak RSS: {s / 1024:.1f} MB for {a.rows // 8} rows, {l / 1024:.1f} MB for {a.rows} rows "
          f"(grown {grown:.1f} MB, bound {a.bound_mb} MB, --threads {a.threads})")
    for f in (small, large):
        os.remove(f)
    if grown > a.bound_mb:
        sys.exit(f"peak memory grew by {grown:.1f} MB with the file: the tool keeps records")


if __name__ == "__main__":
    main()
