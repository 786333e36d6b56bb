#include "cli/note_summary.h"

#include <set>
#include <sstream>

#include "pipeline/doc_stats.h"

namespace coi {

std::string summarize(const std::string& input, const Doc& doc, const Diagnostics& findings) {
  const DocStats s = count_stats(doc, findings);
  return input + ": " + std::to_string(s.paragraphs) + " paragraphs (" +
         std::to_string(s.numbered_paragraphs) + " numbered), " + std::to_string(s.footnotes) +
         " footnotes (" + std::to_string(s.footnotes_resolved) + " resolved to a source), " +
         std::to_string(s.sources) + " sources, " + std::to_string(s.tables) + " tables, " +
         std::to_string(s.warnings) + " warnings";
}

std::string summarize_citations(const std::string& input, const Doc& doc, const Diagnostics& findings,
                                double high_confidence) {
  int resolved = 0, high = 0, ambiguous = 0;
  std::set<std::string> cited;
  for (const Footnote& f : doc.footnotes) {
    if (!f.source_id.empty()) {
      ++resolved;
      high += f.confidence >= high_confidence;
      cited.insert(f.source_id);
    }
    ambiguous += f.source_id.empty() && f.method == ResolveMethod::kAmbiguous;
  }
  const int unresolved = static_cast<int>(doc.footnotes.size()) - resolved;
  int disagreeing = 0;  // footnotes whose link and title name different sources (resolve)
  for (const Diagnostic& d : findings.items()) disagreeing += d.code == "citation-url-title-disagree";
  int listed = 0, never = 0;
  for (const Source& s : doc.sources) {
    if (s.list != SourceList::kCited) continue;
    ++listed;
    never += !cited.count(s.id);
  }
  std::ostringstream out;
  out << input << ": citations: " << resolved << " of " << doc.footnotes.size()
      << " footnotes resolved (" << high << " with confidence >= " << high_confidence << "), "
      << unresolved << " unresolved (" << unresolved - ambiguous
      << " cite nothing the bibliography lists, " << ambiguous << " ambiguous); " << disagreeing
      << " whose link and title name different sources; " << never << " of " << listed
      << " entries of \"Sources cited\" cited by no footnote";
  return out.str();
}

std::string describe(const Diagnostic& d) {
  std::string where;
  if (d.page > 0) where += "p. " + std::to_string(d.page);
  if (!d.block.empty()) where += (where.empty() ? "" : ", ") + std::string("para ") + d.block;
  return (where.empty() ? "" : where + ": ") + d.code + ": " + d.message;
}

}  // namespace coi
