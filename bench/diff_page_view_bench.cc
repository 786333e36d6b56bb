// Size and speed of the page view of `coi diff OLD.pdf NEW.pdf --html FILE` on the fixture pair
// v2.0 -> v2.1: the changed pages rendered with Poppler (page_dpi, page_grey_levels of
// config/coi.toml) and the self-contained report written, on one thread. The two conversions
// are done once, outside the timing (they are `coi diff`'s cost with or without --html).
// Run: taskset -c 0 build/bench/diff_page_view_bench   (targets: < 3 s, report < 15 MB)
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "cli/config.h"
#include "cli/page_images.h"
#include "diff/diff.h"
#include "diff/render.h"
#include "pipeline/runner.h"
#include "stages/stage_list.h"

namespace coi {
namespace {

const std::string kOld = std::string(COI_SOURCE_DIR) + "/fixtures/france-cin-v2.0/note.pdf";
const std::string kNew = std::string(COI_SOURCE_DIR) + "/fixtures/france-cin-v2.1/note.pdf";

Doc convert(const std::string& path, const Config& config) {
  Diagnostics diag;
  Result<Doc> doc = convert_pdf(path, config, RunOptions{}, diag);
  if (!doc.is_ok()) std::abort();
  return std::move(doc).value();
}

void BM_PageViewReport(benchmark::State& state) {
  static const Config config = default_config().value();
  static const DiffReport report =
      diff_docs(convert(kOld, config), convert(kNew, config), config.diff);
  size_t bytes = 0, pages = 0;
  for (auto _ : state) {
    const ChangedPages changed = changed_pages(report);
    PageImages images;
    images.old_pages = render_page_images(kOld, changed.old_pages, config.diff).value();
    images.new_pages = render_page_images(kNew, changed.new_pages, config.diff).value();
    const std::string html = render_diff_html(report, &images);
    bytes = html.size();
    pages = images.old_pages.size() + images.new_pages.size();
    benchmark::DoNotOptimize(html.data());
  }
  state.counters["report_MB"] = static_cast<double>(bytes) / 1e6;
  state.counters["pages"] = static_cast<double>(pages);
}
BENCHMARK(BM_PageViewReport)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace coi
