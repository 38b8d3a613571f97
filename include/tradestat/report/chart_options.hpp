// How the report layer's SVG charts are drawn: title, language, unit and size.
#ifndef TRADESTAT_REPORT_CHART_OPTIONS_HPP
#define TRADESTAT_REPORT_CHART_OPTIONS_HPP

#include <tradestat/text.hpp>

#include <string>

namespace tradestat {

/** How a chart is drawn: title, language of its labels (keys, periods, unit), the display scale
 *  of the value axis as a power of ten (8: 亿元; 9: billion), digits after the point of the value
 *  labels over bars and points (-1: none), and its size in pixels.
 *  Example: `chart_options{.title = "Trade by partner group", .exponent = 9}` */
struct chart_options {
  std::string title{};
  language lang = language::en;
  int exponent = 8;
  int value_precision = 1;
  int width = 720;
  int height = 420;
};

}  // namespace tradestat

#endif  // TRADESTAT_REPORT_CHART_OPTIONS_HPP
