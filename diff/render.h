// The outputs of `coi diff`: one function per format, each a walk over a finished DiffReport.
// Formats are documented in docs/FORMAT.md, "## diff output".
#pragma once

#include <string>
#include <vector>

#include "diff/diff_report.h"
#include "diff/page_view.h"

namespace coi {

/// Version of the JSON and XML diff formats; bumped on any breaking change.
inline constexpr int kDiffFormatVersion = 1;

/// Terminal view, like `git diff --word-diff`: [-old-]{+new+}; ANSI colours when `color`.
std::string render_diff_text(const DiffReport& report, bool color);
/// JSON (docs/FORMAT.md).
std::string render_diff_json(const DiffReport& report);
/// XML (docs/FORMAT.md).
std::string render_diff_xml(const DiffReport& report);
/// The draft of a version-control entry: changes by section, then tables, sources, metadata.
std::string render_diff_summary(const DiffReport& report);
/// A self-contained HTML page: summary, controls, the changes by section, every change with
/// prev/next links and word highlights; with `pages` (both inputs were PDFs), each paragraph
/// change also on its old and new pages, its units outlined.
std::string render_diff_html(const DiffReport& report, const PageImages* pages = nullptr);

/// "4.1.2", or "unnumbered paragraph" / "list item" / "quote" when the unit has no number.
std::string unit_label(const DiffUnit& unit);
/// First page the unit is printed on, 0 when unknown (model JSON without provenance).
int unit_page(const DiffUnit& unit);

/// Counts of one kind of change, in a fixed order, for summaries ("modified" -> 13).
struct ChangeCount {
  std::string what;  ///< "paragraphs", "headings", "tables", "sources", "meta"
  std::string change;
  int count = 0;
};
/// Non-zero counts of every change kind in the report (unchanged ones left out).
std::vector<ChangeCount> change_counts(const DiffReport& report);

}  // namespace coi
