#include "cli/logging.h"

#include <unistd.h>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>
#include <mutex>

namespace coi {

namespace {

// The progress line, shared by the sink below and show_progress(); guarded by its mutex.
struct ProgressLine {
  std::mutex mutex;
  std::string text;  ///< empty: no progress line is shown
};

ProgressLine& progress_line() {
  static ProgressLine line;
  return line;
}

// "\r" returns to the line's start and ESC [K erases to its end: the progress line is gone.
constexpr const char* kClearLine = "\r\033[K";

// Writes through spdlog's colour sink, taking the progress line off the screen for the log
// line and putting it back after.
class ProgressAwareSink final : public spdlog::sinks::base_sink<std::mutex> {
 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    ProgressLine& line = progress_line();
    std::lock_guard<std::mutex> lock(line.mutex);
    if (!line.text.empty()) std::fputs(kClearLine, stderr);
    inner_->log(msg);
    inner_->flush();
    if (!line.text.empty()) std::fputs(line.text.c_str(), stderr);
    std::fflush(stderr);
  }
  void flush_() override { inner_->flush(); }
  void set_pattern_(const std::string& pattern) override { inner_->set_pattern(pattern); }
  void set_formatter_(std::unique_ptr<spdlog::formatter> formatter) override {
    inner_->set_formatter(std::move(formatter));
  }

 private:
  std::shared_ptr<spdlog::sinks::stderr_color_sink_st> inner_ =
      std::make_shared<spdlog::sinks::stderr_color_sink_st>();
};

}  // namespace

void configure_logging(int verbosity) {
  auto logger = std::make_shared<spdlog::logger>("coi", std::make_shared<ProgressAwareSink>());
  logger->set_pattern("coi: %^%l%$: %v");
  spdlog::level::level_enum level = spdlog::level::info;
  if (verbosity >= 2) level = spdlog::level::trace;
  else if (verbosity == 1) level = spdlog::level::debug;
  else if (verbosity == -1) level = spdlog::level::warn;
  else if (verbosity <= -2) level = spdlog::level::err;
  logger->set_level(level);
  spdlog::set_default_logger(logger);
}

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

void show_progress(const std::string& text) {
  ProgressLine& line = progress_line();
  std::lock_guard<std::mutex> lock(line.mutex);
  line.text = text;
  std::fputs(kClearLine, stderr);
  std::fputs(text.c_str(), stderr);
  std::fflush(stderr);
}

void end_progress() {
  ProgressLine& line = progress_line();
  std::lock_guard<std::mutex> lock(line.mutex);
  if (line.text.empty()) return;
  std::fputs("\n", stderr);
  std::fflush(stderr);
  line.text.clear();
}

}  // namespace coi
