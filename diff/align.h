// Paragraph alignment between two versions (internal to diff/). See align.cc for the method.
#pragma once

#include <vector>

#include "diff/diff_config.h"
#include "diff/diff_report.h"
#include "diff/units.h"

namespace coi::diff_internal {

/// One side of the comparison as the aligner sees it.
struct Side {
  const std::vector<DiffUnit>* units;
  const std::vector<UnitText>* texts;
  /// Per unit, the section it sits in, as the block index of a NEW heading: the nearest
  /// heading before it that both versions have (mapped to the new side), -1 before any.
  std::vector<int> sections;
};

/// Groups every unit of both sides (1:1, 1:n split, n:1 merge, 1:0, 0:1) and classifies each
/// group; a matched paragraph whose section differs, or that is out of order, has moved.
/// Groups come in new-document order, deletions where they were.
std::vector<ParagraphChange> align_paragraphs(const Side& old_side, const Side& new_side,
                                              const DiffConfig& config);

}  // namespace coi::diff_internal
