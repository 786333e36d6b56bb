// Whether a tagged PDF's structure tree can be trusted, judged on the printed lines before any
// block exists, so that the segment stage (paragraph breaks) and the structure stage (everything
// else) trust the same trees.
#pragma once

#include <string>

#include "pipeline/config_section.h"
#include "pipeline/model.h"
#include "stages/tree/element_owners.h"

namespace coi::tree {

/// When a tree is sound; read from [structure] and shared with the segment stage.
struct SoundnessConfig {
  /// The tree is sound only when at least this share of the text words (body, table and
  /// footnote lines) belong to a structure element. Default 0.9.
  double min_tagged_share = 0.9;
  /// The tree is sound only when, for at least this share of the places where one body line's
  /// element gives way to another's, the new element comes later in the tree: the tree puts its
  /// elements in the layout's reading order. Default 0.9.
  double min_order_agreement = 0.9;

  /// Reads the two keys of [structure]; defaults stay where a key is absent.
  void load(ConfigSection& s) {
    s.read("min_tagged_share", min_tagged_share);
    s.read("min_order_agreement", min_order_agreement);
  }
};

/// The verdict on the whole tree.
struct Soundness {
  bool sound = false;          ///< tagged enough and in reading order
  double tagged_share = 0;     ///< of the text words
  double order_agreement = 0;  ///< of the element changes between consecutive body lines
  std::string reason;          ///< why it is not sound ("" when sound)
};

/// Judges the tree of `doc` (an untagged document is not sound).
Soundness judge_soundness(const Doc& doc, const ElementOwners& owners,
                          const SoundnessConfig& config);

}  // namespace coi::tree
