#include "pipeline/validate.h"

#include <set>

#include "pipeline/paragraph_number.h"
#include "pipeline/table_grid.h"
#include "pipeline/vocabulary.h"

namespace coi {

namespace {

// Glyph boxes may poke slightly outside the media box (descenders, rounding).
constexpr double kPageSlack = 2.0;

Status violation(const std::string& stage, const std::string& what) {
  return Status(StatusCode::kInternal, "model invariant broken after stage " + stage + ": " + what);
}

Status check_places(const Doc& doc, const Places& places, const std::string& owner,
                    const std::string& stage) {
  if (doc.pages.empty()) return Status::ok();  // a model read from JSON has no pages
  for (const Place& p : places) {
    if (p.page < 1 || p.page > static_cast<int>(doc.pages.size())) {
      return violation(stage, owner + " refers to page " + std::to_string(p.page));
    }
    const Page& page = doc.pages[p.page - 1];
    if (p.box.x0 < -kPageSlack || p.box.y0 < -kPageSlack || p.box.x1 > page.width + kPageSlack ||
        p.box.y1 > page.height + kPageSlack) {
      return violation(stage, owner + " has a box outside page " + std::to_string(p.page));
    }
  }
  return Status::ok();
}

// Every row covers as many grid columns as the first once spans are counted, and no two cells
// claim one slot (pipeline/table_grid.h).
Status check_table(const Block& block, const std::string& stage) {
  const TableGrid grid = expand_grid(block.table);
  if (grid.overlaps > 0) {
    return violation(stage, "table " + block.id + " has cells whose spans overlap");
  }
  for (size_t r = 1; r < grid.slots.size(); ++r) {
    if (grid.covered(r) != grid.covered(0)) {
      return violation(stage, "table " + block.id + " row " + std::to_string(r + 1) + " covers " +
                                  std::to_string(grid.covered(r)) + " columns, row 1 covers " +
                                  std::to_string(grid.covered(0)));
    }
  }
  return Status::ok();
}

// Every word's font names one of its page's fonts (Word::font indexes Page::fonts); a word of
// unknown font has none.
Status check_fonts(const Doc& doc, const std::string& stage) {
  for (const Page& page : doc.pages) {
    for (const Word& w : page.words) {
      if (w.font < -1 || w.font >= static_cast<int>(page.fonts.size())) {
        return violation(stage, "word \"" + w.text + "\" on page " + std::to_string(page.number) +
                                    " has font " + std::to_string(w.font) + " of " +
                                    std::to_string(page.fonts.size()));
      }
    }
  }
  return Status::ok();
}

}  // namespace

Status validate_model(const Doc& doc, const std::string& stage) {
  if (Status s = check_fonts(doc, stage); !s.is_ok()) return s;
  std::set<std::string> ids;
  std::string last_number;
  for (const Block& block : doc.blocks) {
    if (block.id.empty()) return violation(stage, "a block has no ID");
    if (!ids.insert(block.id).second) return violation(stage, "duplicate block ID " + block.id);
    if (Status s = check_places(doc, block.where, "block " + block.id, stage); !s.is_ok()) return s;
    if (block.kind == BlockKind::kParagraph && !block.number.empty()) {
      if (!last_number.empty() && !number_precedes(last_number, block.number)) {
        return violation(stage, "paragraph " + block.number + " follows " + last_number);
      }
      last_number = block.number;
    }
    if (block.kind == BlockKind::kTable) {
      if (Status s = check_table(block, stage); !s.is_ok()) return s;
    }
  }
  std::set<int> numbers;
  for (const Footnote& note : doc.footnotes) {
    if (!numbers.insert(note.number).second) {
      return violation(stage, "duplicate footnote " + std::to_string(note.number));
    }
  }
  std::set<std::string> source_ids;
  for (const Source& source : doc.sources) source_ids.insert(source.id);
  for (const Footnote& note : doc.footnotes) {
    if (!note.source_id.empty() && !source_ids.count(note.source_id)) {
      return violation(stage, "footnote " + std::to_string(note.number) + " cites unknown source " +
                                  note.source_id);
    }
  }
  // The stages after segment read its count of the words instead of counting them again.
  if (doc.vocabulary != nullptr && !(*doc.vocabulary == Vocabulary(doc))) {
    return violation(stage, "the words changed after the segment stage counted them");
  }
  return Status::ok();
}

}  // namespace coi
