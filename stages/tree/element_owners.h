// What each element of a tagged PDF's structure tree stands for when something printed is
// judged: shared by the segment stage (which P or LI element owns a line) and the structure
// stage (which element speaks for a block, cell or footnote).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "pipeline/model.h"

namespace coi::tree {

/// How a word's element is named: by its nearest block-level ancestor ("H2", "P", "LI"...), its
/// nearest table cell ("TH", "TD"), its Note (else its nearest block), or its list item (LI,
/// else its nearest block).
enum class Lens { kBlock, kCell, kNote, kItem };
inline constexpr int kLenses = 4;

/// True for "H1".."H6".
bool is_heading_type(const std::string& type);

/// Each element's owner through each lens, computed once per document (element_owners_of).
class ElementOwners {
 public:
  /// The owners of the elements `nodes` (Doc::structure).
  explicit ElementOwners(const std::vector<StructNode>& nodes);
  /// The element that names `node` through `lens`, or -1 (also for a node out of range).
  /// Inline: the structure stage asks once a tagged word.
  int owner(int node, Lens lens) const {
    if (node < 0 || node >= static_cast<int>(owners_.size())) return -1;
    return owners_[static_cast<size_t>(node)][static_cast<size_t>(lens)];
  }
  /// Number of L (list) elements above `node`: 1 for an item of a top-level list.
  int list_depth(int node) const;
  /// The owner, through `lens`, holding most of the tagged words `words` of `page` (the
  /// lowest-numbered on a tie), or -1 when none of them is tagged.
  int owner_of_words(const Page& page, const std::vector<int>& words, Lens lens) const;

 private:
  int climb(int node, Lens lens) const;

  std::vector<int> parents_;                      // [node] -> its parent or -1
  std::vector<unsigned char> bits_;               // [node] -> what its type is
  std::vector<std::array<int, kLenses>> owners_;  // [node][lens] -> element or -1
};

/// The owners of `doc`'s structure tree, made by the first stage that asks (segment) and kept in
/// the document's memo for the next (structure): one tree, read once. Valid while `doc` is.
const ElementOwners& element_owners_of(const Doc& doc);

}  // namespace coi::tree
