// The extract stage: the only place Poppler is included. It opens the PDF with Poppler's core
// API (PDFDoc), reads the document's information, outline and structure tree, then interprets
// each page once through CaptureDevice (words via TextOutputDev, plus rules and image boxes) and
// reads its link annotations; pages are read on several threads (page_workers.h) and merged in
// page order. poppler-cpp would be the stable API, but it has no link annotations or
// destinations.
#include "stages/extract/extract.h"

#include <algorithm>
#include <new>
#include <optional>
#include <set>
#include <thread>

#include "stages/extract/extract_parts.h"
#include "stages/extract/link_pages.h"
#include "stages/extract/page_workers.h"
#include "stages/extract/readable_text.h"
#include "stages/extract/poppler_session.h"

namespace coi {

namespace {

// Poppler's complaints while reading pages become (deduplicated, capped) warnings.
void report_errors(const std::vector<std::string>& errors, int page, const ExtractConfig& config,
                   std::set<std::string>& seen, Diagnostics& diag) {
  for (const std::string& message : errors) {
    if (static_cast<int>(seen.size()) >= config.max_pdf_warnings) return;
    if (seen.insert(message).second) diag.warn("pdf-error", "Poppler: " + message, page);
  }
}

// A page's findings, reported into the run's Diagnostics as if the page had been read there (the
// runner stamps the stage; extract reports only warnings and infos).
void report_findings(const Diagnostics& page_diag, Diagnostics& diag) {
  for (const Diagnostic& d : page_diag.items()) {
    if (d.severity == Severity::kInfo) diag.info(d.code, d.message, d.page, d.block);
    else diag.warn(d.code, d.message, d.page, d.block);
  }
}

// Threads reading one note's pages: extract.workers, or with 0 the machine's cores.
int worker_count(const ExtractConfig& config) {
  if (config.workers > 0) return config.workers;
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

// Whether pages read apart or out of order may have come out unlike pages read in turn on one
// copy: Poppler repaired a copy's cross-reference table (RepairFlag), or a page threw. Other
// complaints (a bad link destination, say) are about the page itself and come out the same from
// any copy, in any order.
bool may_differ_from_one_thread(const std::vector<extract::PageRead>& reads, bool repaired) {
  return repaired || std::any_of(reads.begin(), reads.end(), [](const extract::PageRead& read) {
           return static_cast<bool>(read.failure);
         });
}

// Reads the PDF with its pages on `workers` threads, out of page order unless `in_order` (with
// one worker; PageWorkers::read_pages). Returns nothing when read out of order and the pages may
// differ from one thread's reading in order: the caller then reads the note again so.
std::optional<Result<Doc>> extract_doc(Doc doc, const ExtractConfig& config, int workers,
                                       bool in_order, Diagnostics& diag) {
  std::vector<std::string> errors;
  extract::ErrorScope scope(&errors);
  extract::RepairFlag repaired{false};
  Result<std::unique_ptr<PDFDoc>> opened =
      extract::open_pdf(doc.source_path, config.password, errors, [&repaired] { repaired = true; });
  if (!opened.is_ok()) return Result<Doc>(opened.status());
  PDFDoc& pdf = *opened.value();
  const int pages = pdf.getNumPages();
  if (pages > config.max_pages) {
    return Result<Doc>(Status(StatusCode::kLimit,
                              std::to_string(pages) + " pages exceed the limit of " +
                                  std::to_string(config.max_pages) + " (extract.max_pages)",
                              doc.source_path));
  }
  std::set<std::string> seen;
  report_errors(errors, 0, config, seen, diag);  // repairs made while opening (e.g. the xref)
  errors.clear();
  // The other workers open their copies now, each parsing the cross-reference table again, while
  // this copy reads the information, names, page tree and structure tree alone. Each worker is in
  // Poppler at once, so each needs its own margin under the memory cap.
  extract::PageWorkers copies(doc.source_path, config, workers, pages,
                              config.min_memory_left_mb * workers, repaired);
  extract::ensure_memory_for_poppler(config.min_memory_left_mb);  // the page tree, outline, info
  doc.info = extract::read_info(pdf);
  extract::NamedDestinations named(pdf);
  const extract::PageNumbers page_numbers(pdf);
  named.place(pdf, page_numbers);
  doc.outline = extract::read_outline(pdf, page_numbers, named);
  extract::StructureIndex structure;
  if (config.read_structure_tree) {
    extract::ensure_memory_for_poppler(config.min_memory_left_mb);
    structure = extract::read_structure(pdf, page_numbers, config.max_struct_nodes);
  }
  std::vector<extract::PageRead> reads =
      copies.read_pages(pdf, page_numbers, named, structure, in_order);
  if (!in_order && may_differ_from_one_thread(reads, repaired)) return std::nullopt;
  // Poppler's messages while reading the outline and structure tree go with page 1's.
  if (!reads.empty()) reads[0].errors.insert(reads[0].errors.begin(), errors.begin(), errors.end());
  if (std::none_of(reads.begin(), reads.end(),
                   [](const extract::PageRead& read) { return static_cast<bool>(read.failure); })) {
    extract::relink_across_pages(reads, config);  // needs every page: rectangles change pages
  }
  size_t word_count = 0;
  for (size_t i = 0; i < reads.size(); ++i) {
    extract::PageRead& read = reads[i];
    if (read.failure) std::rethrow_exception(read.failure);
    report_findings(read.diag, diag);
    report_errors(read.errors, static_cast<int>(i) + 1, config, seen, diag);
    word_count += read.page.words.size();
    doc.pages.push_back(std::move(read.page));
  }
  doc.structure = std::move(structure.nodes);
  if (word_count == 0) {
    return Result<Doc>(
        Status(StatusCode::kNoText, "no text layer (a scanned PDF?)", doc.source_path));
  }
  if (std::optional<std::string> unreadable = extract::unreadable_text(doc.pages, config)) {
    return Result<Doc>(Status(StatusCode::kNoText, *unreadable, doc.source_path));
  }
  return Result<Doc>(std::move(doc));
}

}  // namespace

Result<Doc> run_extract(Doc doc, const ExtractConfig& config, Diagnostics& diag) {
  const std::string where = doc.source_path;
  try {
    // For GlobalParams (made once) and opening the file.
    extract::ensure_memory_for_poppler(config.min_memory_left_mb);
    extract::init_poppler();
    // The reading out of order (and in parallel) is kept apart until it is known to stand.
    Diagnostics attempt;
    if (std::optional<Result<Doc>> read =
            extract_doc(doc, config, worker_count(config), /*in_order=*/false, attempt)) {
      report_findings(attempt, diag);
      return std::move(*read);
    }
    return *extract_doc(std::move(doc), config, 1, /*in_order=*/true, diag);
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
