// Which source each footnote resolves to, as scripts/fidelity tells sources apart: by title and
// date, since a render may lose a source's URL (LibreOffice seed 129's misplaced links).
#pragma once

#include <map>
#include <string>

#include "pipeline/model.h"

namespace coi::testing {

/// The title and date of the source each footnote of `doc` resolves to, by note number ("" for
/// a note left unresolved).
inline std::map<int, std::string> cited_sources(const Doc& doc) {
  std::map<std::string, std::string> sources;
  for (const Source& s : doc.sources) sources[s.id] = s.title + " / " + s.date;
  std::map<int, std::string> out;
  for (const Footnote& f : doc.footnotes) {
    const auto it = sources.find(f.source_id);
    out[f.number] = it == sources.end() ? "" : it->second;
  }
  return out;
}

}  // namespace coi::testing
