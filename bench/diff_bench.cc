// Speed of `coi diff`'s engine: the fixture pair (v2.0 -> v2.1 model JSONs), and synthetic notes
// ten times longer (each model repeated ten times, sections and footnotes renumbered so that
// every text occurs ten times: the worst case for hash matching).
// Run: build/bench/diff_bench   (targets: fixture pair < 50 ms, tenfold < 15x that)
#include <benchmark/benchmark.h>

#include <string>

#include "diff/diff.h"
#include "pipeline/model_json.h"

namespace coi {
namespace {

Doc load(const char* relative) {
  Result<Doc> doc =
      load_model_json(std::string(COI_SOURCE_DIR) + "/" + relative, JsonFlavor::kCorpus);
  if (!doc.is_ok()) std::abort();
  return std::move(doc).value();
}

// "4.1.2" -> "(4 + shift).1.2"
std::string shifted(const std::string& number, int shift) {
  if (number.empty()) return number;
  const size_t dot = number.find('.');
  const int head = std::stoi(number.substr(0, dot));
  return std::to_string(head + shift) + (dot == std::string::npos ? "" : number.substr(dot));
}

Doc tenfold(const Doc& doc) {
  Doc out = doc;
  out.blocks.clear();
  out.footnotes.clear();
  int sections = 0, footnotes = 0;
  for (const Block& b : doc.blocks) {
    if (!b.number.empty())
      sections = std::max(sections, std::stoi(b.number.substr(0, b.number.find('.'))));
  }
  for (const Footnote& f : doc.footnotes) footnotes = std::max(footnotes, f.number);
  for (int copy = 0; copy < 10; ++copy) {
    auto renumber = [&](Inlines& inlines) {
      for (Inline& run : inlines)
        run.footnote += run.kind == InlineKind::kFootnoteRef ? copy * footnotes : 0;
    };
    for (Block b : doc.blocks) {
      b.number = shifted(b.number, copy * sections);
      renumber(b.inlines);
      for (ListItem& item : b.items) renumber(item.inlines);
      out.blocks.push_back(std::move(b));
    }
    for (Footnote f : doc.footnotes) {
      f.number += copy * footnotes;
      out.footnotes.push_back(std::move(f));
    }
  }
  return out;
}

const Doc& old_doc() {
  static const Doc d = load("fixtures/france-cin-v2.0/note.json");
  return d;
}
const Doc& new_doc() {
  static const Doc d = load("fixtures/france-cin-v2.1/note.json");
  return d;
}

void BM_DiffFixturePair(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(diff_docs(old_doc(), new_doc(), DiffConfig{}));
}
BENCHMARK(BM_DiffFixturePair)->Unit(benchmark::kMillisecond);

void BM_DiffTenfold(benchmark::State& state) {
  static const Doc a = tenfold(old_doc());
  static const Doc b = tenfold(new_doc());
  for (auto _ : state) benchmark::DoNotOptimize(diff_docs(a, b, DiffConfig{}));
}
BENCHMARK(BM_DiffTenfold)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace coi
