#include "cli/table_csv.h"

#include "pipeline/table_grid.h"

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
  const TableGrid grid = expand_grid(table);
  std::string out;
  for (const std::vector<GridSlot>& row : grid.slots) {
    for (size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out += ',';
      if (row[c].anchor) out += csv_field(plain_text(cell_at(table, row[c]).inlines));
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
