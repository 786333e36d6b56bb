// `coi links NOTE... [--state FILE] [--json FILE] [--junit FILE] [--html FILE] [--config FILE]`
// Checks every URL the notes cite. Exit 0 when none is broken or soft-404, 1 when some are,
// 2 on a usage, configuration or input error (one line naming the file).
#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include <chrono>
#include <filesystem>
#include <iostream>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/config.h"
#include "cli/logging.h"
#include "links/curl_http_client.h"
#include "links/links_run.h"
#include "links/report.h"
#include "links/report_html.h"
#include "pipeline/exit_codes.h"
#include "pipeline/model_json.h"
#include "pipeline/output_file.h"
#include "pipeline/runner.h"
#include "stages/stage_list.h"

namespace coi {

namespace {

struct LinksOptions {
  std::vector<std::string> notes;
  std::string state_path;
  std::string json_path;
  std::string junit_path;
  std::string html_path;
  std::string config_path;
};

// A note is a coi JSON (by its extension) or a PDF run through the pipeline.
Result<Doc> load_note(const std::string& path, const Config& config) {
  const std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".json" || ext == ".JSON") return load_model_json(path, JsonFlavor::kCoi);
  Diagnostics diag;
  RunOptions options;
  options.limits = config.limits;
  options.stop_after = "resolve";  // footnotes, sources and citations are all links needs
  return convert_pdf(path, config, options, diag);
}

int fail(const Status& status, const std::string& where) {
  spdlog::error("{}", naming_input(status, where).to_string());
  return kExitUsage;
}

int run_links(const LinksOptions& options) {
  Result<Config> loaded = load_command_config(options.config_path);
  if (!loaded.is_ok()) return fail(loaded.status(), options.config_path);
  const Config& config = loaded.value();
  std::vector<Doc> docs;
  std::vector<std::string> names;
  for (const std::string& path : options.notes) {
    Result<Doc> doc = load_note(path, config);
    if (!doc.is_ok()) return fail(doc.status(), path);
    docs.push_back(std::move(doc).value());
    names.push_back(std::filesystem::path(path).filename().string());
  }
  LinksState previous;
  if (!options.state_path.empty()) {
    Result<LinksState> state = load_links_state(options.state_path);
    if (!state.is_ok()) return fail(state.status(), options.state_path);
    previous = std::move(state).value();
  }
  const bool progress = stderr_is_terminal();
  auto show = [progress](size_t done, size_t total) {
    if (progress) std::cerr << "\r[" << done << "/" << total << "] checked" << std::flush;
  };
  const auto started = std::chrono::steady_clock::now();
  const long long now = std::chrono::duration_cast<std::chrono::seconds>(
                            std::chrono::system_clock::now().time_since_epoch()).count();
  CurlHttpClient client;
  LinksRun run = run_link_check(collect_cited_urls(docs, names), previous, config.links, client,
                                now, show);
  if (progress) std::cerr << "\n";
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const std::pair<const std::string*, std::string> outputs[] = {
      {&options.state_path, options.state_path.empty() ? "" : write_links_state(run.state)},
      {&options.json_path, options.json_path.empty() ? "" : render_links_json(run, seconds)},
      {&options.junit_path, options.junit_path.empty() ? "" : render_links_junit(run, seconds)},
      {&options.html_path, options.html_path.empty() ? "" : render_links_html(run, seconds)},
  };
  for (const auto& [path, text] : outputs) {
    if (path->empty()) continue;
    if (Status s = write_file_atomically(*path, text); !s.is_ok()) {
      spdlog::error("{}", s.to_string());
      return kExitOutput;
    }
  }
  std::cout << render_links_text(run, seconds);
  for (const LinkOutcome& o : run.outcomes) {
    if (is_dead(o.result.link_class)) return kExitBroken;
  }
  return kExitOk;
}

}  // namespace

std::function<int()> add_links_command(CLI::App& app, const GlobalOptions& global) {
  (void)global;
  auto options = std::make_shared<LinksOptions>();
  CLI::App* cmd = app.add_subcommand("links", "Check every URL the notes cite");
  cmd->add_option("notes", options->notes, "Note PDFs, or JSON written by coi convert")
      ->required();
  cmd->add_option("--state", options->state_path,
                  "State file kept between runs (read if present, then replaced)");
  cmd->add_option("--json", options->json_path, "Write the JSON report here");
  cmd->add_option("--junit", options->junit_path, "Write a JUnit XML report here");
  cmd->add_option("--html", options->html_path,
                  "Write a self-contained HTML report here (for a browser)");
  cmd->add_option("--config", options->config_path,
                  "TOML file overriding config/coi.toml's defaults");
  return [options] { return run_links(*options); };
}

}  // namespace coi
