// Settings of the structure stage (section [structure] of config/coi.toml).
#pragma once

#include "pipeline/config_section.h"

namespace coi {

/// Settings of the structure stage; every field is documented with its default in config/coi.toml.
struct StructureConfig {
  /// The tree is sound only when at least this share of the text words (body, table and
  /// footnote lines) belong to a structure element. Default 0.9.
  double min_tagged_share = 0.9;
  /// The tree is sound only when, for at least this share of consecutive body blocks, the tree
  /// puts their elements in the layout's reading order. Default 0.9.
  double min_order_agreement = 0.9;
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
    s.read("min_tagged_share", min_tagged_share);
    s.read("min_order_agreement", min_order_agreement);
    s.read("min_element_share", min_element_share);
    s.read("min_part_share", min_part_share);
    s.read("max_list_level", max_list_level);
    s.read("box_slack", box_slack);
    s.read("max_heading_level", max_heading_level);
    s.read("max_disagreements", max_disagreements);
  }
};

}  // namespace coi
