// Reading a note's pages on several threads at once. Pages are independent until the layout
// stage, so each worker reads whole pages with its own copy of the PDF open (Poppler's documents
// are not shared between threads), and the results come back in page order whatever the number
// of workers: the output is the same for 1 worker or 8. Private to stages/extract.
#pragma once

#include <atomic>
#include <exception>
#include <string>
#include <vector>

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "stages/extract/extract_config.h"
#include "stages/extract/extract_parts.h"

namespace coi::extract {

/// Set when Poppler rebuilt the cross-reference table of any copy of the PDF: each copy does so
/// when it first meets a broken object, at different pages, so what later pages read and what
/// Poppler complains about can differ from one copy read in page order.
using RepairFlag = std::atomic<bool>;

/// One page as a worker read it.
struct PageRead {
  Page page;
  Diagnostics diag;                 ///< findings about the page, in the order reported
  std::vector<std::string> errors;  ///< Poppler's messages while reading it
  std::exception_ptr failure;       ///< what reading it threw (the page is then empty)
};

/// Reads every page of `doc` (opened from `path` with `config.password`) on up to `workers`
/// threads: the calling thread with `doc`, each other with a copy it opens itself; the copies take
/// pages from the front, and the calling thread from the back, or, when `in_order` (with one
/// worker), from the front. Returns one PageRead per page, in page order. After a page fails, no
/// worker starts another page; in order, every page before the failed one is read. `margin_mb` is
/// the address space each worker's page needs left under the memory cap
/// (ensure_memory_for_poppler). A worker thread that cannot start (the memory cap leaves no room
/// for its stack) or cannot open its copy leaves its share to the others. Copies set `repaired`
/// when Poppler repairs them.
std::vector<PageRead> read_pages(PDFDoc& doc, const std::string& path, const PageNumbers& numbers,
                                 const NamedDestinations& named, const StructureIndex& structure,
                                 const ExtractConfig& config, int workers, int margin_mb,
                                 bool in_order, RepairFlag& repaired);

}  // namespace coi::extract
