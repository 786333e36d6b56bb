#include "stages/extract/ligature_glyph_names.h"

#include <poppler/GfxFont.h>
#include <poppler/fofi/FoFiType1C.h>
#include <poppler/goo/GooString.h>

#include <memory>
#include <string>

namespace coi::extract {

std::vector<Unicode> ligature_letters(std::string_view name) {
  std::vector<Unicode> letters;
  if (name == "fi" || name == "fl" || name == "ff" || name == "ffi" || name == "ffl") {
    for (const char c : name) letters.push_back(static_cast<Unicode>(c));
    return letters;
  }
  // "f_i", "f_f_l": single letters joined by underscores.
  if (name.size() < 3 || name.size() > 5 || name.size() % 2 == 0) return {};
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool letter = c >= 'a' && c <= 'z';
    if (i % 2 == 0 ? !letter : c != '_') return {};
    if (letter) letters.push_back(static_cast<Unicode>(c));
  }
  return letters;
}

std::map<CharCode, std::vector<Unicode>> ligature_glyph_names(
    const GfxFont& font, std::span<const unsigned char> program) {
  std::map<CharCode, std::vector<Unicode>> out;
  // Identity codes are CIDs, and a name-keyed CFF's CIDs its glyph numbers.
  const std::string& encoding = font.getEncodingName();
  if (!font.isCIDFont() || font.getType() != fontCIDType0C || program.empty() ||
      (encoding != "Identity-H" && encoding != "Identity-V")) {
    return out;
  }
  const std::unique_ptr<FoFiType1C> cff(
      FoFiType1C::make(program.data(), static_cast<int>(program.size())));
  if (!cff) return out;
  int cids = 0;
  // A CID-keyed CFF names no glyphs.
  if (std::unique_ptr<int, void (*)(void*)>(cff->getCIDToGIDMap(&cids), gfree)) return out;
  for (int gid = 0; gid < cff->getNumGlyphs(); ++gid) {
    const std::unique_ptr<GooString> name(cff->getGlyphName(gid));
    if (!name) continue;
    std::vector<Unicode> letters = ligature_letters(name->toStr());
    if (letters.empty()) continue;
    out.emplace(static_cast<CharCode>(gid), std::move(letters));
  }
  return out;
}

}  // namespace coi::extract
