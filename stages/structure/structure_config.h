// Settings of the structure stage (section [structure] of config/coi.toml).
#pragma once

#include "pipeline/config_section.h"
#include "stages/tree/soundness.h"

namespace coi {

/// Settings of the structure stage; every field is documented with its default in config/coi.toml.
struct StructureConfig {
  /// When the tree is sound (min_tagged_share, min_order_agreement); the segment stage gets a
  /// copy, so that both stages trust the same trees.
  tree::SoundnessConfig soundness;
  /// An element type speaks for a block (or cell, or footnote) when at least this share of its
  /// tagged words belong to it. Default 0.6.
  double min_element_share = 0.6;
  /// An element counts as a separate part of a block (or list item) when it holds at least this
  /// share of the block's tagged words: two such P (or LI) elements mean the tree splits what
  /// the layout holds as one. Default 0.2.
  double min_part_share = 0.2;
  /// Deepest list item level of the model: items nested deeper in the tree map to it. Default 2.
  int max_list_level = 2;
  /// A word belongs to a block's printed box when its centre lies within the box grown by this
  /// many points (rounding of the boxes). Default 1.0.
  double box_slack = 1.0;
  /// Deepest heading level of the model: H5 and H6 map to it. Default 4.
  int max_heading_level = 4;
  /// At most this many "structure-disagreement" diagnostics per document; the rest are counted
  /// in one summary. Default 50.
  int max_disagreements = 50;

  /// Reads the [structure] section; defaults stay where a key is absent.
  void load(ConfigSection& s) {
    soundness.load(s);
    s.read("min_element_share", min_element_share);
    s.read("min_part_share", min_part_share);
    s.read("max_list_level", max_list_level);
    s.read("box_slack", box_slack);
    s.read("max_heading_level", max_heading_level);
    s.read("max_disagreements", max_disagreements);
  }
};

}  // namespace coi
