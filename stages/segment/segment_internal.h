// Private types of the segment stage, shared by its files (never seen outside stages/segment/).
#pragma once

#include <cmath>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "pipeline/diagnostics.h"
#include "pipeline/model.h"
#include "stages/segment/segment_config.h"
#include "stages/text/inline_runs.h"

namespace coi::segment {

/// `v` rounded to a multiple of `step`, so nearby measurements fall into one bucket.
inline double round_to(double v, double step) { return std::round(v / step) * step; }

/// The value with the greatest weight, or `fallback` when there is none.
template <typename T>
T mode_of(const std::map<T, double>& weights, T fallback) {
  T best = fallback;
  double best_weight = 0;
  for (const auto& [value, weight] : weights) {
    if (weight > best_weight) best = value, best_weight = weight;
  }
  return best;
}

/// Typographic facts of the whole document, measured once from its body lines.
struct Metrics {
  double body_size = 0;  ///< font size of body text (pt): the layout stage's Doc::body_font_size
  double pitch = 0;      ///< usual baseline-to-baseline distance of body lines (pt)
  double right = 0;       ///< right edge of the text column (pt)
  double margin = 0;      ///< left margin (pt)
  /// Where most numbered paragraphs' text starts (pt), -1 when none is numbered: the left edge
  /// of the note's paragraphs, not of its quotations or list items.
  double text_left = -1;
  /// Where most numbered paragraphs' second lines start (pt), -1 when none wraps: under their
  /// text when the number hangs at the margin, back at the margin when a template prints it
  /// inline, a tab before the text.
  double numbered_wrap = -1;
  bool justified = false; ///< most body lines end at `right` (justified_share)
  /// The space the note sets between words, in font-size units: the median gap between words a
  /// space apart on body lines (SegmentConfig::space_width when there are none).
  double space = 0;
  /// Per page (index = page - 1): the lowest a line's bottom reaches on a full page (pt), i.e.
  /// the footnote area's top less the clearance full pages leave above it, or the text bottom
  /// of pages without footnotes. Empty when page_fill_percentile is negative.
  std::vector<double> floor;
  /// Per page (index = page - 1): the height (pt) of each note its footnote area opens, keyed by
  /// its number: from the top of the line opening it to the top of the line opening the next
  /// number, or to the area's last line's bottom (lines.cc, step 1d). Empty for a page without
  /// a footnote area, or whose area opens no note.
  std::vector<std::unordered_map<int, double>> note_heights;
  /// The note shows its typesetter leaving a paragraph's line alone at a page break, its
  /// sentence visibly running on (chunks.cc, step 0): widow control cannot be assumed.
  bool lone_lines = false;
  /// The note shows its typesetter leaving a page's foot empty where the line that opens the
  /// next page, its sentence visibly running on, would have fitted there with its notes
  /// (chunks.cc, step 0b): rule 5h cannot count on a line moving up with its notes.
  bool room_left_unfilled = false;
  /// Each word the note breaks at a line end between syllables (lines.cc, step 1c), keyed as
  /// printed whole ("Between"), with the narrowest first piece it prints ("Be‐", its hyphen
  /// included), in font-size units.
  std::unordered_map<std::string, double> broken_words;
};

/// How a line opens: with a paragraph number, a bullet or an ordered-list marker, or plainly.
struct LineStart {
  enum class Kind { kNone, kNumber, kBullet, kOrdered };
  Kind kind = Kind::kNone;
  std::string number;   ///< the paragraph number (kNumber)
  std::string marker;   ///< the first word as printed ("4.1.1", "iii.", "•")
  double marker_x = 0;  ///< left of the number or marker
  double marker_end = 0;  ///< right of the number or marker
  double text_x = 0;    ///< left of the first word of text after it
  /// Code points of the number when the PDF prints it with no gap before its text, so that both
  /// come out as one word ("6.1.10The": text_x is then the edge of "T" inside it); 0 otherwise.
  size_t glued = 0;
};

/// One line of the flow, with the facts the rules read.
struct SegLine {
  int page = 0;  ///< 1-based
  LineRole role = LineRole::kBody;
  std::vector<int> words;  ///< indices into the page's words, left to right
  Box box;
  double baseline = 0;
  double size = 0;
  bool bold = false;        ///< every non-raised word is bold
  std::string text;         ///< normalised words joined by single spaces
  double first_width = 0;   ///< width of the first word and what is glued to it, marks and all
                            ///< (the "would it have fitted" test)
  bool interrupted = false; ///< a page break, table or image lies between it and the line before
  bool after_block = false; ///< of those, a table or image (not only a page break)
  bool ends_sentence = false; ///< its last word (footnote marks aside) ends in . : ! or ?
  /// Its last word (footnote marks aside) is one no paragraph ends on: a lower-case word of
  /// running text ("in"), or a word ending in a comma or semicolon.
  bool ends_mid_sentence = false;
  /// Its last word (footnote marks aside) ends in a colon: it leads in to what follows ("...the
  /// 2024–2025 reform states:").
  bool leads_in = false;
  bool marked = false;        ///< carries a raised word (a footnote mark)
  /// The number each raised word prints, in order; -1 for one that is no number ("th", "*").
  std::vector<int> marks;
  /// Its first word is raised: a note's call the line break carried away from its word.
  bool opens_with_mark = false;
  /// Where the line's printed text ends: its box's right, or the right of the marks that close it
  /// when a line break put them on a line of their own below (layout step 7 joins them to it),
  /// which is then the paragraph's last printed line.
  double end = 0;
  /// The structure element owning the line when the document's tree is sound: its words' LI,
  /// else their block-level element (P, H2...); -1 when untagged or the tree is not trusted.
  int owner = -1;
  /// What its first word would open, gap aside (read_opening), read once for detect_start and the
  /// rescue of tight markers.
  LineStart opening;
  LineStart start;
};

enum class ChunkKind { kParagraph, kNumbered, kItem, kHeading, kBackToContents };

/// Consecutive lines that print one paragraph, heading, list item or quote.
struct Chunk {
  ChunkKind kind = ChunkKind::kParagraph;
  std::vector<int> lines;  ///< indices into the line stream
  bool bold = true;        ///< every line is bold
  int skip_words = 0;      ///< leading words of the first line that are a number or marker
  std::string number;      ///< heading or paragraph number
  int level = 0;           ///< heading level
  bool ordered = false;    ///< list item with an ordered marker
  bool restart = false;    ///< ordered marker that opens a sequence ("1.", "i.", "a)")
  double marker_x = 0;     ///< list item: left of its marker
  std::string text;        ///< plain text without the number or marker (for matching)
};

/// A block in the making: the block plus the lines its runs will be built from.
struct Draft {
  Block block;
  std::vector<TextLine> text;               ///< heading, paragraph, quote
  std::vector<std::vector<TextLine>> items; ///< list items
  std::string label;                        ///< heading: what an xref to it names
  int page = 0;                             ///< where it starts, for interleaving
  double y = 0;
};

// glued_numbers.cc
/// Cuts each paragraph number that opens its line glued to its text ("6.1.10The": the line's
/// start has `glued` code points) from that text in `doc`'s words and in the line, and brings
/// the note's count of its words (Doc::vocabulary) up to date.
void cut_glued_numbers(Doc& doc, std::vector<SegLine>& lines);

// lines.cc
/// Gives a start to lines whose number or ordered marker was followed by less than a tab-sized
/// gap, where the tab stop and the sequence show it is one (tight_markers.cc).
void rescue_tight_markers(std::vector<SegLine>& lines, const SegmentConfig& config);

std::vector<SegLine> collect_lines(const Doc& doc, const SegmentConfig& config, Metrics& metrics);

/// `word` without the punctuation that closes it ("tween," -> "tween"): as Metrics::broken_words
/// keys it.
std::string_view bare_word(std::string_view word);

/// Room the first word of `next` needs at the end of the line before it: the word, the note's
/// space (Metrics::space) and fit_slack ("would it have fitted there?").
double fit_width(const SegLine& next, const Metrics& metrics, const SegmentConfig& config);

// chunks.cc
/// Whether the note's typesetter leaves a paragraph's first or last line alone on a page, which
/// Word's widow control never does: somewhere a lone line at a page break visibly runs on
/// (chunks.cc, step 0). Sets nothing; the caller records it in Metrics::lone_lines.
bool leaves_lone_lines(const std::vector<SegLine>& lines, const Metrics& metrics,
                       const SegmentConfig& config);
/// Whether the note's typesetter leaves room unfilled at a page's foot (chunks.cc, step 0b).
/// Sets nothing; the caller records it in Metrics::room_left_unfilled.
bool leaves_room_unfilled(const std::vector<SegLine>& lines, const Metrics& metrics,
                          const SegmentConfig& config);

/// Cuts the flow into chunks (one per printed paragraph, heading, item...); where a sound tree's
/// elements decide a break against the layout's view, reports the layout's view.
std::vector<Chunk> split_chunks(const std::vector<SegLine>& lines, const Metrics& metrics,
                                const SegmentConfig& config, Diagnostics& diag);

// headings.cc
/// Decides headings (with parts and levels), numbered paragraphs and list items.
void classify_chunks(const Doc& doc, const std::vector<SegLine>& lines, const Metrics& metrics,
                     const SegmentConfig& config, std::vector<Chunk>& chunks, Diagnostics& diag);

// assemble.cc
/// Chunks -> drafts: lists gathered with nesting, quotes, back-to-contents.
std::vector<Draft> assemble(const std::vector<SegLine>& lines, const std::vector<Chunk>& chunks,
                            const Metrics& metrics, const SegmentConfig& config);
/// One figure draft per placed image of the body (not the cover, not decorations).
std::vector<Draft> figure_drafts(const Doc& doc, const SegmentConfig& config);

// finish.cc
/// Inline runs (with cross-references resolved to headings), parts, interleaving with `others`,
/// the blocks other stages placed (moved out of `doc`: nothing here reads doc.blocks), and
/// stable IDs.
std::vector<Block> finish_blocks(const Doc& doc, std::vector<Block> others,
                                 std::vector<Draft> drafts, const Metrics& metrics,
                                 const SegmentConfig& config, Diagnostics& diag);

/// Lower-case ASCII slug of `text` ("Sources cited" -> "sources-cited").
std::string slugify(const std::string& text);

}  // namespace coi::segment
