#include "stages/extract/page_workers.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

#include "pipeline/thread_heap.h"
#include "stages/extract/capture_device.h"
#include "stages/extract/page_bounds.h"
#include "stages/extract/poppler_session.h"

namespace coi::extract {

namespace {

// Interprets page `number` once and fills its words, rules, images and links; on a tagged PDF
// each word also gets the structure element its marked content belongs to. What lies off the
// page is left out (page_bounds.h).
Page read_page(PDFDoc& doc, const PageNumbers& pages, const NamedDestinations& named, int number,
               CaptureDevice& device, const StructureIndex& structure, const ExtractConfig& config,
               Diagnostics& diag) {
  Page page;
  page.number = number;
  page_size(doc, number, &page.width, &page.height);
  doc.displayPage(&device, number, 72, 72, 0, /*useMediaBox=*/true, /*crop=*/false,
                  /*printing=*/false);
  page.links = page_links(doc, pages, named, number);
  std::vector<int> char_pos, cutting_links;
  page.words =
      page_words(device, page.links, config, char_pos, cutting_links, page.char_x, page.fonts);
  // Words are split again where rectangles moved, and without the rectangles found off their
  // words: those split no word.
  const auto split_again = [&](const std::vector<int>& off) {
    std::vector<LinkArea> placed = page.links;
    for (int l : off) placed[static_cast<size_t>(l)].box = Box{};
    char_pos.clear();
    cutting_links.clear();
    page.char_x.clear();
    page.fonts.clear();
    page.words =
        page_words(device, placed, config, char_pos, cutting_links, page.char_x, page.fonts);
  };
  Realignment realignment;
  if (!cutting_links.empty()) {
    realignment = realign_links(device, page.links, config);
    if (!realignment.moved.empty()) split_again(realignment.unplaced);
  }
  std::vector<int> off =
      check_link_placement(page, cutting_links, realignment, config, diag);
  if (!off.empty()) split_again(off);
  // Two footnote marks' rectangles of another pagination overlapping on "2019": the first cuts
  // "2" | "0", the second's edge "1" | "9" lies between two links, no cut, until the first is
  // off.
  while (!off.empty() && !cutting_links.empty()) {
    const std::vector<int> hidden = take_off_hidden_cuts(page, cutting_links, off, diag);
    if (hidden.empty()) break;  // none new: the links off split no word, so never so
    off.insert(off.end(), hidden.begin(), hidden.end());
    std::sort(off.begin(), off.end());
    split_again(off);
  }
  if (!structure.nodes.empty()) {
    for (size_t i = 0; i < page.words.size(); ++i) {
      page.words[i].struct_node = structure.node_of(number, device.mcid_at(char_pos[i]));
    }
  }
  page.rules = std::move(device.rules());
  page.images = std::move(device.images());
  if (const int dropped = keep_inside_page(page); dropped > 0) {
    diag.warn("off-page-text",
              std::to_string(dropped) + " words lie outside the page and were left out", number);
  }
  return page;
}

// Which end of the pages not yet taken a worker takes from.
enum class End { kFront, kBack };

}  // namespace

// What the workers share while reading pages: the read-only inputs, the pages not yet taken, and
// the results.
struct Job {
  const PageNumbers& numbers;
  const NamedDestinations& named;
  const StructureIndex& structure;
  const ExtractConfig& config;
  int margin_mb;
  std::vector<PageRead> reads;
  std::atomic<bool> failed{false};
  std::mutex mutex{};  // guards front and back
  int front = 1;       // the pages not yet taken are front..back
  int back = static_cast<int>(reads.size());

  // The next page from `end`, or 0 when none is left.
  int take(End end) {
    const std::lock_guard<std::mutex> lock(mutex);
    if (front > back) return 0;
    return end == End::kFront ? front++ : back--;
  }
};

namespace {

// Takes pages from `end` until none is left or one has failed. Alone at the front, a worker
// takes the pages in order, so when page k fails every page before k has been read.
void take_pages(Job& job, PDFDoc& doc, End end) {
  std::unique_ptr<CaptureDevice> tagged_or_not =
      job.structure.nodes.empty() ? std::make_unique<CaptureDevice>(job.config)
                                  : std::make_unique<TaggedCaptureDevice>(job.config);
  CaptureDevice& device = *tagged_or_not;
  for (int n = job.take(end); n > 0 && !job.failed; n = job.take(end)) {
    PageRead& read = job.reads[static_cast<size_t>(n - 1)];
    ErrorScope scope(&read.errors);
    try {
      ensure_memory_for_poppler(job.margin_mb);
      read.page = read_page(doc, job.numbers, job.named, n, device, job.structure, job.config,
                            read.diag);
    } catch (...) {
      read.failure = std::current_exception();
      job.failed = true;
    }
  }
}

}  // namespace

PageWorkers::PageWorkers(std::string path, const ExtractConfig& config, int workers, int pages,
                         int margin_mb, RepairFlag& repaired)
    : path_(std::move(path)), config_(config), margin_mb_(margin_mb), repaired_(repaired) {
  const int threads = std::min(workers, pages) - 1;
  threads_.reserve(static_cast<size_t>(std::max(threads, 0)));
  for (int i = 0; i < threads; ++i) {
    try {
      threads_.emplace_back([this] { work_on_copy(); });
    } catch (const std::system_error&) {
      break;  // no room for another thread under the memory cap: fewer workers
    }
  }
}

PageWorkers::~PageWorkers() {
  {
    // Notified under the lock, as helgrind asks, so that no checker takes the wake-up for a race.
    const std::lock_guard<std::mutex> lock(mutex_);
    abandoned_ = true;
    handed_.notify_all();
  }
  join();
}

void PageWorkers::join() { threads_.clear(); }

// A worker thread: opens its own copy of the PDF (its messages were reported when the first copy
// opened), waits for the pages, then takes them like the calling thread. The copy is opened,
// read and closed on this thread alone.
void PageWorkers::work_on_copy() {
  advise_thread_heap();  // before this thread's arena takes its first page
  try {
    std::vector<std::string> opening;
    ErrorScope scope(&opening);
    ensure_memory_for_poppler(margin_mb_);
    Result<std::unique_ptr<PDFDoc>> copy =
        open_pdf(path_, config_.password, opening, [this] { repaired_ = true; });
    if (!copy.is_ok()) return;
    std::unique_lock<std::mutex> lock(mutex_);
    handed_.wait(lock, [this] { return job_ != nullptr || abandoned_; });
    if (!job_) return;
    Job& job = *job_;
    lock.unlock();
    take_pages(job, *copy.value(), End::kFront);
  } catch (...) {
    // Out of memory before its first page (take_pages keeps what a page throws): the other
    // workers read the pages. Nothing may escape a thread.
  }
}

std::vector<PageRead> PageWorkers::read_pages(PDFDoc& doc, const PageNumbers& numbers,
                                              const NamedDestinations& named,
                                              const StructureIndex& structure, bool in_order) {
  Job job{numbers, named, structure, config_, margin_mb_,
          std::vector<PageRead>(static_cast<size_t>(doc.getNumPages()))};
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    job_ = &job;
    handed_.notify_all();
  }
  // The copies walk their page trees as they go, from the front. `doc`'s tree was walked whole
  // before the pages (PageNumbers), so the object streams Poppler still holds for it are those
  // of the last pages (XRef keeps five): unless asked for page order, `doc` reads from the back,
  // and each stream is parsed again at most once, not once more per stream as from the front
  // after a whole walk.
  const End end = in_order ? End::kFront : End::kBack;
  try {
    take_pages(job, doc, end);
  } catch (...) {
    job.failed = true;  // the copies stop after their page, and are joined before `job` goes
    join();
    throw;
  }
  join();
  return std::move(job.reads);
}

}  // namespace coi::extract
