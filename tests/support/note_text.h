// A note's headings, lists and footnotes as the fixture tests compare them with the model.
#pragma once

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/table_text.h"

namespace coi::testing {

/// Every heading, in order, as "level number: text".
inline std::vector<std::string> heading_lines(const Doc& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kHeading) continue;
    out.push_back(std::to_string(b.level) + " " + b.number + ": " + plain_text(b.inlines));
  }
  return out;
}

/// Each list as its items' levels and texts, "1 The courts explained | 2 Local officials", each
/// text cut to its first `opening` bytes where a test compares only how items open.
inline std::vector<std::string> list_lines(const Doc& doc,
                                           std::string::size_type opening = std::string::npos) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kList) continue;
    std::string list;
    for (const ListItem& item : b.items) {
      if (!list.empty()) list += " | ";
      list += std::to_string(item.level) + " " + plain_text(item.inlines).substr(0, opening);
    }
    out.push_back(list);
  }
  return out;
}

/// The text of every block of `kind`, in order, its whitespace squashed.
inline std::vector<std::string> block_texts(const Doc& doc, BlockKind kind) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) {
    if (b.kind == kind) out.push_back(squash_spaces(plain_text(b.inlines)));
  }
  return out;
}

/// "n: text" of every footnote in order, its whitespace squashed.
inline std::vector<std::string> footnote_lines(const Doc& doc) {
  std::vector<std::string> out;
  for (const Footnote& f : doc.footnotes) {
    out.push_back(std::to_string(f.number) + ": " + squash_spaces(plain_text(f.inlines)));
  }
  return out;
}

}  // namespace coi::testing
