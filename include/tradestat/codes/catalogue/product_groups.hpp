// The product groups Chinese trade bulletins use. Only the WTO agricultural list comes from an
// official text; the others are this project's documented approximations (see
// docs/reference/codes.md), marked by is_approximation().
#ifndef TRADESTAT_CODES_CATALOGUE_PRODUCT_GROUPS_HPP
#define TRADESTAT_CODES_CATALOGUE_PRODUCT_GROUPS_HPP

#include <tradestat/codes/hs_code.hpp>
#include <tradestat/codes/product_group.hpp>
#include <tradestat/codes/catalogue/wto_agriculture.hpp>

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tradestat {
namespace detail {

// "8501".."8504" -> {"8501", "8502", "8503", "8504"}; also 2-digit chapter ranges.
inline std::vector<std::string> code_range(int first, int last, std::size_t width) {
  std::vector<std::string> out;
  for (int v = first; v <= last; ++v) {
    std::string s = std::to_string(v);
    out.push_back(std::string(width - s.size(), '0') + s);
  }
  return out;
}

inline std::vector<std::string> joined(std::initializer_list<std::vector<std::string>> parts) {
  std::vector<std::string> out;
  for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

template <std::size_t N>
std::vector<std::string> strings_of(const std::string_view (&codes)[N]) {
  return std::vector<std::string>(std::begin(codes), std::end(codes));
}

}  // namespace detail

namespace product_groups {

/** Agricultural products under the WTO Agreement on Agriculture, Annex 1 (HS 2022 subheadings; fish
    and fish products left out).
    Example: `wto_agricultural().contains(hs_code{"520100", hs_version::hs2022})` // true (raw cotton);
    `wto_agricultural().contains(hs_code{"030211", hs_version::hs2022})` // false (trout) */
inline const product_group& wto_agricultural() {
  static const product_group g(
      {"Agricultural products (WTO Agreement on Agriculture)",
       "农产品（WTO农业协定口径）",
       detail::strings_of(detail::wto_agricultural_hs2022),
       {},
       hs_version::hs2022,
       false,
       "Annex 1 of the WTO Agreement on Agriculture expanded to HS 2022 subheadings by "
       "tools/gen_wto_agriculture.py: chapters 01-24 less chapter 03 and fish products, "
       "plus the listed codes of chapters 29-53."});
  return g;
}

/** Aquatic products as China counts them (水产品): chapter 03 plus the fish products of chapters
    05-23. An approximation.
    Example: `aquatic_products().contains(hs_code{"160414", hs_version::hs2022})` // true (prepared tuna) */
inline const product_group& aquatic_products() {
  static const product_group g(
      {"Aquatic products",
       "水产品",
       detail::joined({{"03"}, detail::strings_of(detail::wto_fish_products_hs2022)}),
       {},
       hs_version::hs2022,
       true,
       "Approximation: chapter 03 plus the fish products left out of the WTO list (coral and shells 0508, "
       "products of fish 051191, fish oils 1504.10/.20, fish extracts 1603, prepared fish and crustaceans "
       "1604-1605, "
       "fish meal 2301.20). 1603 also holds meat extracts. Seaweeds (1212.21) are not included: unsure."});
  return g;
}

/** Agricultural products in Chinese statistics (农产品): the WTO list plus aquatic products.
    Example: `agricultural_products().contains(hs_code{"100199", hs_version::hs2022})` // true (wheat);
    `agricultural_products().contains(hs_code{"030211", hs_version::hs2022})` // true (trout) */
inline const product_group& agricultural_products() {
  static const product_group g =
      union_of("Agricultural products (China: WTO list plus aquatic products)", "农产品",
               {&wto_agricultural(), &aquatic_products()},
               "Union of the WTO Annex 1 list and aquatic_products() (an approximation).");
  return g;
}

/** Mechanical and electrical products (机电产品). An approximation: no official HS list was at hand.
    Example: `mechanical_electrical().contains(hs_code{"847130", hs_version::hs2022})` // true (laptops);
    `mechanical_electrical().contains(hs_code{"7318", hs_version::hs2022})` // true (screws and bolts) */
inline const product_group& mechanical_electrical() {
  static const product_group g(
      {"Mechanical and electrical products",
       "机电产品",
       detail::joined({detail::code_range(84, 92, 2),
                       {"7308", "7309", "7310", "7311", "7315", "7318", "7320", "7321", "7322"},
                       {"82", "83"}}),
       {},
       std::nullopt,
       true,
       "Approximation by chapters and headings: chapters 84-92 whole; metal structures, containers, chains, "
       "fasteners, springs, stoves and radiators of chapter 73 (7308-7311, 7315, 7318, 7320-7322); tools and "
       "cutlery (82) and miscellaneous base-metal articles (83). The official catalogue differs in detail."});
  return g;
}

/** High-tech products (高新技术产品). An approximation: no official HS list was at hand.
    Example: `high_tech().contains(hs_code{"854231", hs_version::hs2022})` // true (processors) */
inline const product_group& high_tech() {
  static const product_group g(
      {"High-tech products",
       "高新技术产品",
       {"3002", "8471", "8473", "8486", "8517", "8523", "8525", "8526", "8541", "8542", "8802", "9018",
        "9022", "9027", "9030", "9031"},
       {},
       std::nullopt,
       true,
       "Approximation by headings for computers and parts (8471, 8473), semiconductor equipment (8486), "
       "telecommunications (8517, 8525, 8526), media (8523), semiconductors and integrated circuits (8541, "
       "8542), "
       "aircraft and spacecraft (8802), medical and measuring instruments (9018, 9022, 9027, 9030, 9031) and "
       "biological products (3002). The official catalogue is defined at finer level."});
  return g;
}

/** Textile yarn, fabrics and articles (纺织纱线、织物及其制品), one of the labour-intensive categories.
    Example: `textiles().contains(hs_code{"5205", hs_version::hs2022})` // true (cotton yarn);
    `textiles().contains(hs_code{"5201", hs_version::hs2022})` // false (raw cotton, agricultural) */
inline const product_group& textiles() {
  static const product_group g(
      {"Textile yarn, fabrics and articles",
       "纺织纱线、织物及其制品",
       detail::joined({detail::code_range(50, 60, 2), {"63"}}),
       {"5001", "5002", "5003", "5101", "5102", "5103", "5201", "5202", "5203", "5301", "5302"},
       std::nullopt,
       true,
       "Approximation: chapters 50-60 and 63 less the raw fibres of WTO Annex 1 (silk, wool, cotton, flax, "
       "hemp)."});
  return g;
}

/** Garments and clothing accessories (服装及衣着附件).
    Example: `garments().contains(hs_code{"6109", hs_version::hs2022})` // true (T-shirts) */
inline const product_group& garments() {
  static const product_group g({"Garments and clothing accessories",
                                "服装及衣着附件",
                                {"61", "62", "4203"},
                                {},
                                std::nullopt,
                                true,
                                "Approximation: chapters 61 and 62 and leather apparel (4203)."});
  return g;
}

/** Bags and similar containers (箱包及类似容器).
    Example: `bags().contains(hs_code{"420221", hs_version::hs2022})` // true (handbags) */
inline const product_group& bags() {
  static const product_group g({"Bags and similar containers",
                                "箱包及类似容器",
                                {"4202"},
                                {},
                                std::nullopt,
                                true,
                                "Approximation: heading 4202 (trunks, suitcases, handbags and similar)."});
  return g;
}

/** Footwear (鞋靴).
    Example: `footwear().contains(hs_code{"6403", hs_version::hs2022})` // true;
    `footwear().contains(hs_code{"6406", hs_version::hs2022})` // false (parts) */
inline const product_group& footwear() {
  static const product_group g({"Footwear",
                                "鞋靴",
                                {"6401", "6402", "6403", "6404", "6405"},
                                {},
                                std::nullopt,
                                true,
                                "Approximation: headings 6401-6405 (parts of footwear, 6406, left out)."});
  return g;
}

/** Toys (玩具).
    Example: `toys().contains(hs_code{"950300", hs_version::hs2022})` // true */
inline const product_group& toys() {
  static const product_group g({"Toys",
                                "玩具",
                                {"9503", "9504", "9505"},
                                {},
                                std::nullopt,
                                true,
                                "Approximation: headings 9503-9505 (toys, games, festive articles)."});
  return g;
}

/** Furniture and parts (家具及其零件).
    Example: `furniture().contains(hs_code{"9403", hs_version::hs2022})` // true */
inline const product_group& furniture() {
  static const product_group g({"Furniture and parts",
                                "家具及其零件",
                                {"9401", "9402", "9403"},
                                {},
                                std::nullopt,
                                true,
                                "Approximation: headings 9401-9403 (bedding, 9404, left out)."});
  return g;
}

/** Plastic products (塑料制品).
    Example: `plastic_products().contains(hs_code{"3923", hs_version::hs2022})` // true;
    `plastic_products().contains(hs_code{"3901", hs_version::hs2022})` // false (primary forms) */
inline const product_group& plastic_products() {
  static const product_group g(
      {"Plastic products",
       "塑料制品",
       detail::code_range(3916, 3926, 4),
       {},
       std::nullopt,
       true,
       "Approximation: headings 3916-3926 (articles of plastics, not primary forms)."});
  return g;
}

/** Labour-intensive products (劳动密集型产品): the seven categories together.
    Example: `labour_intensive().contains(hs_code{"6403", hs_version::hs2022})` // true */
inline const product_group& labour_intensive() {
  static const product_group g = [] {
    product_group_definition d{
        "Labour-intensive products",
        "劳动密集型产品",
        {},
        {},
        std::nullopt,
        true,
        "The seven categories: textiles, garments, bags, footwear, toys, furniture, plastic "
        "products (each an approximation, see their notes)."};
    for (const product_group* p :
         {&textiles(), &garments(), &bags(), &footwear(), &toys(), &furniture(), &plastic_products()})
      d.include.insert(d.include.end(), p->includes().begin(), p->includes().end());
    d.exclude = textiles().excludes();  // only the textile category excludes, and only within 50-53
    return product_group(std::move(d));
  }();
  return g;
}

/** Electric passenger vehicles of the "new three" (电动载人汽车): battery-electric and plug-in hybrid
    cars.
    Example: `electric_passenger_vehicles().contains(hs_code{"870380", hs_version::hs2022})` // true */
inline const product_group& electric_passenger_vehicles() {
  static const product_group g(
      {"Electric passenger vehicles",
       "电动载人汽车",
       {"870380", "870360", "870370"},
       {},
       hs_version::hs2022,
       true,
       "From ../shared/reference/data/new_three_hs.csv: 870380 battery-electric (high confidence), plug-in "
       "hybrids 870360/870370 (medium). Non-plug-in hybrids 870340/870350 (low confidence) are left out."});
  return g;
}

/** Lithium-ion batteries of the "new three" (锂离子蓄电池).
    Example: `lithium_ion_batteries().contains(hs_code{"85076000", hs_version::hs2022})` // true */
inline const product_group& lithium_ion_batteries() {
  static const product_group g({"Lithium-ion batteries",
                                "锂离子蓄电池",
                                {"850760"},
                                {},
                                hs_version::hs2022,
                                false,
                                "HS 2022 subheading 8507.60 (new_three_hs.csv, high confidence)."});
  return g;
}

/** Solar cells of the "new three" (太阳能电池): cells and modules.
    Example: `solar_cells().contains(hs_code{"854143", hs_version::hs2022})` // true */
inline const product_group& solar_cells() {
  static const product_group g({"Solar cells",
                                "太阳能电池",
                                {"854142", "854143"},
                                {},
                                hs_version::hs2022,
                                false,
                                "HS 2022 subheadings 8541.42 (cells) and 8541.43 (modules) "
                                "(new_three_hs.csv, high confidence). Before "
                                "2022 China's national code 85414020 held them: map older data first."});
  return g;
}

/** The "new three" (新三样): electric passenger vehicles, lithium-ion batteries and solar cells.
    Example: `new_three().contains(hs_code{"850760", hs_version::hs2022})` // true;
    `new_three().contains(hs_code{"870380", hs_version::hs2022})` // true */
inline const product_group& new_three() {
  static const product_group g = union_of(
      "New three", "新三样", {&electric_passenger_vehicles(), &lithium_ion_batteries(), &solar_cells()},
      "GACC names the categories but gives no HS codes; see the three groups' notes.");
  return g;
}

/** The "new three" on HS 2017 codes, for data from 2017 to 2021: the same vehicle and battery
    subheadings, and China's national code 85414020 (太阳能电池) for solar cells, which HS 2017 did not
    separate at six digits.
    Example: `new_three_hs2017().contains(hs_code{"85414020", hs_version::hs2017})` // true;
    `new_three_hs2017().contains(hs_code{"870380", hs_version::hs2017})` // true */
inline const product_group& new_three_hs2017() {
  static const product_group g(
      {"New three (HS 2017 codes)",
       "新三样（2017版编码）",
       {"870380", "870360", "870370", "850760", "85414020"},
       {},
       hs_version::hs2017,
       true,
       "From ../shared/reference/data/new_three_hs.csv: 8703.60-8703.80 and 8507.60 exist "
       "in HS 2017; solar cells are China's national 8-digit code 85414020 (the 6-digit "
       "854140 also holds LEDs and other photosensitive devices)."});
  return g;
}

/** Automobiles and parts (汽车及零配件).
    Example: `autos_and_parts().contains(hs_code{"870899", hs_version::hs2022})` // true */
inline const product_group& autos_and_parts() {
  static const product_group g(
      {"Automobiles and parts",
       "汽车及零配件",
       detail::code_range(8702, 8708, 4),
       {},
       std::nullopt,
       true,
       "Approximation: motor vehicles for persons and goods, special-purpose vehicles, "
       "chassis, bodies and parts (8702-8708); tractors (8701), tyres and engines left out."});
  return g;
}

/** Electrical equipment (电工器材).
    Example: `electrical_equipment().contains(hs_code{"8544", hs_version::hs2022})` // true (insulated wire and cable) */
inline const product_group& electrical_equipment() {
  static const product_group g(
      {"Electrical equipment",
       "电工器材",
       detail::joined({detail::code_range(8501, 8504, 4), detail::code_range(8535, 8538, 4),
                       detail::code_range(8544, 8547, 4)}),
       {},
       std::nullopt,
       true,
       "Approximation: motors, generators and transformers (8501-8504), switchgear (8535-8538), cables, "
       "electrodes and insulators (8544-8547)."});
  return g;
}

/** Electronic components (电子元件).
    Example: `electronic_components().contains(hs_code{"8542", hs_version::hs2022})` // true (integrated circuits) */
inline const product_group& electronic_components() {
  static const product_group g(
      {"Electronic components",
       "电子元件",
       detail::joined({detail::code_range(8532, 8534, 4), detail::code_range(8540, 8542, 4)}),
       {},
       std::nullopt,
       true,
       "Approximation: capacitors, resistors and printed circuits (8532-8534), tubes, semiconductor devices "
       "and integrated circuits (8540-8542)."});
  return g;
}

/** Textile machinery (纺织机械).
    Example: `textile_machinery().contains(hs_code{"8446", hs_version::hs2022})` // true (weaving machines) */
inline const product_group& textile_machinery() {
  static const product_group g(
      {"Textile machinery",
       "纺织机械",
       detail::joined({detail::code_range(8444, 8449, 4), {"8451", "8452"}}),
       {},
       std::nullopt,
       true,
       "Approximation: machines for man-made fibres, spinning, weaving, knitting and their auxiliaries "
       "(8444-8449), washing, dyeing and finishing machines (8451) and sewing machines (8452)."});
  return g;
}

/** Walnuts (核桃): in shell and shelled.
    Example: `walnuts().contains(hs_code{"080231", hs_version::hs2022})` // true */
inline const product_group& walnuts() {
  static const product_group g({"Walnuts",
                                "核桃",
                                {"080231", "080232"},
                                {},
                                hs_version::hs2022,
                                false,
                                "HS 2022 subheadings 0802.31 (in shell) and 0802.32 (shelled)."});
  return g;
}

/** Grapes (葡萄): fresh and dried.
    Example: `grapes().contains(hs_code{"080620", hs_version::hs2022})` // true (raisins) */
inline const product_group& grapes() {
  static const product_group g(
      {"Grapes",
       "葡萄",
       {"080610", "080620"},
       {},
       hs_version::hs2022,
       false,
       "HS 2022 subheadings 0806.10 (fresh) and 0806.20 (dried); grape juice and wine "
       "are not included."});
  return g;
}

}  // namespace product_groups
}  // namespace tradestat

#endif  // TRADESTAT_CODES_CATALOGUE_PRODUCT_GROUPS_HPP
