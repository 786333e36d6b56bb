#include "stages/extract/cut_glyph_names.h"

#include <poppler/GfxFont.h>
#include <poppler/NameToUnicodeTable.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace coi::extract {

namespace {

// Adobe's glyph list as Poppler holds it (NameToUnicodeTable.h), sorted by name, read once.
const std::vector<std::pair<std::string_view, Unicode>>& known_names() {
  static const std::vector<std::pair<std::string_view, Unicode>> names = [] {
    std::vector<std::pair<std::string_view, Unicode>> sorted;
    for (const NameToUnicodeTab& entry : nameToUnicodeTextTab) {
      if (entry.name) sorted.emplace_back(entry.name, entry.u);
    }
    std::sort(sorted.begin(), sorted.end());
    return sorted;
  }();
  return names;
}

}  // namespace

std::optional<Unicode> unicode_of_cut_name(std::string_view name, size_t min_chars) {
  if (name.size() < min_chars) return std::nullopt;
  const auto& names = known_names();
  auto it = std::lower_bound(names.begin(), names.end(), name,
                             [](const auto& entry, std::string_view key) { return entry.first < key; });
  if (it == names.end() || it->first == name || !it->first.starts_with(name)) return std::nullopt;
  // Sorted, the shortest name `name` begins comes first; all it begins follow it.
  const auto& [shortest, character] = *it;
  for (; it != names.end() && it->first.starts_with(name); ++it) {
    if (!it->first.starts_with(shortest)) return std::nullopt;
  }
  return character;
}

std::vector<Unicode> cut_glyph_names(GfxFont& font, size_t min_chars) {
  // A font with a Unicode map too: its map may leave a code out (Ghostscript's through
  // PostScript), and drawChar changes only a code Poppler passed through as itself.
  if (font.isCIDFont()) return {};
  char** encoding = static_cast<Gfx8BitFont&>(font).getEncoding();
  if (!encoding) return {};
  std::vector<Unicode> characters;
  for (CharCode code = 0; code < 256; ++code) {
    if (!encoding[code]) continue;
    if (const std::optional<Unicode> character = unicode_of_cut_name(encoding[code], min_chars)) {
      characters.resize(256, 0);
      characters[code] = *character;
    }
  }
  return characters;
}

}  // namespace coi::extract
