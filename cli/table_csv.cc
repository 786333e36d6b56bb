#include "cli/table_csv.h"

#include <map>
#include <utility>

namespace coi {

namespace {

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string table_to_csv(const Table& table) {
  // Grid positions covered by a rowspan from above: (row, column).
  std::map<std::pair<size_t, int>, bool> covered;
  std::string out;
  for (size_t r = 0; r < table.rows.size(); ++r) {
    std::vector<std::string> fields;
    int column = 0;
    auto skip_covered = [&] {
      while (covered.count({r, column})) fields.emplace_back(), ++column;
    };
    for (const Cell& cell : table.rows[r]) {
      skip_covered();
      fields.push_back(plain_text(cell.inlines));
      for (int k = 0; k < cell.colspan; ++k) {
        if (k > 0) fields.emplace_back();
        for (int d = 1; d < cell.rowspan; ++d) covered[{r + static_cast<size_t>(d), column + k}] = true;
      }
      column += cell.colspan;
    }
    skip_covered();
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) out += ',';
      out += csv_field(fields[i]);
    }
    out += "\r\n";
  }
  return out;
}

std::string csv_file_name(const std::vector<Block>& blocks, size_t index) {
  for (size_t i = index; i-- > 0;) {
    if (blocks[i].kind == BlockKind::kParagraph && !blocks[i].number.empty()) {
      return blocks[index].id + "-after-" + blocks[i].number + ".csv";
    }
  }
  return blocks[index].id + ".csv";
}

}  // namespace coi
