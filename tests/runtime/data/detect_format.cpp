#include <tradestat/data/detect_format.hpp>

#include <optional>

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
