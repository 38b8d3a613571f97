"""Checks an SVG chart written by tradestat's report layer with a real XML parser
(xml.etree.ElementTree), against figures given on the command line (typed by hand in
tests/report/CMakeLists.txt, never read from the chart):

    check_svg.py bars FILE --title T --bar "KEY=PRIOR,CURRENT" ...   # bar_chart_svg
    check_svg.py line FILE --title T --point "PERIOD=VALUE" ...      # line_chart_svg

Both: the file parses; the root is an svg element with width, height and viewBox; its <title> and
drawn title are T. The value axis starts at 0 and steps by 1, 2 or 5 times a power of ten up to a
tick at or above the largest value, and each tick sits where the marks' scale puts its value.
Bars: each key has one prior and one current bar on a common baseline, every height is the same
multiple of its value (to 0.02 px), no other bar is drawn, and every key's label is present.
Line: one point per period, in order, evenly spaced, heights proportional to the values above the
baseline, the polyline through the points, and the first and last period labelled.
Exit status 0 when every check passes, 1 with the failures listed.
"""
import argparse
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal

NS = "{http://www.w3.org/2000/svg}"
TOLERANCE = 0.02  # px: coordinates are printed to 0.01 px, rounded half up


def elements(root, tag, cls):
    return [e for e in root.iter(NS + tag) if cls in (e.get("class") or "").split()]


def texts(root, cls):
    return ["".join(e.itertext()) for e in elements(root, "text", cls)]


def check_frame(root, title, failures):
    if root.tag != NS + "svg":
        failures.append(f"root element is {root.tag}, not an SVG svg element")
    for attribute in ("width", "height", "viewBox"):
        if not root.get(attribute):
            failures.append(f"the svg element has no {attribute}")
    found = root.find(NS + "title")
    if found is None or found.text != title:
        failures.append(f"<title> is {found.text if found is not None else None!r}, expected {title!r}")
    if texts(root, "title") != [title]:
        failures.append(f"the drawn title is {texts(root, 'title')!r}, expected {title!r}")


def check_axis(root, baseline, per_unit, largest, failures):
    """Ticks at round values, at the positions the marks' scale gives them."""
    labels = elements(root, "text", "tick-label")
    ticks = [Decimal("".join(e.itertext())) for e in labels]
    if len(ticks) < 2 or ticks[0] != 0:
        failures.append(f"the axis ticks are {ticks}, expected 0 and at least one step")
        return
    step = ticks[1] - ticks[0]
    mantissa = step.scaleb(-step.adjusted()).normalize()
    if mantissa not in (Decimal(1), Decimal(2), Decimal(5)):
        failures.append(f"the axis step {step} is not 1, 2 or 5 times a power of ten")
    for i, t in enumerate(ticks):
        if t != step * i:
            failures.append(f"tick {i} is {t}, expected {step * i}")
    if ticks[-1] < largest:
        failures.append(f"the top tick {ticks[-1]} is below the largest value {largest}")
    lines = elements(root, "line", "tick")
    if len(lines) != len(ticks):
        failures.append(f"{len(lines)} tick marks for {len(ticks)} tick labels")
        return
    for t, line in zip(ticks, lines):
        y = float(line.get("y1"))
        expected = baseline - per_unit * float(t)
        if abs(y - expected) > TOLERANCE:
            failures.append(f"tick {t} is at y={y}, the bars' scale puts it at {expected:.3f}")


def parse_pairs(items, what):
    out = []
    for item in items:
        name, sep, values = item.rpartition("=")
        if not sep:
            sys.exit(f"--{what} {item!r}: expected NAME=VALUE[,VALUE]")
        out.append((name, [Decimal(v) for v in values.split(",")]))
    return out


def check_bars(root, expected, failures):
    bars = elements(root, "rect", "bar")
    by_key = {}
    for b in bars:
        by_key.setdefault(b.get("data-key"), {}).setdefault(b.get("data-series"), []).append(b)
    wanted = {key for key, _ in expected}
    for extra in sorted(set(by_key) - wanted):
        failures.append(f"a bar for {extra!r}, which is not in the table")
    marks = []
    for key, (prior, current) in expected:
        for series, value in (("prior", prior), ("current", current)):
            found = by_key.get(key, {}).get(series, [])
            if len(found) != 1:
                failures.append(f"{len(found)} {series} bars for {key!r}, expected 1")
                continue
            b = found[0]
            marks.append((key, series, value, float(b.get("y")), float(b.get("height"))))
    if not marks:
        failures.append("no bars")
        return
    bottoms = {round(y + h, 2) for _, _, _, y, h in marks}
    if max(bottoms) - min(bottoms) > TOLERANCE:
        failures.append(f"bars stand on different baselines: {sorted(bottoms)}")
    baseline = max(bottoms)
    key_big, series_big, v_big, _, h_big = max(marks, key=lambda m: m[2])
    per_unit = h_big / float(v_big)
    for key, series, value, _, height in marks:
        expected_height = per_unit * float(value)
        if abs(height - expected_height) > TOLERANCE:
            failures.append(f"the {series} bar of {key!r} is {height} px high; {value} against {key_big!r} "
                            f"({v_big}, {h_big} px) makes it {expected_height:.3f}")
    labels = texts(root, "key-label")
    for key, _ in expected:
        if key not in labels:
            failures.append(f"no label for {key!r} (labels: {labels})")
    check_axis(root, baseline, per_unit, max(m[2] for m in marks), failures)


def check_line(root, expected, failures):
    points = elements(root, "circle", "point")
    periods = [p.get("data-period") for p in points]
    if periods != [name for name, _ in expected]:
        failures.append(f"the points are for {periods}, expected {[name for name, _ in expected]}")
        return
    xs = [float(p.get("cx")) for p in points]
    ys = [float(p.get("cy")) for p in points]
    values = [float(v[0]) for _, v in expected]
    if len(xs) > 1:
        step = (xs[-1] - xs[0]) / (len(xs) - 1)
        for i, x in enumerate(xs):
            if abs(x - (xs[0] + step * i)) > TOLERANCE:
                failures.append(f"point {periods[i]} is at x={x}, not evenly spaced")
    baselines = elements(root, "line", "baseline")
    if len(baselines) != 1:
        failures.append(f"{len(baselines)} baselines, expected 1")
        return
    baseline = float(baselines[0].get("y1"))
    big = max(range(len(values)), key=lambda i: values[i])
    per_unit = (baseline - ys[big]) / values[big]
    for period, value, y in zip(periods, values, ys):
        if abs((baseline - y) - per_unit * value) > TOLERANCE:
            failures.append(f"the point of {period} is {baseline - y:.2f} px above the baseline; "
                            f"{value} makes it {per_unit * value:.3f}")
    line = elements(root, "polyline", "line")
    if len(line) != 1:
        failures.append(f"{len(line)} polylines, expected 1")
    else:
        through = [tuple(float(c) for c in xy.split(",")) for xy in line[0].get("points").split()]
        if through != list(zip(xs, ys)):
            failures.append("the polyline does not pass through the points")
    labels = texts(root, "period-label")
    for period in (periods[0], periods[-1]):
        if period not in labels:
            failures.append(f"no label for {period!r} (labels: {labels})")
    check_axis(root, baseline, per_unit, max(values), failures)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=["bars", "line"])
    parser.add_argument("file")
    parser.add_argument("--title", required=True)
    parser.add_argument("--bar", action="append", default=[], help="KEY=PRIOR,CURRENT")
    parser.add_argument("--point", action="append", default=[], help="PERIOD=VALUE")
    args = parser.parse_args()
    try:
        root = ET.parse(args.file).getroot()
    except ET.ParseError as e:
        print(f"{args.file}: not well-formed XML: {e}")
        return 1
    failures = []
    check_frame(root, args.title, failures)
    if args.kind == "bars":
        check_bars(root, parse_pairs(args.bar, "bar"), failures)
    else:
        check_line(root, parse_pairs(args.point, "point"), failures)
    for f in failures:
        print(f"{args.file}: {f}")
    if not failures:
        print(f"{args.file}: ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
