// Headless Chromium (Debian's `chromium`, installed by scripts/setup) for the tests of the HTML
// reports: the DOM after the page's scripts ran, the console messages it logged, screenshots.
// Each call starts a fresh browser with its own profile directory and no network services.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/command.h"

namespace coi::testing {

/// True when `chromium` is on the PATH.
inline bool chromium_installed() {
  return std::system("command -v chromium >/dev/null 2>&1") == 0;
}

/// The start of a headless Chromium command line; `scratch` holds its profile.
inline std::string chromium_command(const std::filesystem::path& scratch) {
  return "timeout 60 chromium --headless=new --no-sandbox --disable-gpu "
         "--disable-background-networking --disable-component-update --disable-sync "
         "--no-first-run --hide-scrollbars --user-data-dir=" +
         (scratch / "profile").string();
}

/// What Chromium shows of a page.
struct ChromiumPage {
  std::string dom;      ///< the DOM after the scripts ran (--dump-dom)
  std::string console;  ///< the console messages (log, warnings, errors, uncaught exceptions)
};

/// Loads `page` (a local file) and returns its DOM and its console messages.
inline ChromiumPage chromium_load(const std::filesystem::path& page,
                                  const std::filesystem::path& scratch) {
  const std::filesystem::path log = scratch / "chromium.log";
  ChromiumPage out;
  out.dom = run_command(chromium_command(scratch) + " --enable-logging=stderr --v=0 --dump-dom " +
                        "file://" + page.string() + " 2>" + log.string());
  std::ifstream in(log);
  for (std::string line; std::getline(in, line);) {
    if (line.find(":CONSOLE") != std::string::npos) out.console += line + "\n";
  }
  return out;
}

/// Saves a screenshot of `page` seen in a `width` x `height` window as `png`; true on success.
inline bool chromium_screenshot(const std::filesystem::path& page, const std::filesystem::path& png,
                                int width, int height, const std::filesystem::path& scratch) {
  std::filesystem::create_directories(png.parent_path());
  std::filesystem::remove(png);
  run_command(chromium_command(scratch) + " --window-size=" + std::to_string(width) + "," +
              std::to_string(height) + " --screenshot=" + png.string() + " file://" +
              page.string() + " >/dev/null 2>&1");
  return std::filesystem::exists(png) && std::filesystem::file_size(png) > 0;
}

}  // namespace coi::testing
