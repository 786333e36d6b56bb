// The pieces of the extract stage, private to stages/extract: the stage itself is extract.cc.
#pragma once

#include <poppler/PDFDoc.h>
#include <poppler/TextOutputDev.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "stages/extract/extract_config.h"

class LinkAction;
class LinkDest;

namespace coi::extract {

class CaptureDevice;

/// How a page is displayed: the map from its user space to the model's top-left points (media
/// box, its rotation, 72 dpi), the current transformation matrix Poppler displays it with.
struct PageFrame {
  double ctm[6] = {};
  /// Maps user-space point (x, y) as GfxState::transform does.
  void to_page(double x, double y, double* px, double* py) const {
    *px = ctm[0] * x + ctm[2] * y + ctm[4];
    *py = ctm[1] * x + ctm[3] * y + ctm[5];
  }
};

/// Page numbers by page object, collected once: Catalog::findPage scans every page per call,
/// and outlines, links and structure elements each name their page by reference. With them each
/// page's frame, read on the first copy, where the walk has already made every page: a link on a
/// worker's copy is placed on its target page without that copy walking its tree to the target.
class PageNumbers {
 public:
  /// Collects the references of all pages of `doc`, and their frames.
  explicit PageNumbers(PDFDoc& doc);
  /// The 1-based number of the page object `ref`, or 0 when it is no page (as findPage).
  int find(Ref ref) const;
  /// The frame of page `number`, or null when it was not collected: the page tree broke before
  /// it, or the file is linearized (its pages are then made apart from the tree, on first use).
  const PageFrame* frame(int number) const;

 private:
  std::map<std::pair<int, int>, int> numbers_;
  std::vector<std::optional<PageFrame>> frames_;  // [number - 1]
};

/// Every named destination of the document (the catalog's Dests dictionary and its Dests name
/// tree), resolved once on the first copy before any page is read. Poppler keeps only the last
/// five object streams it parsed (XRef's objStrs cache): looking destinations up link by link
/// between pages, as each copy did, made each lookup parse the stream holding the destination
/// again and evict the page's own streams, so the next page parsed those again too (a 103-page
/// XeLaTeX note, every object compressed: 130 object stream parses, 716 M instructions, against
/// pdftotext's 8). Resolved in the order of their objects, each stream is parsed once.
class NamedDestinations {
 public:
  /// Where a named destination leads, and what Poppler said while resolving it.
  struct Target {
    int page = 0;                     ///< as LinkArea::dest_page
    double y = -1;                    ///< as LinkArea::dest_y
    std::vector<std::string> errors;  ///< Poppler's messages, said again at each use
  };
  /// Looks every named destination of `doc` up (PDFDoc::findDest); place puts them on their
  /// pages. Looked up before the page tree is walked (PageNumbers), the walk's object streams
  /// are the ones Poppler still holds when the pages are read.
  explicit NamedDestinations(PDFDoc& doc);
  ~NamedDestinations();
  NamedDestinations(const NamedDestinations&) = delete;
  NamedDestinations& operator=(const NamedDestinations&) = delete;
  /// Places each destination looked up as a link to it would be placed (place_destination), and
  /// says Poppler's messages about the trees; once, before find.
  void place(PDFDoc& doc, const PageNumbers& pages);
  /// The destination called `name`, or null for a name the document's trees do not list.
  const Target* find(const std::string& name) const;

 private:
  struct LookedUp {
    Target* target;
    std::unique_ptr<LinkDest> dest;
  };
  std::unordered_map<std::string, Target> targets_;
  std::vector<LookedUp> looked_up_;           // until place
  std::vector<std::string> document_errors_;  // Poppler's messages about the trees, until place
};

/// Words of the page last displayed on `dev`: Poppler's TextWords split into runs of characters
/// sharing one font and one link (size and baseline are already constant within a TextWord),
/// each with `link` set to the area of `links` covering most of it, if it covers enough.
/// `char_pos` gets, per word, the TextPage position of its first character; `cutting_links` the
/// links whose rectangle ends inside a word (between two letters or digits), once per cut;
/// `char_x` the left edge of every character, each word's from its `first_char` on; `fonts` the
/// names of the words' fonts (Page::fonts, which Word::font indexes).
std::vector<Word> page_words(CaptureDevice& dev, const std::vector<LinkArea>& links,
                             const ExtractConfig& config, std::vector<int>& char_pos,
                             std::vector<int>& cutting_links, std::vector<float>& char_x,
                             std::vector<std::string>& fonts);

/// A link whose rectangle realign_links moved: its index and how far down (points; up < 0).
struct Realigned {
  int link = -1;
  double dy = 0;
};

/// What realign_links did to a page's links.
struct Realignment {
  std::vector<Realigned> moved;
  /// When some moved: the links that fit their words neither where drawn nor at the page's
  /// distances. They split no word and claim none (they would take the moved ones' words).
  std::vector<int> unplaced;
};

/// Moves onto their words the links of the page last displayed on `dev` that the producer drew
/// a constant distance above or below them, where at least `link_shift_min_links` rectangles of
/// the page show that distance (link_realign.cc).
Realignment realign_links(TextOutputDev& dev, std::vector<LinkArea>& links,
                          const ExtractConfig& config);

/// Links not on their words: each link of `cutting_links` (page_words) and of
/// `realignment.unplaced`, and, on a page with one, each web link whose words do not span its
/// rectangle within `link_edge_tolerance` points (but for those realign_links moved, shown to
/// fit their words, and the pieces of a link wrapped over lines stacked on their text), is taken
/// off the words it covers and reported ("link-off-its-words", a
/// warning: the words' URL would be another's); a web link covering no word at all is reported
/// too ("link-covers-no-words", info); the links moved are reported once per page and distance
/// ("link-realigned", info). Returns the links off their words, in increasing order.
std::vector<int> check_link_placement(Page& page, const std::vector<int>& cutting_links,
                                      const Realignment& realignment,
                                      const ExtractConfig& config, Diagnostics& diag);

/// Links found cutting words (`cutting_links`, page_words) once the words were split again
/// without the links check_link_placement took off (`off_before`, sorted): a rectangle beside
/// one off its words can hide its own cut, its edge lying between two links until the other
/// is gone. Each, with the other pieces of its link (step 2a), is taken off the words it covers
/// and reported ("link-off-its-words"). Returns those links, in increasing order.
std::vector<int> take_off_hidden_cuts(Page& page, const std::vector<int>& cutting_links,
                                      const std::vector<int>& off_before, Diagnostics& diag);

/// The structure tree of a tagged PDF, flattened, with the way back from marked content.
struct StructureIndex {
  std::vector<StructNode> nodes;               ///< depth-first (the model's Doc::structure)
  std::vector<std::vector<int>> page_mcids;    ///< [page - 1][MCID] -> node index or -1
  /// The node owning MCID `mcid` on page `page` (1-based), or -1.
  int node_of(int page, int mcid) const;
};

/// Reads the structure tree (types resolved through the RoleMap); empty when the
/// document has none or it holds more than `max_nodes` elements.
StructureIndex read_structure(PDFDoc& doc, const PageNumbers& pages, int max_nodes);

/// The link annotations of page `number` (URIs, and GoTo targets resolved to page and y).
std::vector<LinkArea> page_links(PDFDoc& doc, const PageNumbers& pages,
                                 const NamedDestinations& named, int number);

/// The bookmarks, depth-first, with level 1 at the top.
std::vector<OutlineEntry> read_outline(PDFDoc& doc, const PageNumbers& pages,
                                       const NamedDestinations& named);

/// Fills `area`'s target page and y from `dest` (null or not ok: left as it is).
void place_destination(PDFDoc& doc, const PageNumbers& pages, const LinkDest* dest,
                       LinkArea& area);

/// The document information dictionary and the MarkInfo flag.
DocInfo read_info(PDFDoc& doc);

/// Width and height of page `number` as displayed (rotation applied), in points.
void page_size(PDFDoc& doc, int number, double* width, double* height);

}  // namespace coi::extract
