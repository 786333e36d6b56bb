// The pieces of the structure stage, private to stages/structure: what the tree says about a
// printed box (evidence.cc), whether the tree as a whole can be trusted, and the judges of lists
// and paragraphs (text_blocks.cc).
#pragma once

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "stages/structure/structure_config.h"

namespace coi::structure {

/// How a word's element is named when judging something printed: by its nearest block-level
/// ancestor ("H2", "P", "LI"...), its nearest table cell ("TH", "TD"), its Note (else its
/// nearest block), or its list item (LI, else its nearest block).
enum class Lens { kBlock, kCell, kNote, kItem };
inline constexpr int kLenses = 4;

/// What the tree says about the words printed in some places.
struct Evidence {
  std::string label;    ///< the type most of its tagged words carry ("" when none is tagged)
  double share = 0;     ///< share of the tagged words carrying `label`
  int words = 0;        ///< words found in the places
  int tagged = 0;       ///< of which belong to a structure element
  int first_node = -1;  ///< lowest element index among them (its position in tree order)
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
  int list_depth(int node) const;
  /// The document viewed.
  const Doc& doc() const { return doc_; }

 private:
  int owner_of(int node, Lens lens) const;
  void tally(std::vector<int>& owners, Evidence& ev) const;

  const Doc& doc_;
  const StructureConfig& config_;
  std::vector<unsigned char> bits_;                         // [node] -> what its type is
  std::vector<std::array<int, kLenses>> owners_;            // [node][lens] -> element or -1
  std::vector<std::vector<std::pair<double, int>>> by_y_;  // [page - 1] -> (centre y, word)
};

/// The verdict on the whole tree, taken before any block is judged.
struct Soundness {
  bool sound = false;    ///< tagged enough and in reading order
  bool has_headings = false;  ///< the tree has at least one H1..H6 element
  bool has_notes = false;     ///< the tree has at least one Note element
  double tagged_share = 0;
  double order_agreement = 0;
  std::string reason;    ///< why it is not sound ("" when sound)
};

/// Judges the tree: share of text words tagged, and whether the body blocks' elements come in
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
