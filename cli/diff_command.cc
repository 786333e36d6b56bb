// `coi diff OLD NEW [--format text|json|xml|summary] [-o FILE] [--html FILE] [--model-json]`
// Each side is a note PDF (run through the pipeline) or a model JSON: written by `coi convert`
// (coi_format), or a bare note model (docs/MODEL.md; detected by the missing coi_format, or
// forced with --model-json). Exit 0 same in substance, 1 different, 2 error (one line naming the
// file).
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <optional>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/config.h"
#include "cli/page_images.h"
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

bool is_pdf(const std::string& path, const std::string& text) {
  const bool pdf_name = path.size() >= 4 && (path.compare(path.size() - 4, 4, ".pdf") == 0 ||
                                             path.compare(path.size() - 4, 4, ".PDF") == 0);
  return pdf_name || text.rfind("%PDF", 0) == 0;
}

Result<Doc> load_side(const std::string& path, const Config& config, bool model_json) {
  Result<std::string> text = read_file(path);
  if (!text.is_ok()) return Status(text.status().code(), text.status().message(), path);
  Result<Doc> doc = Status(StatusCode::kInternal, "", path);
  if (is_pdf(path, text.value())) {  // the pipeline says what is wrong
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

// The page view's images when both sides are PDFs (their pages show each change where it is
// printed); none for model JSON, which has no pages to render.
Result<std::optional<PageImages>> page_images(const DiffOptions& options, const DiffReport& report,
                                              const DiffConfig& config) {
  for (const std::string& path : {options.old_path, options.new_path}) {
    std::ifstream in(path, std::ios::binary);
    std::string head(4, '\0');
    in.read(head.data(), 4);
    if (!is_pdf(path, head)) return std::optional<PageImages>();
  }
  const ChangedPages changed = changed_pages(report);
  PageImages images;
  Result<std::map<int, PageImage>> old_pages =
      render_page_images(options.old_path, changed.old_pages, config);
  if (!old_pages.is_ok()) return old_pages.status();
  Result<std::map<int, PageImage>> new_pages =
      render_page_images(options.new_path, changed.new_pages, config);
  if (!new_pages.is_ok()) return new_pages.status();
  images.old_pages = std::move(old_pages).value();
  images.new_pages = std::move(new_pages).value();
  return std::optional<PageImages>(std::move(images));
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
    Result<std::optional<PageImages>> images = page_images(options, report, config.value().diff);
    if (!images.is_ok()) return fail(images.status());
    const PageImages* pages = images.value() ? &*images.value() : nullptr;
    if (Status s = write_file_atomically(options.html, render_diff_html(report, pages));
        !s.is_ok()) {
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
  cmd->add_option("--html", options->html,
                  "Also write a self-contained HTML report to FILE; with two PDFs, each change "
                  "is shown on its old and new pages");
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
