// `coi convert NOTE.pdf... [-o OUTDIR] [--format xml,json] [--stdout] [-j N]`
#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <latch>
#include <mutex>
#include <new>
#include <sstream>
#include <thread>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/config.h"
#include "cli/heap.h"
#include "cli/logging.h"
#include "cli/note_limits.h"
#include "cli/note_summary.h"
#include "pipeline/exit_codes.h"
#include "pipeline/output_file.h"
#include "pipeline/runner.h"
#include "stages/stage_list.h"

namespace coi {

namespace {

struct ConvertOptions {
  std::vector<std::string> inputs;
  std::string out_dir = ".";
  std::vector<std::string> formats = {"xml", "json"};
  bool to_stdout = false;
  int jobs = 1;
  std::string config_path;
  std::string password;
  std::string stop_after;
  bool strict = false;
  bool timings = false;
};

// Converts one note and writes its renderings. Returns the note's exit code.
int convert_note(const std::string& input, const Config& config, const ConvertOptions& options,
                 std::mutex& output_lock) {
  Diagnostics diag;
  RunOptions run_options;
  run_options.limits = config.limits;
  run_options.stop_after = options.stop_after;
  run_options.log_timings = options.timings;
  Result<Doc> result = convert_pdf(input, config, run_options, diag);
  if (!result.is_ok()) {
    Status s = naming_input(result.status(), input);
    spdlog::error("{}", s.to_string());
    return exit_code_for(s);
  }
  const Doc& doc = result.value();
  const std::string stem = std::filesystem::path(input).stem().string();
  for (const Rendering& rendering : doc.renderings) {
    if (options.to_stdout) {
      std::lock_guard<std::mutex> lock(output_lock);
      std::cout << rendering.text;
      continue;
    }
    const std::string path =
        (std::filesystem::path(options.out_dir) / (stem + "." + rendering.format)).string();
    if (Status s = write_file_atomically(path, rendering.text); !s.is_ok()) {
      spdlog::error("{}", s.to_string());
      return exit_code_for(s);
    }
  }
  for (const Diagnostic& d : diag.items()) {
    if (d.severity != Severity::kInfo) spdlog::debug("{}: {}", input, describe(d));
  }
  spdlog::info("{}", summarize(input, doc, diag));
  spdlog::info("{}", summarize_citations(input, doc, diag, config.resolve.high_confidence));
  const bool warned = diag.warning_count() > 0;
  return (options.strict && warned) ? kExitWarnings : kExitOk;
}

// convert_note, with memory running out outside a stage (where the runner does not see it:
// setting up the stage list, writing the outputs) reported as the memory limit too, not left to
// end the process. With -j, another note may have taken the last of it.
int convert_one(const std::string& input, const Config& config, const ConvertOptions& options,
                std::mutex& output_lock) {
  try {
    return convert_note(input, config, options, output_lock);
  } catch (const std::bad_alloc&) {
    // spdlog formats into a buffer on the stack: reporting needs no memory from the heap.
    spdlog::error("{}: memory limit of {} MB exceeded (limits.max_memory_mb)", input,
                  config.limits.max_memory_mb);
    return kExitInternal;
  }
}

int run_convert(const ConvertOptions& options) {
  Result<Config> loaded = load_command_config(options.config_path);
  if (!loaded.is_ok()) {
    spdlog::error("{}", loaded.status().to_string());
    return exit_code_for(loaded.status());
  }
  Config config = std::move(loaded).value();
  config.emit.formats = options.formats;
  if (!options.password.empty()) config.extract.password = options.password;
  if (!options.stop_after.empty()) {
    if (Status s = check_stage_name(options.stop_after, stage_list(config)); !s.is_ok()) {
      spdlog::error("{}", s.to_string());
      return kExitUsage;
    }
  }
  if (!options.to_stdout) {
    if (Status s = ensure_directory(options.out_dir); !s.is_ok()) {
      spdlog::error("{}", s.to_string());
      return exit_code_for(s);
    }
  }
  // Notes are independent: workers take the next input until none is left.
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  std::vector<int> codes(options.inputs.size(), kExitOk);
  std::mutex output_lock;
  const bool progress = stderr_is_terminal() && options.inputs.size() > 1;
  const int jobs = std::clamp(options.jobs, 1, static_cast<int>(options.inputs.size()));
  // Notes converted at once share the cores: each reads its pages on an equal share of them.
  if (config.extract.workers == 0) {
    const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    config.extract.workers = std::max(1, cores / jobs);
  }
  // Notes converted at once share the address space: while one is in Poppler, the others may
  // take their share of what extract keeps clear for it.
  config.extract.min_memory_left_mb *= jobs;
  Watchdog watchdog(config.limits, jobs);
  auto worker = [&](int slot) {
    for (size_t i = next++; i < options.inputs.size(); i = next++) {
      watchdog.begin(slot, options.inputs[i]);
      codes[i] = convert_one(options.inputs[i], config, options, output_lock);
      watchdog.end(slot);
      const size_t finished = ++done;
      if (progress) {
        show_progress("[" + std::to_string(finished) + "/" + std::to_string(options.inputs.size()) +
                      "] converted");
      }
    }
  };
  // Every thread starts before the memory limit applies, and waits for it: under a cap smaller
  // than a thread's stack, std::thread would throw and abort coi. A cap below what coi maps by
  // then is not applied at all; every note fails with the limit error instead (exit 5).
  std::latch limit_applied(1);
  std::vector<std::thread> threads;
  for (int j = 1; j < jobs; ++j) {
    threads.emplace_back([&, j] {
      limit_applied.wait();
      worker(j);
    });
  }
  const Status memory = apply_memory_limit(config.limits);
  if (!memory.is_ok()) next = options.inputs.size();  // the workers find nothing to convert
  else prepare_heap(config.limits);  // under the cap, before any worker allocates
  limit_applied.count_down();
  worker(0);
  for (std::thread& t : threads) t.join();
  if (progress) end_progress();
  if (!memory.is_ok()) {
    for (const std::string& input : options.inputs) {
      spdlog::error("{}", naming_input(memory, input).to_string());
    }
    return exit_code_for(memory);
  }
  return *std::max_element(codes.begin(), codes.end());
}

}  // namespace

std::function<int()> add_convert_command(CLI::App& app, const GlobalOptions& global) {
  (void)global;
  auto options = std::make_shared<ConvertOptions>();
  CLI::App* cmd = app.add_subcommand("convert", "Convert note PDFs to XML and JSON");
  cmd->add_option("notes", options->inputs, "Note PDFs to convert")->required();
  cmd->add_option("-o,--output-dir", options->out_dir,
                  "Directory for NAME.xml and NAME.json (created if missing)")
      ->capture_default_str();
  cmd->add_option("--format", options->formats, "Output formats: xml, json")
      ->delimiter(',')
      ->check(CLI::IsMember({"xml", "json"}))
      ->capture_default_str();
  cmd->add_flag("--stdout", options->to_stdout, "Write the renderings to stdout, not to files");
  cmd->add_option("-j,--jobs", options->jobs, "Notes converted in parallel")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  cmd->add_option("--config", options->config_path,
                  "TOML file overriding config/coi.toml's defaults");
  cmd->add_option("--password", options->password, "Password of an encrypted PDF");
  std::string stages;
  for (const std::string& name : stage_names()) stages += (stages.empty() ? "" : ", ") + name;
  cmd->add_option("--stop-after", options->stop_after, "Stop after this stage (" + stages + ")");
  cmd->add_flag("--strict", options->strict, "Exit 1 when a note converts with warnings");
  cmd->add_flag("--timings", options->timings,
                "Log each stage's wall time on stderr (info level: not shown with -q)");
  return [options] { return run_convert(*options); };
}

}  // namespace coi
