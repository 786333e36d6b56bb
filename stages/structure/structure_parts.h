// The pieces of the structure stage, private to stages/structure: what the tree says about a
// printed box, and whether the tree as a whole can be trusted.
#pragma once

#include <string>
#include <vector>

#include "pipeline/model.h"
#include "stages/structure/structure_config.h"

namespace coi::structure {

/// How a word's element is named when judging a block: by its nearest block-level ancestor
/// ("H2", "P", "LI"...), its nearest table cell ("TH", "TD"), or whether it lies in a Note.
enum class Lens { kBlock, kCell, kNote };

/// What the tree says about the words printed in some places.
struct Evidence {
  std::string label;    ///< the type most of its tagged words carry ("" when none is tagged)
  double share = 0;     ///< share of the tagged words carrying `label`
  int words = 0;        ///< words found in the places
  int tagged = 0;       ///< of which belong to a structure element
  int first_node = -1;  ///< lowest element index among them (its position in tree order)
};

/// The tree's verdict on the words printed in `where`, read through `lens`.
Evidence evidence(const Doc& doc, const Places& where, Lens lens, const StructureConfig& config);

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
Soundness judge_tree(const Doc& doc, const StructureConfig& config);

/// The heading level an "H1".."H6" label stands for (capped at config.max_heading_level), or 0.
int heading_level(const std::string& label, const StructureConfig& config);

}  // namespace coi::structure
