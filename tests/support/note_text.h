// A note's headings and footnotes as the fixture tests compare them with the model.
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

/// "n: text" of every footnote in order, its whitespace squashed.
inline std::vector<std::string> footnote_lines(const Doc& doc) {
  std::vector<std::string> out;
  for (const Footnote& f : doc.footnotes) {
    out.push_back(std::to_string(f.number) + ": " + squash_spaces(plain_text(f.inlines)));
  }
  return out;
}

}  // namespace coi::testing
