// What the structure tree says about a printed box, and whether the tree can be trusted.
//
// 1. Words of a box: the words of its page whose centre lies in the box (grown by box_slack).
//    Blocks, cells and footnotes record their boxes (Places), not their words, so geometry is
//    the join; the boxes were built from these very words, so the centre test is exact enough.
//    Each page's words are kept ordered by centre y, so a box costs a binary search.
// 2. A word's owner climbs from its element to the first ancestor that names what we judge:
//    the block-level element for blocks (a footnote mark's Link inside a P counts as the P),
//    TH/TD for cells, the Note for footnotes (Word and LibreOffice nest the note's paragraph,
//    often styled "Footnote" and role-mapped to P, inside Note), the LI for list items; where
//    no such ancestor exists, the nearest block-level one. Owners are computed once per element.
// 3. The label (owner's type) carried by most tagged words wins, with its share; the owner
//    holding most words is reported too, and how many owners hold a real part of the words
//    (min_part_share), which is how a box spanning two elements shows.
// 4. Soundness: a tree that covers too few words (a half-tagged export), or whose body
//    elements come out of the layout's reading order (a reordered or broken tree), is not
//    trusted to decide anything: tags then only yield diagnostics.
// Example: a heading box holding "5.1 Legal" with both words under an H2 gives {H2, 1.0},
// owner that H2, parts 1.
#include <algorithm>

#include "stages/structure/structure_parts.h"

namespace coi::structure {

namespace {

bool is_heading_type(const std::string& t) {
  return t.size() == 2 && t[0] == 'H' && t[1] >= '1' && t[1] <= '6';
}

bool is_block_type(const std::string& t) {
  static const char* const kTypes[] = {"P", "H", "LI", "LBody", "Lbl", "TH", "TD", "Caption",
                                       "BlockQuote", "TOCI", "Note", "Figure", "Formula"};
  if (is_heading_type(t)) return true;
  return std::any_of(std::begin(kTypes), std::end(kTypes), [&](const char* k) { return t == k; });
}

// What an element type is to the lenses, as bits: computed once per element.
enum TypeBits : unsigned char {
  kBlockBit = 1,
  kCellBit = 2,
  kNoteBit = 4,
  kItemBit = 8,
  kListBit = 16
};

unsigned char type_bits(const std::string& t) {
  unsigned char bits = is_block_type(t) ? kBlockBit : 0;
  if (t == "TH" || t == "TD") bits |= kCellBit;
  if (t == "Note") bits |= kNoteBit;
  if (t == "LI") bits |= kItemBit;
  if (t == "L") bits |= kListBit;
  return bits;
}

// The bit a lens looks for first.
unsigned char lens_bit(Lens lens) {
  switch (lens) {
    case Lens::kCell: return kCellBit;
    case Lens::kNote: return kNoteBit;
    case Lens::kItem: return kItemBit;
    default: return kBlockBit;
  }
}

bool inside(const Box& b, double x, double y, double slack) {
  return x >= b.x0 - slack && x <= b.x1 + slack && y >= b.y0 - slack && y <= b.y1 + slack;
}

bool text_line(LineRole role) {
  return role == LineRole::kBody || role == LineRole::kTable || role == LineRole::kFootnote;
}

}  // namespace

TreeView::TreeView(const Doc& doc, const StructureConfig& config) : doc_(doc), config_(config) {
  bits_.reserve(doc.structure.size());
  for (const StructNode& node : doc.structure) bits_.push_back(type_bits(node.type));
  owners_.resize(doc.structure.size());
  for (size_t n = 0; n < owners_.size(); ++n) {
    for (int lens = 0; lens < kLenses; ++lens) {
      owners_[n][static_cast<size_t>(lens)] =
          owner_of(static_cast<int>(n), static_cast<Lens>(lens));
    }
  }
  by_y_.resize(doc.pages.size());
  for (size_t p = 0; p < doc.pages.size(); ++p) {
    const std::vector<Word>& words = doc.pages[p].words;
    by_y_[p].reserve(words.size());
    for (size_t w = 0; w < words.size(); ++w) {
      by_y_[p].emplace_back((words[w].box.y0 + words[w].box.y1) / 2, static_cast<int>(w));
    }
    std::sort(by_y_[p].begin(), by_y_[p].end());
  }
}

int TreeView::owner_of(int node, Lens lens) const {
  constexpr int kMaxDepth = 64;  // no real tree nests deeper; a guard against hostile files
  const unsigned char wanted = lens_bit(lens);
  const bool fallback = lens == Lens::kNote || lens == Lens::kItem;  // else the nearest block
  int nearest_block = -1;
  for (int n = node, depth = 0; n >= 0 && depth < kMaxDepth; ++depth) {
    const unsigned char bits = bits_[static_cast<size_t>(n)];
    if (bits & wanted) return n;
    if (fallback && nearest_block < 0 && (bits & kBlockBit)) nearest_block = n;
    n = doc_.structure[static_cast<size_t>(n)].parent;
  }
  return nearest_block;
}

int TreeView::list_depth(int node) const {
  constexpr int kMaxDepth = 64;
  int lists = 0;
  for (int n = node, depth = 0; n >= 0 && depth < kMaxDepth; ++depth) {
    lists += (bits_[static_cast<size_t>(n)] & kListBit) != 0;
    n = doc_.structure[static_cast<size_t>(n)].parent;
  }
  return lists;
}

Evidence TreeView::evidence(const Places& where, Lens lens) const {
  Evidence ev;
  std::vector<int> owners;  // per tagged word
  const double slack = config_.box_slack;
  for (const Place& place : where) {
    if (place.page < 1 || place.page > static_cast<int>(doc_.pages.size())) continue;
    const std::vector<std::pair<double, int>>& ys = by_y_[static_cast<size_t>(place.page - 1)];
    const std::vector<Word>& words = doc_.pages[static_cast<size_t>(place.page - 1)].words;
    auto it = std::lower_bound(ys.begin(), ys.end(), std::make_pair(place.box.y0 - slack, -1));
    for (; it != ys.end() && it->first <= place.box.y1 + slack; ++it) {
      const Word& w = words[static_cast<size_t>(it->second)];
      if (!inside(place.box, (w.box.x0 + w.box.x1) / 2, it->first, slack)) continue;
      ++ev.words;
      if (w.struct_node < 0 || w.struct_node >= static_cast<int>(owners_.size())) continue;
      ++ev.tagged;
      ev.first_node = ev.first_node < 0 ? w.struct_node : std::min(ev.first_node, w.struct_node);
      owners.push_back(owners_[static_cast<size_t>(w.struct_node)][static_cast<size_t>(lens)]);
    }
  }
  tally(owners, ev);
  return ev;
}

// Fills label, share, owner and parts from the owners of the tagged words.
void TreeView::tally(std::vector<int>& owners, Evidence& ev) const {
  if (owners.empty()) return;
  std::sort(owners.begin(), owners.end());
  std::vector<std::pair<std::string, int>> labels;  // few: one per type present
  int best_owner_count = 0;
  for (size_t i = 0; i < owners.size();) {
    size_t j = i;
    while (j < owners.size() && owners[j] == owners[i]) ++j;
    const int count = static_cast<int>(j - i), owner = owners[i];
    if (owner >= 0 && count > best_owner_count) best_owner_count = count, ev.owner = owner;
    if (owner >= 0 && count >= config_.min_part_share * static_cast<double>(owners.size())) {
      ++ev.parts;
    }
    const std::string label = owner < 0 ? "" : doc_.structure[static_cast<size_t>(owner)].type;
    auto same = std::find_if(labels.begin(), labels.end(),
                             [&](const auto& l) { return l.first == label; });
    if (same == labels.end()) labels.emplace_back(label, count);
    else same->second += count;
    i = j;
  }
  // The most common label; a tie goes to the alphabetically first, as an ordered map would.
  int best = 0;
  for (const auto& [label, count] : labels) {
    if (count > best || (count == best && label < ev.label)) best = count, ev.label = label;
  }
  ev.share = static_cast<double>(best) / static_cast<double>(ev.tagged);
}

Soundness judge_tree(const TreeView& view, const StructureConfig& config) {
  const Doc& doc = view.doc();
  Soundness s;
  for (const StructNode& node : doc.structure) {
    s.has_headings = s.has_headings || is_heading_type(node.type);
    s.has_notes = s.has_notes || node.type == "Note";
  }
  long words = 0, tagged = 0;
  for (const Page& page : doc.pages) {
    for (const Line& line : page.lines) {
      if (!text_line(line.role)) continue;
      for (int w : line.words) {
        ++words;
        tagged += page.words[static_cast<size_t>(w)].struct_node >= 0;
      }
    }
  }
  s.tagged_share = words ? static_cast<double>(tagged) / static_cast<double>(words) : 0;
  // Consecutive body blocks whose first elements come in tree order agree with the layout.
  int pairs = 0, agreeing = 0, previous = -1;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kHeading && b.kind != BlockKind::kParagraph &&
        b.kind != BlockKind::kList && b.kind != BlockKind::kQuote) {
      continue;
    }
    const int first = view.evidence(b.where, Lens::kBlock).first_node;
    if (first < 0) continue;
    if (previous >= 0) ++pairs, agreeing += first >= previous;  // equal: one element split
    previous = first;
  }
  s.order_agreement = pairs ? static_cast<double>(agreeing) / pairs : 1.0;
  if (s.tagged_share < config.min_tagged_share) {
    s.reason = "too few words tagged";
  } else if (s.order_agreement < config.min_order_agreement) {
    s.reason = "elements out of reading order";
  }
  s.sound = s.reason.empty();
  return s;
}

int heading_level(const std::string& label, const StructureConfig& config) {
  if (!is_heading_type(label)) return 0;
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
