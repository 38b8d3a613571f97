#include <tradestat/data/detect_format.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "catch.hpp"

using namespace tradestat;

TEST_CASE("detect_format: each format's first line names its format") {
  CHECK(detect_format("period,flow,partner,hs,value_cny\n2025-01,export,iso3:KAZ,85,1\n") == data_format::canonical);
  CHECK(detect_format("hs,value_cny\n") == data_format::canonical);    // canonical column names only
  CHECK(detect_format("hs,value_cny,\n") == data_format::canonical);   // and a trailing comma
  CHECK(detect_format("\xEF\xBB\xBFperiod,flow\r\n") == data_format::canonical);  // a BOM and CRLF
  CHECK(detect_format("t,i,j,k,v,q\n") == data_format::baci);
  CHECK(detect_format("2022,4,8,010121,1.5,2\n") == data_format::baci);   // a BACI file without header
  CHECK(detect_format("2022,4,8,010121,1.5,2,\n") == data_format::baci);  // with a trailing comma
  CHECK(detect_format("typeCode,freqCode,refPeriodId,reporterCode\n") == data_format::comtrade);
  CHECK(detect_format("Classification,Year,Period,Reporter Code\n") == data_format::comtrade);
  CHECK(detect_format("\"Trade Flow Code\",\"Commodity Code\"\n") == data_format::comtrade);  // quoted
  CHECK(detect_format("数据年月,商品编码,贸易伙伴编码\n") == data_format::gacc);
  CHECK(detect_format("\xC9\xCC\xC6\xB7\xB1\xE0\xC2\xEB,x\n") == data_format::gacc);  // GBK 商品编码
}

TEST_CASE("detect_format: an empty input is canonical, and a line of no format is none") {
  CHECK(detect_format("") == data_format::canonical);
  CHECK(detect_format("\r\n\n  \n") == data_format::canonical);
  CHECK(detect_format("colour,size\nred,3\n") == std::nullopt);
  CHECK(detect_format("2022,4,8,010121,1.5\n") == std::nullopt);  // five fields: not BACI
  CHECK(detect_format("hs,colour\n") == std::nullopt);            // one column no canonical file has
  // Only the first line decides: a Chinese second line does not make a canonical file GACC.
  CHECK(detect_format("period,flow\n2025-01,出口\n") == data_format::canonical);
}

TEST_CASE("detect_format: formats are named as a command line writes them") {
  CHECK(to_string(data_format::canonical) == "canonical");
  CHECK(to_string(data_format::gacc) == "gacc");
  CHECK(to_string(data_format::comtrade) == "comtrade");
  CHECK(to_string(data_format::baci) == "baci");
}

TEST_CASE("detect_format: a BACI file's name gives its HS edition, its folders do not") {
  CHECK(baci_edition_from_name("BACI_HS92_Y1995_V202401.csv") == hs_version::hs1992);
  CHECK(baci_edition_from_name("data/BACI_HS17_Y2022_V202401.csv") == hs_version::hs2017);
  CHECK(baci_edition_from_name("/tmp/BACI_HS22_Y2023_V202501.csv") == hs_version::hs2022);
  CHECK(baci_edition_from_name("baci.csv") == std::nullopt);
  CHECK(baci_edition_from_name("HS12/baci_2015.csv") == std::nullopt);
}

TEST_CASE("detect_format: a GACC export's 数据年月 column is found in UTF-8 and in GBK, on the first line only") {
  CHECK(gacc_has_period_column("数据年月,商品编码\n202403,85171300\n"));
  CHECK(gacc_has_period_column("\xC9\xCC\xC6\xB7,\xCA\xFD\xBE\xDD\xC4\xEA\xD4\xC2\n"));  // GBK 商品,数据年月
  CHECK(!gacc_has_period_column("商品编码,贸易伙伴编码\n"));
  CHECK(!gacc_has_period_column("商品编码\n数据年月\n"));
}

namespace {

// The message require_text throws for these bytes, or "" when it throws none.
std::string refusal(std::string_view bytes, const std::string& file = "x.csv") {
  try {
    require_text(bytes, file);
  } catch (const read_error& e) {
    CHECK(e.kind() == error_kind::bad_data);
    CHECK(e.rejection().file == file);
    CHECK(e.rejection().line == 0);
    return e.what();
  }
  return "";
}

using namespace std::string_view_literals;

// "period,flow\n" in UTF-16, both byte orders, and a GACC header (数据年,商品) in UTF-16 LE.
constexpr std::string_view utf16le = "p\0e\0r\0i\0o\0d\0,\0f\0l\0o\0w\0\n\0"sv;
constexpr std::string_view utf16be = "\0p\0e\0r\0i\0o\0d\0,\0f\0l\0o\0w\0\n"sv;
constexpr std::string_view gacc_utf16le = "\x70\x65\x6E\x63\x74\x5E,\0\x46\x55\xC1\x54\n\0" "2\0" "0\0" "2\0" "4\0,\0" "8\0" "5\0\n\0"sv;

}  // namespace

TEST_CASE("detect_format: UTF-16, with or without a byte-order mark, is refused, never guessed GACC") {
  const std::string le_bom = "\xFF\xFE" + std::string(utf16le);
  const std::string be_bom = "\xFE\xFF" + std::string(utf16be);
  CHECK(detect_format(le_bom) == std::nullopt);
  CHECK(detect_format(be_bom) == std::nullopt);
  CHECK(detect_format(utf16le) == std::nullopt);
  CHECK(detect_format(utf16be) == std::nullopt);
  CHECK(detect_format(gacc_utf16le) == std::nullopt);
  CHECK(refusal(le_bom) ==
        "x.csv: the file is UTF-16 (little-endian, with a byte-order mark), not UTF-8 or GBK: convert it first, "
        "e.g. iconv -f UTF-16 -t UTF-8 x.csv > x-utf8.csv");
  CHECK(refusal(be_bom, "data/in.txt") ==
        "data/in.txt: the file is UTF-16 (big-endian, with a byte-order mark), not UTF-8 or GBK: convert it first, "
        "e.g. iconv -f UTF-16 -t UTF-8 data/in.txt > data/in.txt-utf8.csv");
  CHECK(refusal(utf16le) ==
        "x.csv: the file is UTF-16 (little-endian, without a byte-order mark), not UTF-8 or GBK: convert it first, "
        "e.g. iconv -f UTF-16LE -t UTF-8 x.csv > x-utf8.csv");
  CHECK(refusal(utf16be) ==
        "x.csv: the file is UTF-16 (big-endian, without a byte-order mark), not UTF-8 or GBK: convert it first, "
        "e.g. iconv -f UTF-16BE -t UTF-8 x.csv > x-utf8.csv");
  CHECK(refusal(gacc_utf16le).starts_with("x.csv: the file is UTF-16 (little-endian, without a byte-order mark)"));
}

TEST_CASE("detect_format: binary data is refused with the offset of its first NUL or control byte") {
  const std::string_view nul = "period,flow\n\0\x01garbage\n"sv;  // one NUL: binary, not UTF-16
  CHECK(detect_format(nul) == std::nullopt);
  CHECK(refusal(nul) == "x.csv: the file holds binary data (a NUL byte at offset 12), not CSV text: give the CSV file itself");
  CHECK(refusal("hs,value_cny\n85,\x1B[0m\n") ==
        "x.csv: the file holds binary data (a control byte 0x1B at offset 16), not CSV text: give the CSV file itself");
  CHECK(refusal("PK\x03\x04\x14\0\0\0"sv).starts_with("x.csv: the file is a zip archive"));
  CHECK(refusal("\x1F\x8B\x08\0"sv) ==
        "x.csv: the file is gzip-compressed, not CSV text: decompress it first, e.g. gunzip -k x.csv");
  // Only the first 4096 bytes are looked at.
  CHECK(refusal(std::string(4096, 'a') + '\0').empty());
}

TEST_CASE("detect_format: UTF-8 (with a BOM too), GBK, tabs and CRLF are text") {
  CHECK(refusal("period,flow\r\n2025-01,export\r\n").empty());
  CHECK(refusal("\xEF\xBB\xBF" "数据年月,商品编码\n").empty());
  CHECK(refusal("\xC9\xCC\xC6\xB7\xB1\xE0\xC2\xEB,x\n").empty());  // GBK 商品编码
  CHECK(refusal("a\tb\n").empty());
  CHECK(refusal("").empty());
  CHECK(refusal("p").empty());
}
