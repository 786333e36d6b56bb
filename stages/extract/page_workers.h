// Reading a note's pages on several threads at once. Pages are independent until the layout
// stage, so each worker reads whole pages with its own copy of the PDF open (Poppler's documents
// are not shared between threads), and the results come back in page order whatever the number
// of workers: the output is the same for 1 worker or 8. Private to stages/extract.
#pragma once

#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
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

struct Job;

/// The threads that read pages on copies of the PDF beside the calling thread's copy. They start
/// as soon as that first copy is open and each opens its own copy at once, so the opening (Poppler
/// parses the whole cross-reference table again: 40 M instructions on a tagged note of 13,666
/// objects) runs while the first copy reads the document's information, names, page tree and
/// structure tree; then they wait for read_pages to hand them pages. Poppler's messages while a
/// copy opens were reported when the first copy opened and are dropped.
class PageWorkers {
 public:
  /// Starts min(`workers`, `pages`) - 1 threads, each opening its copy of the PDF at `path` with
  /// `config.password` (a note that needs one worker starts none). `margin_mb` is the address
  /// space each worker's page needs left under the memory cap (ensure_memory_for_poppler). A
  /// thread that cannot start (the memory cap leaves no room for its stack) or cannot open its
  /// copy leaves its share to the others. Copies set `repaired` when Poppler repairs them.
  PageWorkers(std::string path, const ExtractConfig& config, int workers, int pages, int margin_mb,
              RepairFlag& repaired);
  /// Tells the threads that no pages will come (when the first copy failed before read_pages) and
  /// joins them: none outlives the reading, whatever ended it.
  ~PageWorkers();
  PageWorkers(const PageWorkers&) = delete;
  PageWorkers& operator=(const PageWorkers&) = delete;

  /// Reads every page of `doc`, the first copy, on the calling thread and on the copies; the
  /// copies take pages from the front, and the calling thread from the back, or, when `in_order`
  /// (with one worker), from the front. Returns one PageRead per page, in page order, with the
  /// threads joined. After a page fails, no worker starts another page; in order, every page
  /// before the failed one is read. Once only.
  std::vector<PageRead> read_pages(PDFDoc& doc, const PageNumbers& numbers,
                                   const NamedDestinations& named,
                                   const StructureIndex& structure, bool in_order);

 private:
  void work_on_copy();
  void join();

  const std::string path_;
  const ExtractConfig& config_;
  const int margin_mb_;
  RepairFlag& repaired_;
  std::mutex mutex_;                // guards job_ and abandoned_
  std::condition_variable handed_;  // job_ set or abandoned_
  Job* job_ = nullptr;
  bool abandoned_ = false;
  std::vector<std::jthread> threads_;  // last: joined before the members above go
};

}  // namespace coi::extract
