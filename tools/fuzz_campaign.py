#!/usr/bin/env python3
"""A fuzz campaign over every libFuzzer target of a clang build (the `clang` preset builds them).

For each target it runs the fuzzer for the given minutes, seeded from the same fixture directories
as its CTest (read from `ctest --show-only=json-v1`, so the seeds are named once, in
tests/fuzz/CMakeLists.txt), keeps the corpus it grows in CAMPAIGN_DIR/corpus/<target> for the next
campaign, and minimises any crash into tests/fuzz/regressions/<target>/, which the target's CTest
then replays on every run. It prints a Markdown table: executions, coverage (libFuzzer's `cov`,
edges, and `ft`, features), corpus size and findings per target.

    cmake --workflow --preset clang-test      # or: cmake --preset clang && cmake --build build/clang
    python3 tools/fuzz_campaign.py --build build/clang --minutes 30
    python3 tools/fuzz_campaign.py --build build/clang --minutes 2 --only resync --jobs 1

Targets run one after another unless --jobs N asks for N at a time (one core each).
"""
import argparse
import concurrent.futures
import hashlib
import json
import pathlib
import re
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
REGRESSIONS = ROOT / "tests" / "fuzz" / "regressions"
STATS = re.compile(r"#(\d+)\s+(?:DONE|pulse|NEW|REDUCE|INITED)\s+cov: (\d+) ft: (\d+) corp: (\d+)")


def fuzz_tests(build: pathlib.Path):
    """The fuzz.<name> CTests of a build: name, binary and seed directories."""
    out = subprocess.run(["ctest", "--test-dir", str(build), "--show-only=json-v1", "-R", r"^fuzz\."],
                         check=True, capture_output=True, text=True).stdout
    tests = []
    for t in json.loads(out)["tests"]:
        command = t.get("command")
        if not command or not command[0].endswith(t["name"].replace("fuzz.", "tradestat_fuzz_")):
            continue  # a skip test: this build has no libFuzzer
        dirs = [a for a in command[1:] if not a.startswith("-")]
        # The first directory is the CTest's own corpus in the build tree; the rest are seeds.
        tests.append({"name": t["name"].removeprefix("fuzz."), "binary": command[0], "seeds": dirs[1:]})
    return tests


def run_target(t, minutes: float, campaign: pathlib.Path, max_len: int):
    name = t["name"]
    corpus = campaign / "corpus" / name
    artifacts = campaign / "artifacts" / name
    corpus.mkdir(parents=True, exist_ok=True)
    artifacts.mkdir(parents=True, exist_ok=True)
    seeds = [s for s in t["seeds"] if pathlib.Path(s).is_dir()]
    regression = REGRESSIONS / name
    if regression.is_dir():
        seeds.append(str(regression))
    log_path = campaign / f"{name}.log"
    command = [t["binary"], f"-max_total_time={int(minutes * 60)}", f"-max_len={max_len}", "-timeout=10",
               "-rss_limit_mb=2048", "-print_final_stats=1", f"-artifact_prefix={artifacts}/", str(corpus), *seeds]
    with open(log_path, "w") as log:
        rc = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT).returncode
    text = log_path.read_text(errors="replace")
    last = STATS.findall(text)
    execs = re.search(r"stat::number_of_executed_units:\s*(\d+)", text)
    findings = sorted(p for p in artifacts.iterdir() if p.is_file())
    kept = []
    for crash in findings:
        minimised = artifacts / ("min-" + crash.name)
        subprocess.run([t["binary"], "-minimize_crash=1", "-runs=10000", f"-exact_artifact_path={minimised}",
                        str(crash)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        source = minimised if minimised.is_file() else crash
        regression.mkdir(parents=True, exist_ok=True)
        target = regression / ("crash-" + hashlib.sha1(source.read_bytes()).hexdigest()[:16])
        shutil.copyfile(source, target)
        kept.append(target)
    return {
        "name": name,
        "rc": rc,
        "executions": int(execs.group(1)) if execs else (int(last[-1][0]) if last else 0),
        "cov": int(last[-1][1]) if last else 0,
        "ft": int(last[-1][2]) if last else 0,
        "corpus": sum(1 for p in corpus.iterdir() if p.is_file()),
        "findings": kept,
        "log": log_path,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", type=pathlib.Path, default=ROOT / "build" / "clang",
                        help="a clang build tree with the fuzz targets built (default build/clang)")
    parser.add_argument("--minutes", type=float, default=30.0, help="minutes for each target (default 30)")
    parser.add_argument("--only", action="append", default=[], help="run only this target (repeatable)")
    parser.add_argument("--jobs", type=int, default=1, help="targets run at a time (default 1)")
    parser.add_argument("--max-len", type=int, default=4096, help="largest input in bytes (default 4096)")
    parser.add_argument("--campaign-dir", type=pathlib.Path, default=None,
                        help="where corpora, logs and crashes go (default BUILD/fuzz-campaign)")
    args = parser.parse_args()
    tests = fuzz_tests(args.build)
    if args.only:
        tests = [t for t in tests if t["name"] in args.only]
    if not tests:
        print(f"fuzz_campaign: no fuzz targets in {args.build}: configure it with the clang preset and build "
              "the tradestat_fuzz_* targets (libFuzzer needs clang++ and libclang-rt-14-dev)", file=sys.stderr)
        return 2
    missing = [t["binary"] for t in tests if not pathlib.Path(t["binary"]).is_file()]
    if missing:
        print("fuzz_campaign: not built: " + ", ".join(missing), file=sys.stderr)
        return 2
    campaign = args.campaign_dir or args.build / "fuzz-campaign"
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda t: run_target(t, args.minutes, campaign, args.max_len), tests))
    print(f"| target | minutes | executions | cov (edges) | ft (features) | corpus | findings |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for r in results:
        found = ", ".join(str(p.relative_to(ROOT)) for p in r["findings"]) or "none"
        print(f"| {r['name']} | {args.minutes:g} | {r['executions']:,} | {r['cov']:,} | {r['ft']:,} | "
              f"{r['corpus']:,} | {found} |")
    print(f"\nlogs, corpora and raw crashes: {campaign}")
    return 1 if any(r["findings"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
