// The settings of every stage, one section each; each stage's struct lives with its stage.
#pragma once

#include "pipeline/config_section.h"
#include "stages/bibliography/bibliography_config.h"
#include "stages/emit/emit_config.h"
#include "stages/extract/extract_config.h"
#include "stages/footnotes/footnotes_config.h"
#include "stages/layout/layout_config.h"
#include "stages/metadata/metadata_config.h"
#include "stages/resolve/resolve_config.h"
#include "stages/segment/segment_config.h"
#include "stages/structure/structure_config.h"
#include "stages/tables/tables_config.h"

namespace coi {

struct StagesConfig {
  ExtractConfig extract;
  LayoutConfig layout;
  TablesConfig tables;
  SegmentConfig segment;
  FootnotesConfig footnotes;
  StructureConfig structure;
  BibliographyConfig bibliography;
  ResolveConfig resolve;
  MetadataConfig metadata;
  EmitConfig emit;

  /// Reads each stage's [section] from the root of the configuration.
  void load(ConfigSection& root) {
    load_section(root, "extract", extract);
    // [rules]: one definition of a drawn line for every stage that reads the page's rules.
    load_section(root, "rules", layout.rules);
    tables.rules = layout.rules;
    load_section(root, "layout", layout);
    load_section(root, "tables", tables);
    load_section(root, "segment", segment);
    load_section(root, "footnotes", footnotes);
    load_section(root, "structure", structure);
    // The segment stage lets a sound tree decide paragraph breaks: it judges soundness as the
    // structure stage does, by the same settings.
    segment.tree = structure.soundness;
    load_section(root, "bibliography", bibliography);
    load_section(root, "resolve", resolve);
    load_section(root, "metadata", metadata);
    load_section(root, "emit", emit);
  }
};

}  // namespace coi
