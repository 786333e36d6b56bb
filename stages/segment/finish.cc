// Finishing the blocks: inline runs with cross-references, interleaving, parts and stable IDs.
//
// Step 1: cross-references need the headings first (two passes): every heading draft is indexed
//         by page and top; an internal link whose destination (page, y) lies within
//         xref_tolerance of a heading's top on that page is an xref to it (its number, or its text
//         where it has none). Destinations inside a page's footnote area are footnote links, not
//         xrefs; any other unmatched destination is reported once as "unresolved-internal-link".
// Step 2: the blocks other stages already placed (contents list, tables) and the figures are
//         merged into the flow by position (page, then y): each goes before the first drafted
//         block that starts below it, so a paragraph cut by a table stays before the table.
// Step 3: parts: a level-1 heading opens a part; its slug comes from the `parts` table of the
//         config (case-insensitive), else from its slugified title. Every block gets its part.
// Step 4: IDs, stable when unrelated parts of the note change:
//           numbered heading "sec-4", "sec-5.1"; part title: its slug; other headings
//           "sec-" + slug of the text; numbered paragraph "para-4.1.1";
//           any other block: the ID of the nearest heading or numbered paragraph before it,
//           "." and a kind ordinal counted from there: "para-4.1.4.p2", "sec-5.list1",
//           "executive-summary.p3", "sec-6.2.fig1", "para-1.1.2.btc1".
//         Blocks that arrive with an ID (toc, tables) keep it. A clash gets "-2", "-3"...
//
//   [heading 4 "Asylum/refugee law"] [para 4.1.4] [para] [para] [btc]
//   -> sec-4, para-4.1.4, para-4.1.4.p1, para-4.1.4.p2, para-4.1.4.btc1
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>

#include "stages/segment/segment_internal.h"
#include "stages/text/hyphenation.h"

namespace coi::segment {

namespace {

struct HeadingMark {
  double y = 0;
  std::string target;
};

class XrefResolver {
 public:
  XrefResolver(const Doc& doc, const std::vector<Draft>& drafts, const Metrics& metrics,
               const SegmentConfig& config, Diagnostics& diag)
      : doc_(doc), tolerance_(config.xref_tolerance * metrics.body_size), diag_(diag) {
    for (const Draft& d : drafts) {
      if (d.block.kind == BlockKind::kHeading) headings_[d.page].push_back({d.y, d.label});
    }
  }

  std::optional<std::string> operator()(const LinkArea& area) {
    const int page = area.dest_page;
    if (page >= 1 && page <= static_cast<int>(doc_.pages.size())) {
      if (!doc_.pages[page - 1].above_footnotes(area.dest_y)) return std::nullopt;
    }
    if (auto it = headings_.find(page); it != headings_.end() && !it->second.empty()) {
      if (area.dest_y < 0) return it->second.front().target;
      const HeadingMark* best = nullptr;
      for (const HeadingMark& mark : it->second) {
        if (!best || std::abs(mark.y - area.dest_y) < std::abs(best->y - area.dest_y)) best = &mark;
      }
      if (std::abs(best->y - area.dest_y) <= tolerance_) return best->target;
    }
    const auto key = std::make_pair(page, static_cast<int>(std::lround(area.dest_y)));
    if (reported_.insert(key).second) {
      diag_.warn("unresolved-internal-link",
                 "internal link to page " + std::to_string(page) + " (y " +
                     std::to_string(key.second) + ") lands on no heading; kept as text",
                 current_page_);
    }
    return std::nullopt;
  }

  void set_current_page(int page) { current_page_ = page; }

 private:
  const Doc& doc_;
  double tolerance_;
  Diagnostics& diag_;
  std::map<int, std::vector<HeadingMark>> headings_;
  std::set<std::pair<int, int>> reported_;
  int current_page_ = 0;
};

// A heading's bold is its style, not emphasis: its runs become plain text.
void unbold(Inlines& inlines) {
  Inlines plain;
  for (Inline& run : inlines) {
    if (run.kind == InlineKind::kStrong) run.kind = InlineKind::kText;
    append_run(plain, std::move(run));
  }
  inlines = std::move(plain);
}

void build_runs(const Doc& doc, std::vector<Draft>& drafts, XrefResolver& resolver) {
  const Hyphenation& hyphenation = hyphenation_of(doc);
  InlineRunOptions options;
  options.hyphenation = &hyphenation;
  options.xref_target = [&resolver](const LinkArea& area) { return resolver(area); };
  for (Draft& d : drafts) {
    resolver.set_current_page(d.page);
    if (d.block.kind == BlockKind::kList) {
      for (size_t i = 0; i < d.items.size(); ++i) {
        d.block.items[i].inlines = build_inlines(doc, d.items[i], options);
      }
    } else if (!d.text.empty() && d.block.kind != BlockKind::kBackToContents) {
      d.block.inlines = build_inlines(doc, d.text, options);
      if (d.block.kind == BlockKind::kHeading) unbold(d.block.inlines);
    }
  }
}

std::pair<int, double> position(const Block& block) {
  if (block.where.empty()) return {0, 0};
  return {block.where.front().page, block.where.front().box.y0};
}

// Step 2.
std::vector<Block> interleave(std::vector<Draft> drafts, std::vector<Block> others) {
  std::stable_sort(others.begin(), others.end(), [](const Block& a, const Block& b) {
    return position(a) < position(b);
  });
  std::vector<Block> out;
  out.reserve(drafts.size() + others.size());
  size_t k = 0;
  for (Draft& d : drafts) {
    const std::pair<int, double> here{d.page, d.y};
    while (k < others.size() && position(others[k]) < here) out.push_back(std::move(others[k++]));
    out.push_back(std::move(d.block));
  }
  while (k < others.size()) out.push_back(std::move(others[k++]));
  return out;
}

std::string part_slug(const std::string& title, const SegmentConfig& config) {
  const std::string key = slugify(title);
  for (const auto& [name, slug] : config.parts) {
    if (slugify(name) == key) return slug;
  }
  return key;
}

const char* kind_tag(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "p";
    case BlockKind::kList: return "list";
    case BlockKind::kQuote: return "quote";
    case BlockKind::kTable: return "table";
    case BlockKind::kFigure: return "fig";
    case BlockKind::kBackToContents: return "btc";
    case BlockKind::kToc: return "toc";
    case BlockKind::kHeading: return "h";
  }
  return "b";
}

// Steps 3 and 4.
void assign_parts_and_ids(std::vector<Block>& blocks, const SegmentConfig& config) {
  std::set<std::string> used;
  for (const Block& b : blocks) {
    if (!b.id.empty()) used.insert(b.id);
  }
  std::string part = config.front_part, anchor = config.front_part;
  std::map<std::string, int> ordinals;  // kind tag -> count since the anchor
  for (Block& b : blocks) {
    std::string base;
    if (b.kind == BlockKind::kHeading && b.level == 1) {
      part = part_slug(plain_text(b.inlines), config);
      base = part;
    } else if (b.kind == BlockKind::kHeading) {
      base = "sec-" + (b.number.empty() ? slugify(plain_text(b.inlines)) : b.number);
    } else if (b.kind == BlockKind::kParagraph && !b.number.empty()) {
      base = "para-" + b.number;
    }
    b.part = part;
    if (!base.empty()) {
      ordinals.clear();
    } else if (b.id.empty()) {
      const char* tag = kind_tag(b.kind);
      base = anchor + "." + tag + std::to_string(++ordinals[tag]);
    }
    if (b.id.empty()) {
      std::string id = base;
      for (int n = 2; used.count(id); ++n) id = base + "-" + std::to_string(n);
      b.id = id;
      used.insert(id);
    }
    if (b.kind == BlockKind::kHeading || !b.number.empty()) anchor = b.id;
  }
}

}  // namespace

std::vector<Block> finish_blocks(const Doc& doc, std::vector<Block> others,
                                 std::vector<Draft> drafts, const Metrics& metrics,
                                 const SegmentConfig& config, Diagnostics& diag) {
  XrefResolver resolver(doc, drafts, metrics, config, diag);
  build_runs(doc, drafts, resolver);
  for (Draft& figure : figure_drafts(doc, config)) others.push_back(std::move(figure.block));
  std::vector<Block> blocks = interleave(std::move(drafts), std::move(others));
  assign_parts_and_ids(blocks, config);
  return blocks;
}

}  // namespace coi::segment
