// Owners of structure elements: a word's element climbs to the first ancestor that names what is
// judged: the block-level element for blocks (a footnote mark's Link inside a P counts as the
// P), TH/TD for cells, the Note for footnotes (Word and LibreOffice nest the note's paragraph,
// often styled "Footnote" and role-mapped to P, inside Note), the LI for list items; where no
// such ancestor exists, the nearest block-level one. Computed once per element, so judging a
// word costs a lookup.
// Example: Document > L > LI > LBody > P > Link; a word drawn in the Link is owned by the P
// through the block lens and by the LI through the item lens.
#include "stages/tree/element_owners.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>

namespace coi::tree {

namespace {

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

constexpr int kMaxDepth = 64;  // no real tree nests deeper; a guard against hostile files

}  // namespace

bool is_heading_type(const std::string& t) {
  return t.size() == 2 && t[0] == 'H' && t[1] >= '1' && t[1] <= '6';
}

ElementOwners::ElementOwners(const std::vector<StructNode>& nodes) {
  // A tree of thousands of elements uses a score of types: each is judged once (the string
  // comparisons of type_bits were most of this constructor).
  std::unordered_map<std::string_view, unsigned char> bits_of_type;
  parents_.reserve(nodes.size());
  bits_.reserve(nodes.size());
  for (const StructNode& node : nodes) {
    auto [it, inserted] = bits_of_type.try_emplace(node.type, 0);
    if (inserted) it->second = type_bits(node.type);
    parents_.push_back(node.parent);
    bits_.push_back(it->second);
  }
  owners_.resize(nodes.size());
  for (size_t n = 0; n < owners_.size(); ++n) {
    for (int lens = 0; lens < kLenses; ++lens) {
      owners_[n][static_cast<size_t>(lens)] = climb(static_cast<int>(n), static_cast<Lens>(lens));
    }
  }
}

int ElementOwners::climb(int node, Lens lens) const {
  const unsigned char wanted = lens_bit(lens);
  const bool fallback = lens == Lens::kNote || lens == Lens::kItem;  // else the nearest block
  int nearest_block = -1;
  for (int n = node, depth = 0; n >= 0 && depth < kMaxDepth; ++depth) {
    const unsigned char bits = bits_[static_cast<size_t>(n)];
    if (bits & wanted) return n;
    if (fallback && nearest_block < 0 && (bits & kBlockBit)) nearest_block = n;
    n = parents_[static_cast<size_t>(n)];
  }
  return nearest_block;
}

int ElementOwners::list_depth(int node) const {
  int lists = 0;
  for (int n = node, depth = 0; n >= 0 && depth < kMaxDepth; ++depth) {
    lists += (bits_[static_cast<size_t>(n)] & kListBit) != 0;
    n = parents_[static_cast<size_t>(n)];
  }
  return lists;
}

int ElementOwners::owner_of_words(const Page& page, const std::vector<int>& words,
                                  Lens lens) const {
  // Most lines lie in one element: when every tagged word has the same owner, that is the
  // answer, without counting.
  int only = -1;
  bool one_owner = true;
  for (int w : words) {
    const int o = owner(page.words[static_cast<size_t>(w)].struct_node, lens);
    if (o < 0) continue;
    if (only >= 0 && o != only) {
      one_owner = false;
      break;
    }
    only = o;
  }
  if (one_owner) return only;
  std::map<int, int> counts;  // owner -> words; a line holds one or two owners
  for (int w : words) {
    const int o = owner(page.words[static_cast<size_t>(w)].struct_node, lens);
    if (o >= 0) ++counts[o];
  }
  int best = -1, most = 0;
  for (const auto& [o, count] : counts) {
    if (count > most) best = o, most = count;
  }
  return best;
}

const ElementOwners& element_owners_of(const Doc& doc) {
  // Keyed by the nodes' storage, which moves with the document from stage to stage.
  return doc.memo.get<ElementOwners>(doc.structure.data(),
                                     [&doc] { return ElementOwners(doc.structure); });
}

}  // namespace coi::tree
