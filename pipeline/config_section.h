// One [section] of the TOML configuration, seen through a small interface so that stages can read
// their own settings without including toml++ (which only pipeline/config_section.cc includes).
// The pipeline knows no concrete section: whoever assembles the settings (the stage list, the
// CLI) hands a `LoadSections` that reads the sections it owns.
//
// Each `read` overwrites the field when the key is present and leaves the default otherwise; a
// value of the wrong type, or a pattern that does not compile, is recorded as an error that
// load_config() returns. Keys nobody read are reported as unknown, so typos do not pass silently.
// When auditing (audit_config()), each read also notes keys the file leaves out and values that
// differ from the field's default, which the field still holds when it is read.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/pattern.h"
#include "pipeline/status.h"

namespace coi {

/// What a configuration file leaves to the defaults and where it departs from them.
struct ConfigAudit {
  std::vector<std::string> missing;    ///< dotted keys the file does not set
  std::vector<std::string> differing;  ///< dotted keys set to something other than the default
};

class ConfigSection {
 public:
  /// `node` is a toml::table* (or null for an absent section); `path` is its dotted name;
  /// `audit` is null unless the file is being audited.
  ConfigSection(const void* node, std::string path, std::shared_ptr<std::vector<Status>> errors,
                std::shared_ptr<ConfigAudit> audit = nullptr);

  void read(std::string_view key, double& field);
  void read(std::string_view key, int& field);
  void read(std::string_view key, bool& field);
  void read(std::string_view key, std::string& field);
  void read(std::string_view key, std::vector<std::string>& field);
  /// An array of integers, e.g. status codes: [999, 204].
  void read(std::string_view key, std::vector<int>& field);
  /// A table of strings, e.g. an alias table: { "GoF" = "Government of France" }.
  void read(std::string_view key, std::map<std::string, std::string>& field);
  /// Compiles the configured pattern; `default_source`, when the key is absent or repeats it, is
  /// deferred to its first match (Pattern::deferred).
  void read_pattern(std::string_view key, Pattern& field, std::string_view default_source);
  /// Compiles each configured pattern, or takes `default_sources` when the key is absent; a
  /// source among the defaults is deferred as in read_pattern.
  void read_patterns(std::string_view key, std::vector<Pattern>& field,
                     const std::vector<std::string>& default_sources);
  /// Records an error unless `ok`: "<section>.<key> must be <rule>" (a value out of range).
  void check(std::string_view key, bool ok, std::string_view rule);
  /// A nested [section.sub] table.
  ConfigSection section(std::string_view key);
  /// Records an error for every key of this section that no read() asked for.
  void reject_unknown_keys();

 private:
  const void* find(std::string_view key);
  template <typename T>
  void assign(std::string_view key, T& field, T value);
  void type_error(std::string_view key, const char* expected);
  std::string dotted(std::string_view key) const;

  const void* node_;
  std::string path_;
  std::shared_ptr<std::vector<Status>> errors_;
  std::shared_ptr<ConfigAudit> audit_;
  std::set<std::string, std::less<>> seen_;
};

/// Reads the sections a settings struct owns from the root of a configuration.
using LoadSections = std::function<void(ConfigSection& root)>;

/// Runs `load` over an empty configuration: every setting keeps its default, patterns compile.
Status load_default_settings(const LoadSections& load);
/// Parses `toml_text` (`name` in error messages) and runs `load` over it. A syntax error, a
/// wrong type, a bad pattern, a value out of range or a key nobody read is a kConfig Status.
/// With `audit`, also notes keys the text leaves out and values that differ from the defaults.
Status load_toml_settings(std::string_view toml_text, std::string_view name,
                          const LoadSections& load, std::shared_ptr<ConfigAudit> audit = nullptr);
/// The text of the configuration file at `path`, or kNotFound naming it.
Result<std::string> read_config_text(const std::string& path);

/// Reads the [name] section into `target` (a struct with `void load(ConfigSection&)`) and
/// rejects keys it did not ask for.
template <typename Settings>
void load_section(ConfigSection& root, std::string_view name, Settings& target) {
  ConfigSection section = root.section(name);
  target.load(section);
  section.reject_unknown_keys();
}

}  // namespace coi
