// A note's external links as the fixture tests compare them with the model.
#pragma once

#include <gtest/gtest.h>

#include <map>
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

/// Each source of `ours` is the model's source of the same title, with its date and access date;
/// one printed first on a page `check_links(page)` accepts has the model's links too. Returns how
/// many sources had their links compared, for the caller's floor on it.
template <typename PagePredicate>
int expect_sources_as_model(const Doc& ours, const Doc& model, PagePredicate check_links) {
  std::map<std::string, const Source*> model_sources;
  for (const Source& s : model.sources) model_sources[s.title] = &s;
  int checked = 0;
  for (const Source& s : ours.sources) {
    const auto it = model_sources.find(s.title);
    if (it == model_sources.end()) {
      ADD_FAILURE() << "no source of the model has the title " << s.title;
      continue;
    }
    const Source& want = *it->second;
    EXPECT_EQ(s.date + " / " + s.accessed, want.date + " / " + want.accessed) << s.title;
    if (s.where.empty() || !check_links(s.where.front().page)) continue;
    EXPECT_EQ(link_texts(s.inlines), link_texts(want.inlines)) << s.title;
    ++checked;
  }
  return checked;
}

}  // namespace coi::testing
