#include "fuzz/harnesses.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <utility>

#include "cli/config.h"
#include "diff/diff.h"
#include "diff/render.h"
#include "fuzz/synthetic_note.h"
#include "fuzz/synthetic_pages.h"
#include "pipeline/model_json.h"
#include "pipeline/runner.h"
#include "pipeline/stage.h"
#include "pipeline/validate.h"
#include "stages/extract/object_scan.h"
#include "stages/stage_list.h"
#include "stages/text/citation.h"

namespace coi::fuzz {

namespace {

const Config& config() {
  static const Config config = default_config().value();
  return config;
}

const StageList& stages() {
  static const StageList list = stage_list(config());
  return list;
}

// A stage may refuse an input (any Status is fine) but must never leave the model broken: that
// is a bug in the stage, so the harness stops on it.
void check(const Doc& doc, const std::string& stage) {
  const Status status = validate_model(doc, stage);
  if (status.is_ok()) return;
  std::fprintf(stderr, "invariant broken after %s: %s\n", stage.c_str(), status.message().c_str());
  std::abort();
}

// Every stage after extract, emitters included.
Doc run_after_extract(Doc doc) {
  std::vector<std::string> names;
  for (const Stage& stage : stages()) {
    if (stage.name != "extract") names.push_back(stage.name);
  }
  return run_stages(std::move(doc), names);
}

void scattered(const uint8_t* data, size_t size) {
  ByteReader in(data, size);
  run_after_extract(scattered_pages(in));
}

void footnotes(const uint8_t* data, size_t size) {
  ByteReader in(data, size);
  run_after_extract(flowing_pages(in));
}

void tables(const uint8_t* data, size_t size) {
  ByteReader in(data, size);
  run_after_extract(table_pages(in));
}

void sources(const uint8_t* data, size_t size) {
  ByteReader in(data, size);
  const Doc doc = run_stages(synthetic_note(in), {"bibliography", "resolve", "metadata"});
  const CitationPatterns patterns{config().resolve.date, config().resolve.accessed,
                                  config().resolve.lead};
  for (const Footnote& note : doc.footnotes) (void)parse_citation(note.inlines, patterns);
}

void diff(const uint8_t* data, size_t size) {
  auto [old_note, new_note] = note_versions(data, size);
  const std::vector<std::string> stages{"bibliography", "resolve", "metadata"};
  const DiffReport report = diff_docs(run_stages(std::move(old_note), stages),
                                      run_stages(std::move(new_note), stages), config().diff);
  (void)render_diff_text(report, true);
  (void)render_diff_json(report);
  (void)render_diff_xml(report);
  (void)render_diff_html(report);
}

// The extract stage reads a file, so the bytes go through one that is removed again before the
// stages' verdict is looked at (a fuzzing run or the test replay leaves nothing behind).
void pdf(const uint8_t* data, size_t size) {
  static const std::string path =
      (std::filesystem::temp_directory_path() / ("coi-fuzz-" + std::to_string(::getpid()) + ".pdf"))
          .string();
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return;
  if (size > 0) std::fwrite(data, 1, size, f);  // fwrite may not be handed a null pointer
  std::fclose(f);
  Diagnostics diag;
  RunOptions options;
  options.validate_between = true;
  const Result<Doc> doc = convert_pdf(path, config(), options, diag);
  std::remove(path.c_str());
  if (!doc.is_ok() && doc.status().code() == StatusCode::kInternal) {
    std::fprintf(stderr, "%s\n", doc.status().message().c_str());
    std::abort();
  }
}

// The first byte picks where in the rest the object starts; the object sought is "1 0 obj".
void object_scan(const uint8_t* data, size_t size) {
  if (size < 2) return;
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  extract::ObjectScanner scanner(bytes);
  extract::ElementDict element;
  (void)scanner.element_at(data[0] % bytes.size(), extract::ObjRef{1, 0}, element);
}

void model_json(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (JsonFlavor flavor : {JsonFlavor::kCoi, JsonFlavor::kCorpus}) {
    Diagnostics findings;
    const Result<Doc> doc = read_model_json(text, "fuzz.json", flavor, &findings);
    if (doc.is_ok()) (void)write_model_json(doc.value(), findings, false);
  }
}

void config_toml(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)parse_config(text, "fuzz.toml");
}

}  // namespace

Doc run_stages(Doc doc, const std::vector<std::string>& names) {
  Diagnostics diag;
  for (const Stage& stage : stages()) {
    if (std::find(names.begin(), names.end(), stage.name) == names.end()) continue;
    Result<Doc> next = stage.run(std::move(doc), diag);
    if (!next.is_ok()) return Doc{};
    doc = std::move(next).value();
    check(doc, stage.name);
  }
  return doc;
}

const std::vector<Harness>& harnesses() {
  static const std::vector<Harness> table{
      {"stages", "every stage after extract on words, rules and links placed anywhere", scattered},
      {"footnotes", "every stage after extract on text columns with page-bottom footnotes",
       footnotes},
      {"tables", "every stage after extract on pages of ruled and borderless tables", tables},
      {"sources", "bibliography, resolve and the citation parser on block-level notes", sources},
      {"diff", "coi diff and its four renderings on a note and an edited version", diff},
      {"pdf", "PDF bytes through the whole pipeline, invariants checked", pdf},
      {"object_scan", "the structure-element reader of tagged PDFs on raw object bytes",
       object_scan},
      {"model_json", "the model JSON reader (both flavours) and writer", model_json},
      {"config", "the TOML configuration loader", config_toml},
  };
  return table;
}

const Harness* find_harness(std::string_view name) {
  for (const Harness& h : harnesses()) {
    if (name == h.name) return &h;
  }
  return nullptr;
}

}  // namespace coi::fuzz
