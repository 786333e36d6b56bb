// Publisher names and their aliases, for deciding whether a footnote's "GoF Mol" is the source's
// "Government of France (GoF), Ministry of the Interior (Moi)".
//
// Step 1: a name's key is its folded words (stages/text/citation.h) without stop words, joined
//         without spaces: "Ministry of the Interior" -> "ministryinterior", "EUR-Lex" and
//         "EUR Lex" -> "eurlex".
// Step 2: the names a source answers to: its whole group, each comma-separated component, each
//         component without its parentheticals, and each parenthetical ("GoF", "Council of
//         State"; "A/B" gives A and B).
// Step 3: an alias dictionary maps abbreviation keys to expansion keys. It is learnt from the
//         note's list of acronyms ("Mol" -> "Ministry of Interior"), from "Name (ABBR)" in the
//         bibliography's groups, and from the configured alias table.
// Step 4: a footnote's prefix matches a source when the prefix, or each of its words (split on
//         spaces and "&"), is one of the source's names or expands to one.
//
//   "GoF Mol" vs "Government of France (GoF), Ministry of the Interior (Moi)":
//     "gof" is a name (parenthetical); "mol" expands to "ministryinterior", a name -> match.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model.h"
#include "stages/resolve/resolve_config.h"

namespace coi {

class Publishers {
 public:
  /// Learns aliases from `doc` (acronyms table, source groups) and `config.aliases`.
  Publishers(const Doc& doc, const ResolveConfig& config);

  /// Step 1: the comparison key of a name (valid as long as the Publishers).
  const std::string& key(std::string_view name) const;
  /// Step 2: the keys of the names `group` answers to.
  std::set<std::string> names(std::string_view group) const;
  /// A footnote's prefix, keyed once: the whole key and its words' keys.
  struct Prefix {
    std::string whole;
    std::vector<std::string> words;
  };
  /// Keys `prefix` for matches().
  Prefix prefix(std::string_view prefix) const;
  /// Step 4: whether a footnote that printed `prefix` cites a publisher whose names are `names`.
  bool matches(const Prefix& prefix, const std::set<std::string>& names) const;
  /// Number of abbreviations known (for tests and reports).
  size_t alias_count() const { return aliases_.size(); }

 private:
  void learn(std::string_view abbreviation, std::string_view expansion);
  void learn_acronym_table(const Table& table);
  bool word_matches(const std::string& word_key, const std::set<std::string>& names) const;

  std::vector<std::string> stop_words_;
  std::map<std::string, std::set<std::string>> aliases_;  ///< abbreviation key -> expansion keys
  mutable std::map<std::string, std::string, std::less<>> keys_;  ///< name as printed -> key
};

}  // namespace coi
