#include "pipeline/config_section.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <toml++/toml.h>

namespace coi {

// ---------------------------------------------------------------------------------------------
// ConfigSection over toml++.

namespace {
const toml::table* as_table(const void* node) { return static_cast<const toml::table*>(node); }
}  // namespace

ConfigSection::ConfigSection(const void* node, std::string path,
                             std::shared_ptr<std::vector<Status>> errors,
                             std::shared_ptr<ConfigAudit> audit)
    : node_(node), path_(std::move(path)), errors_(std::move(errors)), audit_(std::move(audit)) {}

std::string ConfigSection::dotted(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

const void* ConfigSection::find(std::string_view key) {
  seen_.insert(std::string(key));
  const void* node = node_ ? as_table(node_)->get(key) : nullptr;
  if (!node && audit_) audit_->missing.push_back(dotted(key));
  return node;
}

template <typename T>
void ConfigSection::assign(std::string_view key, T& field, T value) {
  if (audit_ && !(value == field)) audit_->differing.push_back(dotted(key));
  field = std::move(value);
}

void ConfigSection::type_error(std::string_view key, const char* expected) {
  errors_->push_back(Status(StatusCode::kConfig, dotted(key) + " must be " + expected));
}

void ConfigSection::read(std::string_view key, double& field) {
  const auto* node = static_cast<const toml::node*>(find(key));
  if (!node) return;
  if (auto v = node->value<double>()) assign(key, field, *v);
  else type_error(key, "a number");
}

void ConfigSection::read(std::string_view key, int& field) {
  const auto* node = static_cast<const toml::node*>(find(key));
  if (!node) return;
  if (auto v = node->as_integer()) assign(key, field, static_cast<int>(v->get()));
  else type_error(key, "an integer");
}

void ConfigSection::read(std::string_view key, bool& field) {
  const auto* node = static_cast<const toml::node*>(find(key));
  if (!node) return;
  if (auto v = node->as_boolean()) assign(key, field, v->get());
  else type_error(key, "true or false");
}

void ConfigSection::read(std::string_view key, std::string& field) {
  const auto* node = static_cast<const toml::node*>(find(key));
  if (!node) return;
  if (auto v = node->as_string()) assign(key, field, v->get());
  else type_error(key, "a string");
}

void ConfigSection::read(std::string_view key, std::vector<std::string>& field) {
  const auto* node = static_cast<const toml::node*>(find(key));
  if (!node) return;
  const auto* array = node->as_array();
  if (!array) return type_error(key, "an array of strings");
  std::vector<std::string> values;
  for (const auto& element : *array) {
    const auto* s = element.as_string();
    if (!s) return type_error(key, "an array of strings");
    values.push_back(s->get());
  }
  assign(key, field, std::move(values));
}

void ConfigSection::read(std::string_view key, std::vector<int>& field) {
  const auto* node = static_cast<const toml::node*>(find(key));
  if (!node) return;
  const auto* array = node->as_array();
  if (!array) return type_error(key, "an array of integers");
  std::vector<int> values;
  for (const auto& element : *array) {
    const auto* i = element.as_integer();
    if (!i) return type_error(key, "an array of integers");
    values.push_back(static_cast<int>(i->get()));
  }
  assign(key, field, std::move(values));
}

void ConfigSection::read(std::string_view key, std::map<std::string, std::string>& field) {
  const auto* node = static_cast<const toml::node*>(find(key));
  if (!node) return;
  const auto* table = node->as_table();
  if (!table) return type_error(key, "a table of strings");
  std::map<std::string, std::string> values;
  for (const auto& [name, value] : *table) {
    const auto* s = value.as_string();
    if (!s) return type_error(key, "a table of strings");
    values[std::string(name.str())] = s->get();
  }
  assign(key, field, std::move(values));
}

void ConfigSection::read_pattern(std::string_view key, Pattern& field,
                                 std::string_view default_source) {
  std::string source(default_source);
  read(key, source);
  if (source == default_source) {
    field = Pattern::deferred(source);  // built in, so known to compile
    return;
  }
  Result<Pattern> compiled = Pattern::compile(source, dotted(key));
  if (compiled.is_ok()) field = std::move(compiled).value();
  else errors_->push_back(compiled.status());
}

void ConfigSection::read_patterns(std::string_view key, std::vector<Pattern>& field,
                                  const std::vector<std::string>& default_sources) {
  std::vector<std::string> sources = default_sources;
  read(key, sources);
  field.clear();
  for (const std::string& source : sources) {
    if (std::find(default_sources.begin(), default_sources.end(), source) != default_sources.end()) {
      field.push_back(Pattern::deferred(source));  // built in, so known to compile
      continue;
    }
    Result<Pattern> compiled = Pattern::compile(source, dotted(key));
    if (compiled.is_ok()) field.push_back(std::move(compiled).value());
    else errors_->push_back(compiled.status());
  }
}

void ConfigSection::check(std::string_view key, bool ok, std::string_view rule) {
  if (!ok) errors_->push_back(Status(StatusCode::kConfig, dotted(key) + " must be " + std::string(rule)));
}

ConfigSection ConfigSection::section(std::string_view key) {
  seen_.insert(std::string(key));  // an absent section is audited key by key
  const auto* node = node_ ? as_table(node_)->get(key) : nullptr;
  const toml::table* table = node ? node->as_table() : nullptr;
  if (node && !table) type_error(key, "a table");
  return ConfigSection(table, dotted(key), errors_, audit_);
}

void ConfigSection::reject_unknown_keys() {
  if (!node_) return;
  for (const auto& [name, value] : *as_table(node_)) {
    if (!seen_.count(name.str())) {
      errors_->push_back(Status(StatusCode::kConfig, "unknown setting " + dotted(name.str())));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Loading.

namespace {

Status load_root(const toml::table* table, std::string_view name, const LoadSections& load,
                 std::shared_ptr<ConfigAudit> audit) {
  auto errors = std::make_shared<std::vector<Status>>();
  ConfigSection root(table, "", errors, std::move(audit));
  load(root);
  root.reject_unknown_keys();
  if (!errors->empty()) return Status(StatusCode::kConfig, errors->front().message(), std::string(name));
  return Status::ok();
}

Result<toml::table> parse_toml(std::string_view toml_text, std::string_view name) {
  // toml++ reports syntax errors by throwing; the exception stops here.
  try {
    return toml::parse(toml_text, std::string(name));
  } catch (const toml::parse_error& error) {
    std::ostringstream message;
    message << "line " << error.source().begin.line << ": " << error.description();
    return Status(StatusCode::kConfig, message.str(), std::string(name));
  }
}

}  // namespace

Status load_default_settings(const LoadSections& load) {
  return load_root(nullptr, "built-in defaults", load, nullptr);
}

Status load_toml_settings(std::string_view toml_text, std::string_view name,
                          const LoadSections& load, std::shared_ptr<ConfigAudit> audit) {
  Result<toml::table> table = parse_toml(toml_text, name);
  if (!table.is_ok()) return table.status();
  return load_root(&table.value(), name, load, std::move(audit));
}

Result<std::string> read_config_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open configuration file", path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace coi
