// Typed cell values: what a statistics table's cells mean as numbers. The printed text always
// stays in the cell's inlines; the value is an addition for consumers that compute.
//
// Step 1: the text is trimmed and inner whitespace collapsed. Trailing marks ("*", "†", from
//         `marks`) are removed and set `marked`; so does a footnote ref after the text.
// Step 2: a text listed in `missing` ("N/A", "-", "–") is kMissing.
// Step 3: a number is digits with optional thousands commas in groups of three ("153,715"),
//         an optional decimal part ("6.80") and an optional leading minus. No decimal part:
//         kInteger, else kDecimal. Groups of other sizes ("1,22") are not numbers: they are
//         codes or typos, and guessing would invent a value.
// Step 4: a number followed by "%" is kPercent ("38.8%" -> 38.8).
// Step 5: a currency symbol or code before or after a number, optionally with a scale word
//         ("€1.5 million" -> 1500000, unit "€"), is kCurrency.
// Step 6: two numbers (or two percentages) joined by a hyphen or dash are kRange ("66%-34%",
//         "2-3"). Plain numbers must rise (low <= high): "225-13" is a code (an article of a
//         penal code), not a range; percentages may fall, as "66%-34%" splits a whole.
// Step 7: anything else is kNone (words, codes, dates) and counts as text.
//
// Column types: in each grid column (pipeline/table_grid.h), the body cells starting there with a
// colspan of 1 that are neither empty nor missing vote with their type; the winner becomes the
// column type when it holds at least `column_type_min_share` of the votes, else the column is
// kNone, a text column.
//
//   "153,715" -> integer 153715 | "38.8%" -> percent 38.8 | "65*" -> integer 65, marked
//   "€150,000" -> currency 150000 "€" | "N/A" -> missing | "225-4-1" -> none
#include "stages/tables/typed_values.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <optional>

#include "pipeline/table_grid.h"
#include "stages/tables/grouped_digits.h"

namespace coi::tables {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  for (char c : trim(s)) {
    const bool space = std::isspace(static_cast<unsigned char>(c));
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

struct Number {
  double value = 0;
  bool integer = true;
};

// Step 3: the whole of `s` as a number, or nullopt.
std::optional<Number> parse_number(std::string_view s) {
  bool negative = false;
  if (!s.empty() && s.front() == '-') negative = true, s.remove_prefix(1);
  size_t i = grouped_digits(s);
  if (i == 0) return std::nullopt;
  std::string digits;
  for (char c : s.substr(0, i)) {
    if (c != ',') digits += c;
  }
  Number n;
  if (i < s.size() && s[i] == '.') {
    const size_t start = ++i;
    while (i < s.size() && is_ascii_digit(s[i])) ++i;
    if (i == start) return std::nullopt;
    digits += '.';
    digits.append(s.substr(start, i - start));
    n.integer = false;
  }
  if (i != s.size()) return std::nullopt;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n.value);
  if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  if (negative) n.value = -n.value;
  return n;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

std::optional<double> parse_percent(std::string_view s) {
  if (!ends_with(s, "%")) return std::nullopt;
  s = trim(s.substr(0, s.size() - 1));
  if (auto n = parse_number(s)) return n->value;
  return std::nullopt;
}

// An amount with an optional scale word: "1.5 million", "150,000".
std::optional<double> parse_amount(std::string_view s, const TableValueConfig& config) {
  s = trim(s);
  if (auto n = parse_number(s)) return n->value;
  const size_t space = s.rfind(' ');
  if (space == std::string_view::npos) return std::nullopt;
  auto scale = config.scale_words.find(std::string(s.substr(space + 1)));
  if (scale == config.scale_words.end()) return std::nullopt;
  auto n = parse_number(trim(s.substr(0, space)));
  double factor = 0;
  const std::string& f = scale->second;
  if (!n || std::from_chars(f.data(), f.data() + f.size(), factor).ec != std::errc()) {
    return std::nullopt;
  }
  return n->value * factor;
}

// Step 5.
std::optional<TypedValue> parse_currency(std::string_view s, const TableValueConfig& config) {
  std::vector<std::string> units = config.currency_symbols;
  units.insert(units.end(), config.currency_codes.begin(), config.currency_codes.end());
  for (const std::string& unit : units) {
    std::optional<double> amount;
    if (starts_with(s, unit)) amount = parse_amount(s.substr(unit.size()), config);
    else if (ends_with(s, unit)) amount = parse_amount(s.substr(0, s.size() - unit.size()), config);
    if (amount) {
      TypedValue v;
      v.type = TypedValue::Type::kCurrency;
      v.value = *amount;
      v.unit = unit;
      return v;
    }
  }
  return std::nullopt;
}

// Step 6: the first dash after the first character (a leading minus is a sign) joins the ends.
std::optional<TypedValue> parse_range(std::string_view s) {
  for (std::string_view dash : {"\u2013", "\u2014", "-"}) {
    const size_t at = s.find(dash, 1);
    if (at == std::string_view::npos) continue;
    const std::string_view low = trim(s.substr(0, at)), high = trim(s.substr(at + dash.size()));
    TypedValue v;
    v.type = TypedValue::Type::kRange;
    auto lp = parse_percent(low), hp = parse_percent(high);
    if (lp && hp) {
      v.value = *lp, v.high = *hp;
      v.unit.push_back('%');  // not = "%": GCC 12 warns falsely (-Wrestrict) there
      return v;
    }
    auto ln = parse_number(low), hn = parse_number(high);
    if (ln && hn && ln->value <= hn->value) {
      v.value = ln->value, v.high = hn->value;
      return v;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

// Step 1: removes trailing marks; true when there were any.
bool strip_marks(std::string& s, const TableValueConfig& config) {
  bool marked = false;
  for (bool again = true; again;) {
    again = false;
    for (const std::string& mark : config.marks) {
      if (!mark.empty() && s.size() > mark.size() && ends_with(s, mark)) {
        s.resize(s.size() - mark.size());
        while (!s.empty() && s.back() == ' ') s.pop_back();
        marked = again = true;
      }
    }
  }
  return marked;
}

}  // namespace

TypedValue parse_value(std::string_view text, bool footnote_marked,
                       const TableValueConfig& config) {
  std::string s = collapse_spaces(text);
  TypedValue v;
  if (s.empty()) return v;
  if (std::find(config.missing.begin(), config.missing.end(), s) != config.missing.end()) {
    v.type = TypedValue::Type::kMissing;
    return v;
  }
  const bool marked = strip_marks(s, config) || footnote_marked;
  if (auto n = parse_number(s)) {
    v.type = n->integer ? TypedValue::Type::kInteger : TypedValue::Type::kDecimal;
    v.value = n->value;
  } else if (auto p = parse_percent(s)) {
    v.type = TypedValue::Type::kPercent;  // the type says "%"; unit is for currencies and ranges
    v.value = *p;
  } else if (auto c = parse_currency(s, config)) {
    v = *c;
  } else if (auto r = parse_range(s)) {
    v = *r;
  } else {
    return TypedValue{};
  }
  v.marked = marked;
  return v;
}

void type_table(Table& table, const TableValueConfig& config) {
  const TableGrid grid = expand_grid(table);
  std::vector<std::map<TypedValue::Type, int>> votes(grid.columns);
  for (size_t r = static_cast<size_t>(std::max(table.header_rows, 0)); r < grid.slots.size(); ++r) {
    for (size_t column = 0; column < grid.columns; ++column) {
      const GridSlot& slot = grid.slots[r][column];
      if (!slot.anchor) continue;  // each cell once, where it starts
      Cell& cell = cell_at(table, slot);
      const bool fn = !cell.inlines.empty() && cell.inlines.back().kind == InlineKind::kFootnoteRef;
      cell.value = parse_value(plain_text(cell.inlines), fn, config);
      if (cell.colspan == 1 && !plain_text(cell.inlines).empty() &&
          cell.value.type != TypedValue::Type::kMissing) {
        ++votes[column][cell.value.type];
      }
    }
  }
  table.column_types.clear();
  for (const auto& column : votes) {
    int total = 0, best = 0;
    TypedValue::Type winner = TypedValue::Type::kNone;
    for (const auto& [type, count] : column) {
      total += count;
      if (count > best) best = count, winner = type;
    }
    const bool wins = total > 0 && best >= config.column_type_min_share * total;
    table.column_types.push_back(wins ? winner : TypedValue::Type::kNone);
  }
}

}  // namespace coi::tables
