// The whole configuration of the `coi` command: every stage's settings plus those of the diff,
// the link checker and the per-note limits. Defaults are the values documented in
// config/coi.toml; `--config FILE` overrides any of them.
#pragma once

#include <string>
#include <string_view>

#include "diff/diff_config.h"
#include "links/links_config.h"
#include "pipeline/config_section.h"
#include "pipeline/limits_config.h"
#include "pipeline/status.h"
#include "stages/stages_config.h"

namespace coi {

/// A StagesConfig (so it can be handed to the stage list as it is) with the commands' sections.
struct Config : StagesConfig {
  DiffConfig diff;
  LinksConfig links;
  LimitsConfig limits;

  void load(ConfigSection& root) {
    StagesConfig::load(root);
    load_section(root, "diff", diff);
    load_section(root, "links", links);
    load_section(root, "limits", limits);
  }
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
