#include "stages/extract/poppler_session.h"

#include <poppler/Error.h>
#include <poppler/ErrorCodes.h>
#include <poppler/GfxState.h>
#include <poppler/GlobalParams.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <new>
#include <optional>

#include "pipeline/address_space.h"

namespace coi::extract {

namespace {

thread_local std::vector<std::string>* poppler_errors = nullptr;

void on_poppler_error(ErrorCategory category, Goffset pos, const char* msg) {
  (void)category;
  (void)pos;
  if (poppler_errors && msg) poppler_errors->emplace_back(msg);
}

// Poppler accepts a header anywhere in the first 1024 bytes; anything else is not a PDF.
bool has_pdf_header(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return head.find("%PDF-") != std::string::npos;
}

}  // namespace

void init_poppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    globalParams = std::make_unique<GlobalParams>();
    setErrorCallback(on_poppler_error);
    // GfxState's constructor builds the shared sRGB and XYZ colour profiles on first use,
    // guarded by nothing but a null check: build them here, before any worker thread can race.
    const PDFRectangle box(0, 0, 1, 1);
    const GfxState warm_up(72.0, 72.0, &box, 0, true);
  });
}

void ensure_memory_for_poppler(int margin_mb) {
  if (address_space_left_mb() < margin_mb) throw std::bad_alloc();
}

ErrorScope::ErrorScope(std::vector<std::string>* sink) : saved_(poppler_errors) {
  poppler_errors = sink;
}

ErrorScope::~ErrorScope() { poppler_errors = saved_; }

void report_poppler_messages(const std::vector<std::string>& messages) {
  if (!poppler_errors) return;
  poppler_errors->insert(poppler_errors->end(), messages.begin(), messages.end());
}

Result<std::unique_ptr<PDFDoc>> open_pdf(const std::string& path, const std::string& password,
                                         const std::vector<std::string>& errors,
                                         const std::function<void()>& on_repair) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status(StatusCode::kNotFound, "no such file", path);
  if (std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) == 0) {
    return Status(StatusCode::kUnreadable, "empty file", path);
  }
  if (!std::filesystem::is_regular_file(path, ec) || !has_pdf_header(path)) {
    return Status(StatusCode::kUnreadable, "not a PDF file", path);
  }
  std::optional<GooString> given;
  if (!password.empty()) given.emplace(password);
  auto doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path), given, given,
                                      /*guiDataA=*/nullptr, on_repair);
  if (doc->isOk()) return doc;
  if (doc->getErrorCode() == errEncrypted) {
    return Status(StatusCode::kEncrypted,
                  password.empty() ? "encrypted PDF: a password is needed (--password)"
                                   : "encrypted PDF: the password is wrong",
                  path);
  }
  std::string reason = errors.empty() ? "error code " + std::to_string(doc->getErrorCode())
                                      : errors.back();
  return Status(StatusCode::kUnreadable, "damaged PDF: " + reason, path);
}

}  // namespace coi::extract
