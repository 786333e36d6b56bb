// Helpers shared by the diff renderers.
#include <map>

#include "diff/render.h"

namespace coi {

std::string unit_label(const DiffUnit& unit) {
  if (!unit.number.empty()) return unit.number;
  switch (unit.kind) {
    case DiffUnit::Kind::kListItem:
      return "list item";
    case DiffUnit::Kind::kQuote:
      return "quote";
    case DiffUnit::Kind::kParagraph:
      break;
  }
  return "unnumbered paragraph";
}

int unit_page(const DiffUnit& unit) { return unit.where.empty() ? 0 : unit.where.front().page; }

std::vector<ChangeCount> change_counts(const DiffReport& report) {
  std::vector<ChangeCount> out;
  auto add = [&](const std::string& what, const std::string& change) {
    for (ChangeCount& c : out) {
      if (c.what == what && c.change == change) return void(++c.count);
    }
    out.push_back(ChangeCount{what, change, 1});
  };
  for (Change c : {Change::kModified, Change::kMoved, Change::kRenumbered, Change::kInserted,
                   Change::kDeleted, Change::kSplit, Change::kMerged}) {
    for (const ParagraphChange& p : report.paragraphs) {
      if (p.change == c) add("paragraphs", change_name(c));
    }
  }
  for (const HeadingChange& h : report.headings) {
    if (h.kind != HeadingChange::Kind::kUnchanged) add("headings", change_name(h.kind));
  }
  for (const TableChange& t : report.tables) add("tables", change_name(t.kind));
  for (const SourceChange& s : report.sources) add("sources", change_name(s.kind));
  for (const MetaChange& m : report.meta) add("meta", m.field);
  return out;
}

}  // namespace coi
