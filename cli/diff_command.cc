// `coi diff OLD NEW [--format text|json|xml|summary] [-o FILE] [--html FILE] [--model-json]`
// Each side is a note PDF (run through the pipeline) or a model JSON: written by `coi convert`
// (coi_format), or a bare note model (docs/MODEL.md; detected by the missing coi_format, or
// forced with --model-json). Exit 0 same in substance, 1 different, 2 error (one line naming the
// file).
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/config.h"
#include "diff/diff.h"
#include "diff/render.h"
#include "pipeline/exit_codes.h"
#include "pipeline/model_json.h"
#include "pipeline/output_file.h"
#include "pipeline/runner.h"
#include "stages/stage_list.h"

namespace coi {

namespace {

struct DiffOptions {
  std::string old_path, new_path;
  std::string format = "text";
  std::string output;
  std::string html;
  std::string config_path;
  std::string color = "auto";
  bool model_json = false;
};

Result<Doc> load_side(const std::string& path, const Config& config, bool model_json) {
  Result<std::string> text = read_file(path);
  if (!text.is_ok()) return Status(text.status().code(), text.status().message(), path);
  Result<Doc> doc = Status(StatusCode::kInternal, "", path);
  const bool pdf_name = path.size() >= 4 && (path.compare(path.size() - 4, 4, ".pdf") == 0 ||
                                             path.compare(path.size() - 4, 4, ".PDF") == 0);
  if (pdf_name || text.value().rfind("%PDF", 0) == 0) {  // the pipeline says what is wrong
    Diagnostics diag;
    RunOptions options;
    options.limits = config.limits;
    doc = convert_pdf(path, config, options, diag);
  } else if (model_json) {
    doc = read_model_json(text.value(), path, JsonFlavor::kCorpus);
  } else {
    doc = read_model_json(text.value(), path, JsonFlavor::kCoi);
    // No coi_format field: a bare note model (docs/MODEL.md), as the fixtures are.
    if (!doc.is_ok() && doc.status().message().find("no coi_format") != std::string::npos) {
      doc = read_model_json(text.value(), path, JsonFlavor::kCorpus);
    }
  }
  if (!doc.is_ok()) return naming_input(doc.status(), path);
  Doc out = std::move(doc).value();
  out.source_name = path;  // as the user named it: both sides are often "note.json"
  return out;
}

int fail(const Status& s) {
  spdlog::error("{}", s.to_string());
  return kExitUsage;  // diff's exit code for every error is 2
}

int run_diff(const DiffOptions& options) {
  Result<Config> config = load_command_config(options.config_path);
  if (!config.is_ok()) return fail(config.status());
  Result<Doc> old_doc = load_side(options.old_path, config.value(), options.model_json);
  if (!old_doc.is_ok()) return fail(old_doc.status());
  Result<Doc> new_doc = load_side(options.new_path, config.value(), options.model_json);
  if (!new_doc.is_ok()) return fail(new_doc.status());
  const DiffReport report = diff_docs(old_doc.value(), new_doc.value(), config.value().diff);

  if (!options.html.empty()) {
    if (Status s = write_file_atomically(options.html, render_diff_html(report)); !s.is_ok()) {
      return fail(s);
    }
  }
  std::string rendered;
  if (options.format == "json") {
    rendered = render_diff_json(report);
  } else if (options.format == "xml") {
    rendered = render_diff_xml(report);
  } else if (options.format == "summary") {
    rendered = render_diff_summary(report);
  } else {
    const bool terminal = options.output.empty() && isatty(STDOUT_FILENO) != 0;
    rendered = render_diff_text(report,
                                options.color == "always" || (options.color == "auto" && terminal));
  }
  if (options.output.empty()) {
    std::cout << rendered << std::flush;
  } else if (Status s = write_file_atomically(options.output, rendered); !s.is_ok()) {
    return fail(s);
  }
  return report.same() ? kExitOk : kExitDifferent;
}

}  // namespace

std::function<int()> add_diff_command(CLI::App& app, const GlobalOptions& global) {
  (void)global;
  auto options = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand(
      "diff", "Show what changed between two versions of a note, paragraph by paragraph");
  cmd->add_option("old", options->old_path, "Old version: note PDF or model JSON")->required();
  cmd->add_option("new", options->new_path, "New version: note PDF or model JSON")->required();
  cmd->add_option("--format", options->format, "Output format: text, json, xml, summary")
      ->check(CLI::IsMember({"text", "json", "xml", "summary"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", options->output, "Write the output to FILE, not stdout");
  cmd->add_option("--html", options->html, "Also write a self-contained HTML report to FILE");
  cmd->add_option("--color", options->color, "Colour the text view: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->add_flag("--model-json", options->model_json,
                "Read JSON inputs as bare MODEL.md notes (auto-detected otherwise)");
  cmd->add_option("--config", options->config_path,
                  "TOML file overriding config/coi.toml's defaults");
  return [options] { return run_diff(*options); };
}

}  // namespace coi
