#include "stages/stage_list.h"

#include <algorithm>

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

using RunWithConfig = Result<Doc> (*)(Doc, const StagesConfig&, Diagnostics&);

// Adapts a stage taking its own config section to one taking every stage's settings.
template <auto run, auto section>
Result<Doc> with_section(Doc doc, const StagesConfig& config, Diagnostics& diag) {
  return run(std::move(doc), config.*section, diag);
}

struct Row {
  const char* name;
  const char* summary;
  std::vector<std::string> needs;
  RunWithConfig run;
  bool emitter = false;
};

const std::vector<Row>& rows() {
  static const std::vector<Row> table = {
      {"extract", "words, rules, links, images and outline from the PDF (Poppler)", {},
       with_section<run_extract, &StagesConfig::extract>},
      {"layout", "lines in reading order; furniture, cover, contents and footnote area",
       {"extract"}, with_section<run_layout, &StagesConfig::layout>},
      {"tables", "tables from ruling and alignment, rejoined across pages", {"layout"},
       with_section<run_tables, &StagesConfig::tables>},
      {"segment", "headings, paragraphs, lists, quotes and inline runs", {"layout", "tables"},
       with_section<run_segment, &StagesConfig::segment>},
      {"footnotes", "page-bottom footnotes and the marks that point at them", {"segment"},
       with_section<run_footnotes, &StagesConfig::footnotes>},
      {"structure", "the tagged PDF's structure tree as a second signal", {"footnotes"},
       with_section<run_structure, &StagesConfig::structure>},
      {"bibliography", "sources from Sources cited / consulted", {"segment"},
       with_section<run_bibliography, &StagesConfig::bibliography>},
      {"resolve", "which source each footnote cites", {"footnotes", "bibliography"},
       with_section<run_resolve, &StagesConfig::resolve>},
      {"metadata", "kind, title, country, version and dates", {"segment"},
       with_section<run_metadata, &StagesConfig::metadata>},
      {"emit_json", "the JSON rendering", {"metadata"},
       with_section<run_emit_json, &StagesConfig::emit>, /*emitter=*/true},
      {"emit_xml", "the XML rendering", {"metadata"},
       with_section<run_emit_xml, &StagesConfig::emit>, /*emitter=*/true},
  };
  return table;
}

// Emitter stages are named "emit_<format>".
bool format_requested(const EmitConfig& config, const std::string& stage_name) {
  const std::string format = stage_name.substr(stage_name.find('_') + 1);
  return std::find(config.formats.begin(), config.formats.end(), format) != config.formats.end();
}

}  // namespace

StageList stage_list(const StagesConfig& config) {
  StageList stages;
  for (const Row& row : rows()) {
    Stage stage{row.name, row.summary, row.needs,
                [run = row.run, &config](Doc doc, Diagnostics& diag) {
                  return run(std::move(doc), config, diag);
                }};
    stage.skipped = row.emitter && !format_requested(config.emit, stage.name);
    stages.push_back(std::move(stage));
  }
  return stages;
}

std::vector<std::string> stage_names() {
  std::vector<std::string> names;
  for (const Row& row : rows()) names.emplace_back(row.name);
  return names;
}

Result<Doc> convert_pdf(const std::string& path, const StagesConfig& config,
                        const RunOptions& options, Diagnostics& diag) {
  return run_pipeline(doc_for_pdf(path), stage_list(config), options, diag);
}

}  // namespace coi
