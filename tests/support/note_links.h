// A note's external links as the fixture tests compare them with the model.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "pipeline/model.h"

namespace coi::testing {

/// The link runs of `inlines` as "URL | printed text", spaces squashed.
inline std::vector<std::string> link_texts(const Inlines& inlines) {
  std::vector<std::string> out;
  for (const Inline& run : inlines) {
    if (run.kind != InlineKind::kLink) continue;
    std::string text;
    for (char c : run.text) {
      if (c == ' ' && (text.empty() || text.back() == ' ')) continue;
      text += c;
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out.push_back(run.url + " | " + text);
  }
  return out;
}

/// Every external link of the note as link_texts() gives it: blocks, list items, table cells,
/// footnotes and sources, as scripts/fidelity counts them.
inline std::multiset<std::string> links_of(const Doc& doc) {
  std::multiset<std::string> out;
  const auto take = [&](const Inlines& inlines) {
    for (std::string& link : link_texts(inlines)) out.insert(std::move(link));
  };
  for (const Block& b : doc.blocks) {
    take(b.inlines);
    for (const ListItem& item : b.items) take(item.inlines);
    for (const auto& row : b.table.rows) {
      for (const Cell& cell : row) take(cell.inlines);
    }
  }
  for (const Footnote& note : doc.footnotes) take(note.inlines);
  for (const Source& source : doc.sources) take(source.inlines);
  return out;
}

/// The links of `want` that `got` lacks, each as many times as it lacks it.
inline std::vector<std::string> missing(const std::multiset<std::string>& want,
                                        std::multiset<std::string> got) {
  std::vector<std::string> out;
  for (const std::string& link : want) {
    const auto it = got.find(link);
    if (it == got.end()) out.push_back(link);
    else got.erase(it);
  }
  return out;
}

}  // namespace coi::testing
