// `coi tables NOTE.pdf -o DIR`: every table of the note as DIR/<id>-after-<paragraph>.csv.
#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include <filesystem>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/config.h"
#include "cli/table_csv.h"
#include "pipeline/exit_codes.h"
#include "pipeline/output_file.h"
#include "pipeline/runner.h"
#include "stages/stage_list.h"

namespace coi {

namespace {

struct TablesOptions {
  std::string input;
  std::string out_dir = ".";
  std::string config_path;
  std::string password;
};

int run_tables_command(const TablesOptions& options) {
  Result<Config> loaded = load_command_config(options.config_path);
  if (!loaded.is_ok()) {
    spdlog::error("{}", loaded.status().to_string());
    return exit_code_for(loaded.status());
  }
  Config config = std::move(loaded).value();
  if (!options.password.empty()) config.extract.password = options.password;
  // Paragraph numbers (for the file names) come from segment; nothing later is needed.
  RunOptions run_options;
  run_options.limits = config.limits;
  run_options.stop_after = "segment";
  Diagnostics diag;
  Result<Doc> result = convert_pdf(options.input, config, run_options, diag);
  if (!result.is_ok()) {
    Status s = naming_input(result.status(), options.input);
    spdlog::error("{}", s.to_string());
    return exit_code_for(s);
  }
  if (Status s = ensure_directory(options.out_dir); !s.is_ok()) {
    spdlog::error("{}", s.to_string());
    return exit_code_for(s);
  }
  const std::vector<Block>& blocks = result.value().blocks;
  int written = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::kTable) continue;
    const std::string path =
        (std::filesystem::path(options.out_dir) / csv_file_name(blocks, i)).string();
    if (Status s = write_file_atomically(path, table_to_csv(blocks[i].table)); !s.is_ok()) {
      spdlog::error("{}", s.to_string());
      return exit_code_for(s);
    }
    ++written;
  }
  spdlog::info("{}: {} tables written to {}", options.input, written, options.out_dir);
  return kExitOk;
}

}  // namespace

std::function<int()> add_tables_command(CLI::App& app, const GlobalOptions& global) {
  (void)global;
  auto options = std::make_shared<TablesOptions>();
  CLI::App* cmd = app.add_subcommand("tables", "Write the tables of a note PDF as CSV files");
  cmd->add_option("note", options->input, "Note PDF")->required();
  cmd->add_option("-o,--output-dir", options->out_dir,
                  "Directory for <id>-after-<paragraph>.csv (created if missing)")
      ->capture_default_str();
  cmd->add_option("--config", options->config_path,
                  "TOML file overriding config/coi.toml's defaults");
  cmd->add_option("--password", options->password, "Password of an encrypted PDF");
  return [options] { return run_tables_command(*options); };
}

}  // namespace coi
