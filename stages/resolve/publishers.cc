#include "stages/resolve/publishers.h"

#include "stages/text/citation.h"

namespace coi {

namespace {

// Splits `text` at `separator` where no parenthesis is open.
std::vector<std::string> split_top_level(std::string_view text, std::string_view separator) {
  std::vector<std::string> parts;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
    if (depth == 0 && text.compare(i, separator.size(), separator) == 0) {
      parts.emplace_back(text.substr(start, i - start));
      start = i + separator.size();
    }
  }
  parts.emplace_back(text.substr(start));
  return parts;
}

// The text outside parentheses, and the contents of each top-level parenthetical.
void split_parentheticals(std::string_view text, std::string& outside,
                          std::vector<std::string>& inside) {
  int depth = 0;
  std::string current;
  for (char c : text) {
    if (c == '(' && depth++ == 0) continue;
    if (c == ')' && depth > 0 && --depth == 0) {
      inside.push_back(std::move(current));
      current.clear();
      continue;
    }
    (depth > 0 ? current : outside) += c;
  }
}

}  // namespace

Publishers::Publishers(const Doc& doc, const ResolveConfig& config) {
  for (const std::string& word : config.stop_words) stop_words_.push_back(fold_for_match(word));
  bool in_acronyms_section = false;
  for (const Block& block : doc.blocks) {
    if (block.kind == BlockKind::kHeading) {
      in_acronyms_section = config.acronyms_heading.full_match(plain_text(block.inlines));
    }
    const bool acronyms = in_acronyms_section || block.part == config.acronyms_part;
    if (acronyms && block.kind == BlockKind::kTable) learn_acronym_table(block.table);
  }
  std::set<std::string_view> groups;  // learning is idempotent: each group once
  for (const Source& source : doc.sources) {
    if (!groups.insert(source.group).second) continue;
    for (const std::string& component : split_top_level(source.group, ", ")) {
      std::string name;
      std::vector<std::string> abbreviations;
      split_parentheticals(component, name, abbreviations);
      for (const std::string& abbreviation : abbreviations) learn(abbreviation, name);
    }
  }
  for (const auto& [alias, name] : config.aliases) learn(alias, name);
}

const std::string& Publishers::key(std::string_view name) const {
  // names() asks for a group, each of its components and each component without parentheticals,
  // which for most groups ("Human Rights Watch") are one text; learning asks again for the groups
  // the bibliography prints. Each distinct text is folded once.
  auto it = keys_.find(name);
  if (it != keys_.end()) return it->second;
  std::string joined;
  for (const std::string& word : match_words(fold_for_match(name), stop_words_)) joined += word;
  return keys_.emplace(std::string(name), std::move(joined)).first->second;
}

std::set<std::string> Publishers::names(std::string_view group) const {
  std::set<std::string> keys;
  auto add = [&](std::string_view name) {
    if (const std::string& k = key(name); !k.empty()) keys.insert(k);
  };
  add(group);
  for (const std::string& component : split_top_level(group, ", ")) {
    add(component);
    std::string outside;
    std::vector<std::string> inside;
    split_parentheticals(component, outside, inside);
    add(outside);
    for (const std::string& parenthetical : inside) {
      add(parenthetical);
      for (const std::string& part : split_top_level(parenthetical, "/")) add(part);
    }
  }
  return keys;
}

void Publishers::learn(std::string_view abbreviation, std::string_view expansion) {
  const std::string& abbreviation_key = key(abbreviation);
  if (abbreviation_key.empty()) return;
  for (const std::string& name : names(expansion)) {
    if (name != abbreviation_key) aliases_[abbreviation_key].insert(name);
  }
}

void Publishers::learn_acronym_table(const Table& table) {
  for (const std::vector<Cell>& row : table.rows) {
    if (row.size() < 2) continue;
    learn(plain_text(row[0].inlines), plain_text(row[1].inlines));
  }
}

bool Publishers::word_matches(const std::string& word_key, const std::set<std::string>& names) const {
  if (names.count(word_key)) return true;
  auto it = aliases_.find(word_key);
  if (it == aliases_.end()) return false;
  for (const std::string& expansion : it->second) {
    if (names.count(expansion)) return true;
  }
  return false;
}

Publishers::Prefix Publishers::prefix(std::string_view prefix) const {
  return Prefix{key(prefix), match_words(fold_for_match(prefix), stop_words_)};
}

bool Publishers::matches(const Prefix& prefix, const std::set<std::string>& names) const {
  if (prefix.whole.empty()) return false;
  if (word_matches(prefix.whole, names)) return true;
  if (prefix.words.size() < 2) return false;
  for (const std::string& word : prefix.words) {
    if (!word_matches(word, names)) return false;
  }
  return true;
}

}  // namespace coi
