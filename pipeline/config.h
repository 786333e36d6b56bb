// The whole configuration: one struct per stage, each owning its fields, defaults and `load`.
// Defaults are the values documented in config/coi.toml; `--config FILE` overrides any of them.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/config_section.h"
#include "pipeline/status.h"
#include "pipeline/stage_configs.h"

namespace coi {

/// Every stage's settings.
struct Config {
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
  DiffConfig diff;
  LinksConfig links;
  LimitsConfig limits;
};

/// The built-in defaults (all patterns compiled).
Result<Config> default_config();
/// Defaults overridden by the TOML text; `name` is used in error messages.
Result<Config> parse_config(std::string_view toml_text, std::string_view name);
/// Defaults overridden by the TOML file at `path`.
Result<Config> load_config(const std::string& path);
/// Loads the TOML file at `path` and lists the settings it leaves out and those it sets to
/// something other than the default. config/coi.toml has neither: it documents every setting.
Result<ConfigAudit> audit_config(const std::string& path);

}  // namespace coi
