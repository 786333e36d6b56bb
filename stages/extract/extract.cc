// The extract stage: the only place Poppler is included. It opens the PDF with Poppler's core
// API (PDFDoc), interprets each page once through CaptureDevice (words via TextOutputDev, plus
// rules and image boxes), then reads link annotations, bookmarks and document information.
// poppler-cpp would be the stable API, but it has no link annotations or destinations.
#include "stages/extract/extract.h"

#include <poppler/Error.h>
#include <poppler/ErrorCodes.h>
#include <poppler/GlobalParams.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <new>
#include <set>

#include "pipeline/address_space.h"
#include "stages/extract/capture_device.h"
#include "stages/extract/extract_parts.h"
#include "stages/extract/page_bounds.h"

namespace coi {

namespace {

// Poppler cannot report an allocation that fails: it prints "Out of memory" and aborts the
// process. So before each step that lets it allocate (its global state and the file, the page
// tree, the structure tree, each page) extract makes sure that enough address space is left
// under the cap, and otherwise fails the way an allocation does: the runner reports the memory
// limit (exit 5).
void ensure_memory_for_poppler(const ExtractConfig& config) {
  if (address_space_left_mb() < config.min_memory_left_mb) throw std::bad_alloc();
}

// Poppler reports problems through one process-wide callback; each thread collects its own
// messages (coi convert -j runs notes in parallel) and they become a Status or diagnostics.
thread_local std::vector<std::string>* poppler_errors = nullptr;

void on_poppler_error(ErrorCategory category, Goffset pos, const char* msg) {
  (void)category;
  (void)pos;
  if (poppler_errors && msg) poppler_errors->emplace_back(msg);
}

// GlobalParams must exist exactly once before any PDFDoc; call_once makes that thread-safe.
void init_poppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    globalParams = std::make_unique<GlobalParams>();
    setErrorCallback(on_poppler_error);
  });
}

// Routes Poppler's messages into `sink` for the lifetime of this object.
class ErrorScope {
 public:
  explicit ErrorScope(std::vector<std::string>* sink) : saved_(poppler_errors) {
    poppler_errors = sink;
  }
  ~ErrorScope() { poppler_errors = saved_; }
  ErrorScope(const ErrorScope&) = delete;
  ErrorScope& operator=(const ErrorScope&) = delete;

 private:
  std::vector<std::string>* saved_;
};

// Poppler accepts a header anywhere in the first 1024 bytes; anything else is not a PDF.
bool has_pdf_header(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return head.find("%PDF-") != std::string::npos;
}

Result<std::unique_ptr<PDFDoc>> open_pdf(const std::string& path, const ExtractConfig& config,
                                         std::vector<std::string>& errors) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status(StatusCode::kNotFound, "no such file", path);
  if (std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) == 0) {
    return Status(StatusCode::kUnreadable, "empty file", path);
  }
  if (!std::filesystem::is_regular_file(path, ec) || !has_pdf_header(path)) {
    return Status(StatusCode::kUnreadable, "not a PDF file", path);
  }
  std::optional<GooString> password;
  if (!config.password.empty()) password.emplace(config.password);
  auto doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path), password, password);
  if (doc->isOk()) return doc;
  if (doc->getErrorCode() == errEncrypted) {
    return Status(StatusCode::kEncrypted,
                  config.password.empty() ? "encrypted PDF: a password is needed (--password)"
                                          : "encrypted PDF: the password is wrong",
                  path);
  }
  std::string reason = errors.empty() ? "error code " + std::to_string(doc->getErrorCode())
                                      : errors.back();
  return Status(StatusCode::kUnreadable, "damaged PDF: " + reason, path);
}

// Interprets page `number` once and fills its words, rules, images and links; on a tagged PDF
// each word also gets the structure element its marked content belongs to. What lies off the
// page is left out (page_bounds.h).
Page read_page(PDFDoc& doc, const extract::PageNumbers& pages, int number,
               extract::CaptureDevice& device, const extract::StructureIndex& structure,
               const ExtractConfig& config, Diagnostics& diag) {
  Page page;
  page.number = number;
  extract::page_size(doc, number, &page.width, &page.height);
  doc.displayPage(&device, number, 72, 72, 0, /*useMediaBox=*/true, /*crop=*/false,
                  /*printing=*/false);
  page.links = extract::page_links(doc, pages, number);
  std::vector<int> char_pos, cutting_links;
  page.words = extract::page_words(device, page.links, config, char_pos, cutting_links);
  extract::check_link_placement(page, cutting_links, diag);
  if (!structure.nodes.empty()) {
    for (size_t i = 0; i < page.words.size(); ++i) {
      page.words[i].struct_node = structure.node_of(number, device.mcid_at(char_pos[i]));
    }
  }
  page.rules = std::move(device.rules());
  page.images = std::move(device.images());
  if (const int dropped = extract::keep_inside_page(page); dropped > 0) {
    diag.warn("off-page-text",
              std::to_string(dropped) + " words lie outside the page and were left out", number);
  }
  return page;
}

// Poppler's complaints while reading pages become (deduplicated, capped) warnings.
void report_errors(const std::vector<std::string>& errors, int page, const ExtractConfig& config,
                   std::set<std::string>& seen, Diagnostics& diag) {
  for (const std::string& message : errors) {
    if (static_cast<int>(seen.size()) >= config.max_pdf_warnings) return;
    if (seen.insert(message).second) diag.warn("pdf-error", "Poppler: " + message, page);
  }
}

Result<Doc> extract_doc(Doc doc, const ExtractConfig& config, Diagnostics& diag) {
  std::vector<std::string> errors;
  ErrorScope scope(&errors);
  Result<std::unique_ptr<PDFDoc>> opened = open_pdf(doc.source_path, config, errors);
  if (!opened.is_ok()) return opened.status();
  PDFDoc& pdf = *opened.value();
  const int pages = pdf.getNumPages();
  if (pages > config.max_pages) {
    return Status(StatusCode::kLimit,
                  std::to_string(pages) + " pages exceed the limit of " +
                      std::to_string(config.max_pages) + " (extract.max_pages)",
                  doc.source_path);
  }
  std::set<std::string> seen;
  report_errors(errors, 0, config, seen, diag);  // repairs made while opening (e.g. the xref)
  errors.clear();
  ensure_memory_for_poppler(config);  // the page tree, outline and info
  doc.info = extract::read_info(pdf);
  const extract::PageNumbers page_numbers(pdf);
  doc.outline = extract::read_outline(pdf, page_numbers);
  extract::StructureIndex structure;
  if (config.read_structure_tree) {
    ensure_memory_for_poppler(config);
    structure = extract::read_structure(pdf, page_numbers, config.max_struct_nodes);
  }
  extract::CaptureDevice device(config);
  device.track_marked_content(!structure.nodes.empty());
  size_t word_count = 0;
  for (int n = 1; n <= pages; ++n) {
    ensure_memory_for_poppler(config);
    doc.pages.push_back(read_page(pdf, page_numbers, n, device, structure, config, diag));
    word_count += doc.pages.back().words.size();
    report_errors(errors, n, config, seen, diag);
    errors.clear();
  }
  doc.structure = std::move(structure.nodes);
  if (word_count == 0) {
    return Status(StatusCode::kNoText, "no text layer (a scanned PDF?)", doc.source_path);
  }
  return doc;
}

}  // namespace

Result<Doc> run_extract(Doc doc, const ExtractConfig& config, Diagnostics& diag) {
  const std::string where = doc.source_path;
  try {
    ensure_memory_for_poppler(config);  // for GlobalParams (made once) and opening the file
    init_poppler();
    return extract_doc(std::move(doc), config, diag);
  } catch (const std::bad_alloc&) {
    // Memory ran out under [limits] max_memory_mb: the runner reports the limit (exit 5). The
    // file is not to blame, so this must not become "damaged PDF" below.
    throw;
  } catch (const std::exception& e) {
    // Poppler does not throw by design, but hostile files can make its containers throw
    // (std::length_error, std::out_of_range).
    return Status(StatusCode::kUnreadable, std::string("damaged PDF: ") + e.what(), where);
  }
}

}  // namespace coi
