// The pieces of the structure stage, private to stages/structure: what the tree says about a
// printed box (evidence.cc), whether the tree as a whole can be trusted, and the judges of lists
// and paragraphs (text_blocks.cc).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "stages/structure/structure_config.h"
#include "stages/tree/element_owners.h"
#include "stages/tree/soundness.h"

namespace coi::structure {

using tree::Lens;

/// What the tree says about the words printed in some places.
struct Evidence {
  std::string label;    ///< the type most of its tagged words carry ("" when none is tagged)
  double share = 0;     ///< share of the tagged words carrying `label`
  int words = 0;        ///< words found in the places
  int tagged = 0;       ///< of which belong to a structure element
  int owner = -1;       ///< the element (named through the lens) holding most tagged words
  int parts = 0;        ///< elements each holding at least min_part_share of the tagged words
};

/// The tree seen from the printed page, prepared once per document: each element's owner
/// through each lens, and each page's words ordered by the y of their centre, so the evidence
/// for a box costs a binary search rather than a scan of the page.
class TreeView {
 public:
  /// `doc` and `config` must outlive the view; the view reads the words and the tree only.
  TreeView(const Doc& doc, const StructureConfig& config);
  /// The tree's verdict on the words printed in `where`, read through `lens`.
  Evidence evidence(const Places& where, Lens lens) const;
  /// Number of L (list) elements above `node`: 1 for an item of a top-level list.
  int list_depth(int node) const { return owners_.list_depth(node); }
  /// Each element's owner through each lens.
  const tree::ElementOwners& owners() const { return owners_; }
  /// The document viewed.
  const Doc& doc() const { return doc_; }

 private:
  void tally(Evidence& ev) const;

  const Doc& doc_;
  const StructureConfig& config_;
  const tree::ElementOwners& owners_;  // the document's (segment's)
  std::vector<std::vector<std::pair<double, int>>> by_y_;  // [page - 1] -> (centre y, word)
  // evidence()'s working lists, kept between its ~2,000 calls a note for their room (each call
  // grew its own from nothing: a fifth of its cost). The stage asks from one thread.
  mutable std::vector<int> word_owners_;                             // per tagged word
  mutable std::vector<std::pair<std::string_view, int>> label_counts_;  // per type present
};

/// The verdict on the whole tree (stages/tree/soundness.h, the one the segment stage took too),
/// taken before any block is judged, and what kinds of element it holds.
struct Soundness : tree::Soundness {
  bool has_headings = false;  ///< the tree has at least one H1..H6 element
  bool has_notes = false;     ///< the tree has at least one Note element
};

/// Judges the tree: share of text words tagged, and whether the body lines' elements come in
/// the layout's reading order.
Soundness judge_tree(const TreeView& view, const StructureConfig& config);

/// The heading level an "H1".."H6" label stands for (capped at config.max_heading_level), or 0.
int heading_level(const std::string& label, const StructureConfig& config);

/// True when the evidence names a type with enough of the tagged words behind it.
bool speaks(const Evidence& ev, const StructureConfig& config);

/// First page of some places (0 when none).
int first_page(const Places& where);

/// Reports disagreements up to the configured cap, then counts the rest.
class Reporter {
 public:
  Reporter(const StructureConfig& config, Diagnostics& diag) : config_(config), diag_(diag) {}
  /// One "structure-disagreement" warning (or one more counted past the cap).
  void disagree(const std::string& message, int page, const std::string& block);
  /// Writes the summary of the disagreements past the cap, if any.
  void finish();

 private:
  const StructureConfig& config_;
  Diagnostics& diag_;
  int reported_ = 0;
};

/// Compares a list block's items with the tree's LI elements (text_blocks.cc).
void judge_list(const TreeView& view, Block& list, const Soundness& tree,
                const StructureConfig& config, Reporter& report);

/// Compares the paragraph blocks' boundaries with the tree's P elements (text_blocks.cc).
void judge_paragraphs(const TreeView& view, std::vector<Block>& blocks, const Soundness& tree,
                      const StructureConfig& config, Reporter& report);

/// Figures take the /Alt text of the Figure element on their page (figures.cc).
void judge_figures(const std::vector<StructNode>& nodes, std::vector<Block>& blocks,
                   const Soundness& tree, Reporter& report);

}  // namespace coi::structure
