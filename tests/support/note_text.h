// A note's footnotes as the fixture tests compare them with the model.
#pragma once

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "tests/support/table_text.h"

namespace coi::testing {

/// "n: text" of every footnote in order, its whitespace squashed.
inline std::vector<std::string> footnote_lines(const Doc& doc) {
  std::vector<std::string> out;
  for (const Footnote& f : doc.footnotes) {
    out.push_back(std::to_string(f.number) + ": " + squash_spaces(plain_text(f.inlines)));
  }
  return out;
}

}  // namespace coi::testing
