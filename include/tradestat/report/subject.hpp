// What a printed figure is about, named in English and in Chinese: the subject of a sentence, the
// header of a table's key column, the whole a share is of.
#ifndef TRADESTAT_REPORT_SUBJECT_HPP
#define TRADESTAT_REPORT_SUBJECT_HPP

#include <tradestat/text.hpp>

#include <string>
#include <string_view>

namespace tradestat {

/** A name in both languages of the library's text. The English name is written as it stands at
 *  the start of a sentence ("Exports", "Trade with ASEAN"); the Chinese name as it stands in a
 *  release (出口, 对东盟进出口).
 *  Example: `name_of(subject{"Exports", "出口"}, {.lang = language::zh})` // "出口" */
struct subject {
  std::string en;
  std::string zh;
  friend bool operator==(const subject&, const subject&) = default;
};

/** The subject's name in the format's language.
 *  Example: `name_of(subject{"Imports", "进口"})` // "Imports" */
inline const std::string& name_of(const subject& s, text_format f = {}) noexcept {
  return f.lang == language::zh ? s.zh : s.en;
}

}  // namespace tradestat

#endif  // TRADESTAT_REPORT_SUBJECT_HPP
