// What the SVG charts share: XML escaping, coordinates in exact hundredths of a pixel (integer
// arithmetic, so the text is the same on every machine and in every locale), axes at round values.
#ifndef TRADESTAT_REPORT_DETAIL_SVG_HPP
#define TRADESTAT_REPORT_DETAIL_SVG_HPP

#include <tradestat/error.hpp>
#include <tradestat/report/chart_options.hpp>
#include <tradestat/report/detail/amount_text.hpp>
#include <tradestat/text.hpp>
#include <tradestat/units/overflow.hpp>
#include <tradestat/units/rounding.hpp>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace tradestat::detail {

/** Text for XML content and attribute values: & < > " ' as entities; UTF-8 passes through. */
inline std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    switch (c) {
      case '&': out.append("&amp;"); break;
      case '<': out.append("&lt;"); break;
      case '>': out.append("&gt;"); break;
      case '"': out.append("&quot;"); break;
      case '\'': out.append("&apos;"); break;
      default: out.push_back(c);
    }
  }
  return out;
}

/** Appends the parts to `out`: text built in one string (g++ 12 at -O3 gives false -Wrestrict
 *  alarms on chains of std::string operator+). */
inline void put(std::string& out, std::initializer_list<std::string_view> parts) {
  for (const std::string_view p : parts) out.append(p);
}

/** A length or coordinate in hundredths of a pixel. */
using centipixels = std::int64_t;

/** Hundredths of a pixel as SVG text: "12", "12.5", "-0.25" (no exponent, no locale). */
inline std::string px(centipixels v) {
  std::string out;
  if (v < 0) {
    out.push_back('-');
    v = -v;
  }
  out.append(std::to_string(v / 100));
  const auto frac = static_cast<int>(v % 100);
  if (frac != 0) {
    out.push_back('.');
    out.push_back(static_cast<char>('0' + frac / 10));
    if (frac % 10 != 0) out.push_back(static_cast<char>('0' + frac % 10));
  }
  return out;
}

/** length * part / whole, rounded half up to a hundredth of a pixel; whole > 0, 0 <= part. */
inline centipixels scaled_length(centipixels length, int128 part, int128 whole) {
  return static_cast<centipixels>(divide_rounded(static_cast<int128>(length) * part, whole, rounding::half_up));
}

/** A value axis from zero at a round step (1, 2 or 5 times a power of ten, in units of the
 *  amounts' scale), with at most `most_ticks` steps above zero covering `largest`. */
struct value_axis {
  int128 step = 1;
  int steps = 1;
  int128 top() const noexcept { return step * steps; }
};

inline value_axis round_axis(int128 largest, int most_ticks = 5) {
  value_axis a;
  if (largest <= 0) return a;
  for (int128 power = 1;; power *= 10) {
    for (const int m : {1, 2, 5}) {
      const int128 step = power * m;
      const int128 steps = (largest + step - 1) / step;
      if (steps <= most_ticks) {
        a.step = step;
        a.steps = static_cast<int>(steps);
        return a;
      }
    }
  }
}

/** The amounts of a chart as counts of one scale (10^exponent of the currency), for the axis. */
struct plotted_value {
  std::string label;
  int128 count = 0;
};

/** Throws tradestat::error (invalid_argument) naming the first negative amount: charts draw from zero. */
inline void check_not_negative(const std::vector<plotted_value>& values, int exponent, int display_exponent,
                               std::string_view what) {
  for (const plotted_value& v : values) {
    if (v.count < 0) {
      std::string m = "tradestat: ";
      m.append(what);
      m.append(" draw amounts from zero up, and ");
      m.append(v.label);
      m.append(" is ");
      m.append(decimal_string(scaled_decimal(v.count, exponent, display_exponent, -1)));
      m.append(": chart exports or imports rather than a balance");
      throw error(error_kind::invalid_argument, m);
    }
  }
}

/** The opening of a chart: the svg element with its size, the accessible title and the drawn one. */
inline void open_svg(std::string& out, const chart_options& o) {
  if (o.width < 200 || o.height < 150 || o.width > 10000 || o.height > 10000) {
    std::string m = "tradestat: a chart is from 200 x 150 to 10000 x 10000 pixels, got ";
    put(m, {std::to_string(o.width), " x ", std::to_string(o.height)});
    throw error(error_kind::invalid_argument, m);
  }
  const std::string w = std::to_string(o.width);
  const std::string h = std::to_string(o.height);
  out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  put(out, {"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"", w, "\" height=\"", h, "\" viewBox=\"0 0 ", w +
             " ", h, "\" font-family=\"sans-serif\" font-size=\"12\">\n"});
  out.append("<title>");
  out.append(xml_escape(o.title));
  out.append("</title>\n");
  put(out, {"<rect class=\"background\" x=\"0\" y=\"0\" width=\"", w, "\" height=\"", h, "\" fill=\"#ffffff\"/>\n"});
  put(out, {"<text class=\"title\" x=\"", px(o.width * 50), "\" y=\"28\" text-anchor=\"middle\" font-size=\"16\">"});
  out.append(xml_escape(o.title));
  out.append("</text>\n");
}

/** The plot area, in hundredths of a pixel. */
struct plot_area {
  centipixels left, right, top, bottom;
  centipixels width() const noexcept { return right - left; }
  centipixels height() const noexcept { return bottom - top; }
};

inline plot_area plot_area_of(const chart_options& o) {
  return {8000, static_cast<centipixels>(o.width) * 100 - 2000, 7000, static_cast<centipixels>(o.height) * 100 - 9000};
}

/** The value axis: the baseline and the vertical axis, a tick, grid line and label at each step
 *  (labels at the display scale, as round as the step), and the unit over the axis. */
inline void draw_value_axis(std::string& out, const plot_area& a, const value_axis& axis, int exponent,
                            int display_exponent, std::string_view unit) {
  out.append("<g class=\"axis\" stroke-width=\"1\">\n");
  for (int i = 0; i <= axis.steps; ++i) {
    const centipixels y = a.bottom - scaled_length(a.height(), axis.step * i, axis.top());
    put(out, {"<line class=\"grid\" x1=\"", px(a.left), "\" y1=\"", px(y), "\" x2=\"", px(a.right), "\" y2=\"",
               px(y), "\" stroke=\"#dddddd\"/>\n"});
    put(out, {"<line class=\"tick\" x1=\"", px(a.left - 500), "\" y1=\"", px(y), "\" x2=\"", px(a.left),
               "\" y2=\"", px(y), "\" stroke=\"#333333\"/>\n"});
    put(out, {"<text class=\"tick-label\" x=\"", px(a.left - 800), "\" y=\"", px(y + 400),
               "\" text-anchor=\"end\">"});
    out.append(decimal_string(scaled_decimal(axis.step * i, exponent, display_exponent, -1)));
    out.append("</text>\n");
  }
  put(out, {"<line class=\"axis-line\" x1=\"", px(a.left), "\" y1=\"", px(a.top), "\" x2=\"", px(a.left),
             "\" y2=\"", px(a.bottom), "\" stroke=\"#333333\"/>\n"});
  put(out, {"<line class=\"baseline\" x1=\"", px(a.left), "\" y1=\"", px(a.bottom), "\" x2=\"", px(a.right),
             "\" y2=\"", px(a.bottom), "\" stroke=\"#333333\"/>\n"});
  put(out, {"<text class=\"axis-label\" x=\"", px(a.left), "\" y=\"", px(a.top - 1400), "\" text-anchor=\"middle\">"});
  out.append(xml_escape(unit));
  out.append("</text>\n</g>\n");
}

/** A chart of amounts, opened: its value axis, scaled to the largest value, and its plot area. */
struct value_chart {
  value_axis axis;
  plot_area area;
};

/** Opens a chart of amounts (bars or a line) in `out`: refuses negative values, rounds the axis up
 *  from the largest value and draws it with the unit's words. `what` names the chart in messages. */
inline value_chart open_value_chart(std::string& out, const std::vector<plotted_value>& values, int exponent,
                                    std::string_view currency, const chart_options& o, std::string_view what) {
  check_not_negative(values, exponent, o.exponent, what);
  int128 largest = 0;
  for (const plotted_value& v : values) largest = std::max(largest, v.count);
  value_chart c{round_axis(largest), plot_area_of(o)};
  open_svg(out, o);
  draw_value_axis(out, c.area, c.axis, exponent, o.exponent, unit_words(currency, o.exponent, o.lang));
  return c;
}

/** A legend entry: a swatch and its name, at (x, y) of the swatch's top left. */
inline void legend_entry(std::string& out, centipixels x, centipixels y, std::string_view colour, std::string_view name) {
  put(out, {"<rect class=\"swatch\" x=\"", px(x), "\" y=\"", px(y), "\" width=\"12\" height=\"12\" fill=\""});
  out.append(colour);
  put(out, {"\"/>\n<text class=\"legend-label\" x=\"", px(x + 1800), "\" y=\"", px(y + 1050), "\">"});
  out.append(xml_escape(name));
  out.append("</text>\n");
}

}  // namespace tradestat::detail

#endif  // TRADESTAT_REPORT_DETAIL_SVG_HPP
