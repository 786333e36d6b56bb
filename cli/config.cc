#include "cli/config.h"

namespace coi {

namespace {

LoadSections loader(Config& config) {
  return [&config](ConfigSection& root) { config.load(root); };
}

}  // namespace

Result<Config> default_config() {
  Config config;
  if (Status s = load_default_settings(loader(config)); !s.is_ok()) return s;
  return config;
}

Result<Config> parse_config(std::string_view toml_text, std::string_view name) {
  Config config;
  if (Status s = load_toml_settings(toml_text, name, loader(config)); !s.is_ok()) return s;
  return config;
}

Result<Config> load_config(const std::string& path) {
  Result<std::string> text = read_config_text(path);
  if (!text.is_ok()) return text.status();
  return parse_config(text.value(), path);
}

Result<ConfigAudit> audit_config(const std::string& path) {
  Result<std::string> text = read_config_text(path);
  if (!text.is_ok()) return text.status();
  auto audit = std::make_shared<ConfigAudit>();
  Config config;
  if (Status s = load_toml_settings(text.value(), path, loader(config), audit); !s.is_ok()) {
    return s;
  }
  return *audit;
}

}  // namespace coi
