// Tables as the tests read them: a note's table blocks, and the text at every slot of a table's
// expanded grid (pipeline/table_grid.h), so a cell is compared wherever its spans reach.
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "pipeline/model.h"
#include "pipeline/table_grid.h"

namespace coi::testing {

/// `text` with every run of whitespace one space and no space at either end.
inline std::string squash_spaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

/// The note's table blocks, in order.
inline std::vector<const Block*> tables_of(const Doc& doc) {
  std::vector<const Block*> out;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kTable) out.push_back(&b);
  }
  return out;
}

/// The text of every cell of every table of `doc`, row by row, whitespace squashed.
inline std::vector<std::string> cell_texts(const Doc& doc) {
  std::vector<std::string> out;
  for (const Block* table : tables_of(doc)) {
    for (const auto& row : table->table.rows) {
      for (const Cell& cell : row) out.push_back(squash_spaces(plain_text(cell.inlines)));
    }
  }
  return out;
}

/// `text` with its spaces removed: what a cell is when only its spaces are wrong.
inline std::string without_spaces(std::string text) {
  std::erase(text, ' ');
  return text;
}

/// The printed cells whose text, spaces removed, is a model cell's.
struct CellSpaces {
  std::vector<std::string> wrong;  // "got (want)": a model cell's text but for its spaces
  size_t right_with_space = 0;     // printed as a model cell with a space inside it
};

/// Judges the spaces of every cell `ours` prints against the model's cells: the words two
/// lines of a cell keep apart, and the pieces of one word broken over lines.
inline CellSpaces judge_cell_spaces(const Doc& model, const Doc& ours) {
  std::map<std::string, std::string> by_letters;  // model cell text without spaces -> with
  for (const std::string& text : cell_texts(model)) by_letters[without_spaces(text)] = text;
  CellSpaces judged;
  for (const std::string& got : cell_texts(ours)) {
    const auto it = by_letters.find(without_spaces(got));
    if (it == by_letters.end()) continue;
    if (it->second != got) {
      judged.wrong.push_back(got + " (" + it->second + ")");
    } else if (got.find(' ') != std::string::npos) {
      ++judged.right_with_space;
    }
  }
  return judged;
}

/// The text at every slot of the table's expanded grid, row by row (a spanning cell's text at
/// each slot it covers, "" where no cell does), whitespace squashed.
inline std::vector<std::vector<std::string>> grid_texts(const Table& table) {
  const TableGrid grid = expand_grid(table);
  std::vector<std::vector<std::string>> out;
  for (const std::vector<GridSlot>& row : grid.slots) {
    out.emplace_back();
    for (const GridSlot& slot : row) {
      out.back().push_back(slot.empty() ? "" : squash_spaces(plain_text(cell_at(table, slot).inlines)));
    }
  }
  return out;
}

/// The table of `doc` whose id is `id`, or nullptr.
inline const Table* table_by_id(const Doc& doc, const std::string& id) {
  for (const Block* block : tables_of(doc)) {
    if (block->id == id) return &block->table;
  }
  return nullptr;
}

/// The table of `doc` whose expanded grid holds the row `row` (a row of some model table), or
/// nullptr.
inline const Table* table_holding(const Doc& doc, const std::vector<std::string>& row) {
  for (const Block* block : tables_of(doc)) {
    const std::vector<std::vector<std::string>> grid = grid_texts(block->table);
    if (std::find(grid.begin(), grid.end(), row) != grid.end()) return &block->table;
  }
  return nullptr;
}

/// The expanded grid (grid_texts) of the table of `doc` whose id is `id`, or none.
inline std::vector<std::vector<std::string>> table_grid(const Doc& doc, const std::string& id) {
  const Table* table = table_by_id(doc, id);
  return table != nullptr ? grid_texts(*table) : std::vector<std::vector<std::string>>{};
}

/// The expanded grid of the table of `doc` holding the row `row` (a row of some model table),
/// or none.
inline std::vector<std::vector<std::string>> grid_holding(const Doc& doc,
                                                          const std::vector<std::string>& row) {
  const Table* table = table_holding(doc, row);
  return table != nullptr ? grid_texts(*table) : std::vector<std::vector<std::string>>{};
}

/// Every cell of `table` spanning rows or columns, by its top-left grid slot in grid order:
/// "r3 c1 3x1: Bretagne" (rows x columns), whitespace squashed.
inline std::vector<std::string> spans_of(const Table& table) {
  std::vector<std::string> out;
  const TableGrid grid = expand_grid(table);
  for (size_t r = 0; r < grid.slots.size(); ++r) {
    for (size_t c = 0; c < grid.slots[r].size(); ++c) {
      const GridSlot& slot = grid.slots[r][c];
      if (slot.empty() || !slot.anchor) continue;  // covered from above or left
      const Cell& cell = cell_at(table, slot);
      if (cell.rowspan == 1 && cell.colspan == 1) continue;
      out.push_back("r" + std::to_string(r + 1) + " c" + std::to_string(c + 1) + " " +
                    std::to_string(cell.rowspan) + "x" + std::to_string(cell.colspan) + ": " +
                    squash_spaces(plain_text(cell.inlines)));
    }
  }
  return out;
}

}  // namespace coi::testing
