#include "links/citations.h"

#include <algorithm>
#include <map>

#include "pipeline/url.h"

namespace coi {

namespace {

template <typename T>
void add_unique(std::vector<T>& values, const T& value) {
  if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

// Calls `visit` with every inline run of a block: its own, its items' and its cells'.
template <typename Visit>
void for_each_inline(const Block& block, Visit visit) {
  for (const Inline& run : block.inlines) visit(run);
  for (const ListItem& item : block.items) {
    for (const Inline& run : item.inlines) visit(run);
  }
  for (const auto& row : block.table.rows) {
    for (const Cell& cell : row) {
      for (const Inline& run : cell.inlines) visit(run);
    }
  }
}

std::string block_label(const Block& block) {
  return block.number.empty() ? block.id : block.number;
}

class Collector {
 public:
  void add_doc(const Doc& doc, const std::string& name);
  std::vector<CitedUrl> take() { return std::move(urls_); }

 private:
  Citation& citation(const std::string& raw_url, const std::string& note);

  std::vector<CitedUrl> urls_;
  std::map<std::string, size_t> index_;
};

Citation& Collector::citation(const std::string& raw_url, const std::string& note) {
  const std::string url = strip_fragment(raw_url);
  auto [it, inserted] = index_.emplace(url, urls_.size());
  if (inserted) urls_.push_back(CitedUrl{url, {}});
  std::vector<Citation>& citations = urls_[it->second].citations;
  if (citations.empty() || citations.back().note != note) citations.push_back(Citation{note, {}, {}, {}});
  return citations.back();
}

void Collector::add_doc(const Doc& doc, const std::string& name) {
  // Which blocks cite each footnote: the resolver's cited_by, and the marks themselves (a
  // corpus model has no cited_by).
  std::map<std::string, std::string> label_of_id;
  for (const Block& block : doc.blocks) label_of_id.emplace(block.id, block_label(block));
  std::map<int, std::vector<std::string>> citing;
  for (const Footnote& f : doc.footnotes) {
    for (const std::string& id : f.cited_by) {
      auto label = label_of_id.find(id);
      add_unique(citing[f.number], label == label_of_id.end() ? id : label->second);
    }
  }
  for (const Block& block : doc.blocks) {
    for_each_inline(block, [&](const Inline& run) {
      if (run.kind == InlineKind::kFootnoteRef) add_unique(citing[run.footnote], block_label(block));
      if (run.kind == InlineKind::kLink && !run.url.empty()) {
        add_unique(citation(run.url, name).paragraphs, block_label(block));
      }
    });
  }
  for (const Footnote& f : doc.footnotes) {
    for (const Inline& run : f.inlines) {
      if (run.kind != InlineKind::kLink || run.url.empty()) continue;
      Citation& c = citation(run.url, name);
      add_unique(c.footnotes, f.number);
      for (const std::string& label : citing[f.number]) add_unique(c.paragraphs, label);
    }
  }
  for (const Source& s : doc.sources) {
    std::vector<std::string> urls;
    if (!s.url.empty()) urls.push_back(s.url);
    for (const Inline& run : s.inlines) {
      if (run.kind == InlineKind::kLink && !run.url.empty()) add_unique(urls, run.url);
    }
    for (const std::string& url : urls) {
      add_unique(citation(url, name).sources, s.title.empty() ? s.id : s.title);
    }
  }
}

}  // namespace

std::vector<CitedUrl> collect_cited_urls(const std::vector<Doc>& docs,
                                         const std::vector<std::string>& names) {
  Collector collector;
  for (size_t i = 0; i < docs.size(); ++i) collector.add_doc(docs[i], names[i]);
  return collector.take();
}

}  // namespace coi
