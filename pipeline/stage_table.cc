// The stage order is data: this table. The runner walks it; `--stop-after` names a row.
#include "pipeline/stage.h"
#include "stages/bibliography/bibliography.h"
#include "stages/emit/emit.h"
#include "stages/extract/extract.h"
#include "stages/footnotes/footnotes.h"
#include "stages/layout/layout.h"
#include "stages/metadata/metadata.h"
#include "stages/resolve/resolve.h"
#include "stages/segment/segment.h"
#include "stages/structure/structure.h"
#include "stages/tables/tables.h"

namespace coi {

namespace {

// Adapts a stage taking its own config section to the runner's uniform shape.
template <typename StageConfig>
StageFn with_section(Result<Doc> (*run)(Doc, const StageConfig&, Diagnostics&),
                     StageConfig Config::*section) {
  return [run, section](Doc doc, const Config& config, Diagnostics& diag) {
    return run(std::move(doc), config.*section, diag);
  };
}

}  // namespace

const std::vector<StageInfo>& stage_table() {
  static const std::vector<StageInfo> table = {
      {"extract", "words, rules, links, images and outline from the PDF (Poppler)", {},
       with_section(run_extract, &Config::extract)},
      {"layout", "lines in reading order; furniture, cover, contents and footnote area",
       {"extract"}, with_section(run_layout, &Config::layout)},
      {"tables", "tables from ruling and alignment, rejoined across pages", {"layout"},
       with_section(run_tables, &Config::tables)},
      {"segment", "headings, paragraphs, lists, quotes and inline runs", {"layout", "tables"},
       with_section(run_segment, &Config::segment)},
      {"footnotes", "page-bottom footnotes and the marks that point at them", {"segment"},
       with_section(run_footnotes, &Config::footnotes)},
      {"structure", "the tagged PDF's structure tree as a second signal", {"footnotes"},
       with_section(run_structure, &Config::structure)},
      {"bibliography", "sources from Sources cited / consulted", {"segment"},
       with_section(run_bibliography, &Config::bibliography)},
      {"resolve", "which source each footnote cites", {"footnotes", "bibliography"},
       with_section(run_resolve, &Config::resolve)},
      {"metadata", "kind, title, country, version and dates", {"segment"},
       with_section(run_metadata, &Config::metadata)},
      {"emit_json", "the JSON rendering", {"metadata"},
       with_section(run_emit_json, &Config::emit), /*emitter=*/true},
      {"emit_xml", "the XML rendering", {"metadata"},
       with_section(run_emit_xml, &Config::emit), /*emitter=*/true},
  };
  return table;
}

}  // namespace coi
