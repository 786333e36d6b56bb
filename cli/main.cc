// coi: Home Office Country of Origin Information notes, from PDF to structured data.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "cli/logging.h"
#include "cli/sanitized.h"
#include "pipeline/exit_codes.h"

namespace {

// Ends the process once its command has run: every output is written and closed by then, and what
// exit() would still do is free memory the kernel takes back anyway and run every library's
// destructors (Poppler's GlobalParams, the compiled patterns, _dl_fini over 60 libraries).
// Sanitizer builds exit normally, so that their leak check runs.
int finish(int code) {
  if (coi::kSanitizedBuild) return code;
  std::cout.flush();
  std::fflush(nullptr);
  std::_Exit(code);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"coi: converts Home Office COI note PDFs to XML and JSON, compares versions "
               "and checks cited links"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("coi ") + COI_VERSION);
  coi::GlobalOptions global;
  int verbose = 0, quiet = 0;
  app.add_flag("-v,--verbose", verbose, "More log output on stderr (repeat for more)");
  app.add_flag("-q,--quiet", quiet, "Less log output on stderr (repeat for errors only)");
  app.footer(
      "Exit codes: convert/tables 0 ok, 1 warnings (with --strict), 2 usage or config error, "
      "3 unreadable input, 4 output not written, 5 limit exceeded or internal error; "
      "diff 0 same, 1 different, 2 error; links 0 all ok, 1 broken links, 2 error.");
  app.fallthrough();
  std::vector<std::pair<std::string, std::function<int()>>> runners;
  for (const coi::Command& command : coi::commands()) {
    runners.emplace_back(command.name, command.add(app, global));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? coi::kExitOk : coi::kExitUsage;
  }
  global.verbosity = verbose - quiet;
  coi::configure_logging(global.verbosity);
  for (const auto& [name, run] : runners) {
    if (app.got_subcommand(name)) return finish(run());
  }
  return coi::kExitUsage;
}
