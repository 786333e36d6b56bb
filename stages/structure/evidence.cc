// What the structure tree says about a printed box, and whether the tree can be trusted.
//
// 1. Words of a box: the words of its page whose centre lies in the box (grown by box_slack).
//    Blocks, cells and footnotes record their boxes (Places), not their words, so geometry is
//    the join; the boxes were built from these very words, so the centre test is exact enough.
//    Each page's words are kept ordered by centre y, so a box costs a binary search.
// 2. A word's owner climbs from its element to the first ancestor that names what we judge
//    (stages/tree/element_owners.cc): the block-level element for blocks, TH/TD for cells, the
//    Note for footnotes, the LI for list items.
// 3. The label (owner's type) carried by most tagged words wins, with its share; the owner
//    holding most words is reported too, and how many owners hold a real part of the words
//    (min_part_share), which is how a box spanning two elements shows.
// 4. Soundness (stages/tree/soundness.cc, judged on lines as the segment stage did): a tree that
//    covers too few words (a half-tagged export), or whose body elements come out of the
//    layout's reading order (a reordered or broken tree), is not trusted to decide anything:
//    tags then only yield diagnostics.
// Example: a heading box holding "5.1 Legal" with both words under an H2 gives {H2, 1.0},
// owner that H2, parts 1.
#include <algorithm>

#include "stages/structure/structure_parts.h"

namespace coi::structure {

namespace {

bool inside(const Box& b, double x, double y, double slack) {
  return x >= b.x0 - slack && x <= b.x1 + slack && y >= b.y0 - slack && y <= b.y1 + slack;
}

}  // namespace

TreeView::TreeView(const Doc& doc, const StructureConfig& config)
    : doc_(doc), config_(config), owners_(tree::element_owners_of(doc)) {
  by_y_.resize(doc.pages.size());
  for (size_t p = 0; p < doc.pages.size(); ++p) {
    const std::vector<Word>& words = doc.pages[p].words;
    by_y_[p].reserve(words.size());
    for (size_t w = 0; w < words.size(); ++w) {
      by_y_[p].emplace_back(words[w].box.centre_y(), static_cast<int>(w));
    }
    std::sort(by_y_[p].begin(), by_y_[p].end());
  }
}

Evidence TreeView::evidence(const Places& where, Lens lens) const {
  Evidence ev;
  std::vector<int>& owners = word_owners_;
  owners.clear();
  const double slack = config_.box_slack;
  for (const Place& place : where) {
    if (place.page < 1 || place.page > static_cast<int>(doc_.pages.size())) continue;
    const std::vector<std::pair<double, int>>& ys = by_y_[static_cast<size_t>(place.page - 1)];
    const std::vector<Word>& words = doc_.pages[static_cast<size_t>(place.page - 1)].words;
    auto it = std::lower_bound(ys.begin(), ys.end(), std::make_pair(place.box.y0 - slack, -1));
    for (; it != ys.end() && it->first <= place.box.y1 + slack; ++it) {
      const Word& w = words[static_cast<size_t>(it->second)];
      if (!inside(place.box, w.box.centre_x(), it->first, slack)) continue;
      ++ev.words;
      if (w.struct_node < 0 || w.struct_node >= static_cast<int>(doc_.structure.size())) continue;
      ++ev.tagged;
      owners.push_back(owners_.owner(w.struct_node, lens));
    }
  }
  tally(ev);
  return ev;
}

// Fills label, share, owner and parts from the owners of the tagged words (word_owners_).
void TreeView::tally(Evidence& ev) const {
  std::vector<int>& owners = word_owners_;
  if (owners.empty()) return;
  std::sort(owners.begin(), owners.end());
  std::vector<std::pair<std::string_view, int>>& labels = label_counts_;  // views of node types
  labels.clear();
  int best_owner_count = 0;
  for (size_t i = 0; i < owners.size();) {
    size_t j = i;
    while (j < owners.size() && owners[j] == owners[i]) ++j;
    const int count = static_cast<int>(j - i), owner = owners[i];
    if (owner >= 0 && count > best_owner_count) best_owner_count = count, ev.owner = owner;
    if (owner >= 0 && count >= config_.min_part_share * static_cast<double>(owners.size())) {
      ++ev.parts;
    }
    const std::string_view label =
        owner < 0 ? std::string_view() : doc_.structure[static_cast<size_t>(owner)].type;
    auto same = std::find_if(labels.begin(), labels.end(),
                             [&](const auto& l) { return l.first == label; });
    if (same == labels.end()) labels.emplace_back(label, count);
    else same->second += count;
    i = j;
  }
  // The most common label; a tie goes to the alphabetically first, as an ordered map would.
  int best = 0;
  std::string_view best_label;
  for (const auto& [label, count] : labels) {
    if (count > best || (count == best && label < best_label)) best = count, best_label = label;
  }
  ev.label = best_label;
  ev.share = static_cast<double>(best) / static_cast<double>(ev.tagged);
}

Soundness judge_tree(const TreeView& view, const StructureConfig& config) {
  const Doc& doc = view.doc();
  Soundness s;
  static_cast<tree::Soundness&>(s) = tree::judge_soundness(doc, view.owners(), config.soundness);
  for (const StructNode& node : doc.structure) {
    s.has_headings = s.has_headings || tree::is_heading_type(node.type);
    s.has_notes = s.has_notes || node.type == "Note";
  }
  return s;
}

int heading_level(const std::string& label, const StructureConfig& config) {
  if (!tree::is_heading_type(label)) return 0;
  return std::min(label[1] - '0', config.max_heading_level);
}

bool speaks(const Evidence& ev, const StructureConfig& config) {
  return ev.tagged > 0 && ev.share >= config.min_element_share;
}

int first_page(const Places& where) { return where.empty() ? 0 : where.front().page; }

void Reporter::disagree(const std::string& message, int page, const std::string& block) {
  if (reported_++ < config_.max_disagreements) {
    diag_.warn("structure-disagreement", message, page, block);
  }
}

void Reporter::finish() {
  if (reported_ > config_.max_disagreements) {
    diag_.warn("structure-disagreement",
               std::to_string(reported_ - config_.max_disagreements) +
                   " more disagreements not listed (structure.max_disagreements)");
  }
}

}  // namespace coi::structure
