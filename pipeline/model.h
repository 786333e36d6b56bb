// The document model: the one thing every stage shares.
//
// A Doc travels through the stage list (stages/stage_list.cc). Each stage reads what the
// stages before it filled in and adds its own layer:
//
//   extract   -> info, pages[].words / rules / links / images, outline, structure (tagged PDFs)
//   layout    -> pages[].lines (reading order, each with a LineRole), body_font_size, toc
//   tables    -> table regions: their lines get LineRole::kTable; one Table block per logical
//                table is appended to blocks (with its Places)
//   segment   -> blocks (headings, paragraphs, lists, quotes, figures, back-to-contents), built
//                from kBody lines and interleaved with the blocks already present (tables) by
//                position (page, then y), so a paragraph cut by a table is still one block
//   footnotes -> footnotes (from LineRole::kFootnote lines), marks checked against them
//   bibliography -> sources (from the Bibliography part)
//   resolve   -> footnotes[].source_id / method / confidence
//   structure -> compares the layout's blocks and footnotes with the structure tree: signal,
//                heading levels, diagnostics (nothing on untagged PDFs)
//   metadata  -> meta
//   emit_*    -> files (emitters only walk the finished model)
//
// Findings (warnings, info) are not part of the Doc: stages report them to Diagnostics
// (pipeline/diagnostics.h), the one place a run keeps them, and the emitters write them beside
// the model. The names every output gives the enums below are in pipeline/model_names.h, and a
// table's grid positions (spans laid out) come from pipeline/table_grid.h.
//
// Conventions: plain structs in vectors; cross-references are typed values (footnote numbers,
// source IDs, block IDs), never pointers. Coordinates are PDF points with the origin at the
// TOP-LEFT of the page and y growing downwards (Poppler's text coordinates). Pages are numbered
// from 1. All text is UTF-8, NFC-normalised from the segment stage on.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pipeline/doc_memo.h"

namespace coi {

/// Version of the JSON form of this model (pipeline/model_json.cc); bumped on any breaking change.
inline constexpr int kModelFormatVersion = 1;

/// An axis-aligned rectangle in PDF points, top-left origin.
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  double centre_x() const { return (x0 + x1) / 2; }
  double centre_y() const { return (y0 + y1) / 2; }
  bool empty() const { return x1 <= x0 || y1 <= y0; }
  /// True when the point lies in the box or on its edge.
  bool contains(double x, double y) const { return x >= x0 && x <= x1 && y >= y0 && y <= y1; }
};

/// Smallest box holding both.
Box unite(const Box& a, const Box& b);
/// Area of the overlap of two boxes (0 when disjoint).
double overlap_area(const Box& a, const Box& b);

/// Provenance: where on which page something was printed.
struct Place {
  int page = 0;  ///< 1-based page number
  Box box;
};
using Places = std::vector<Place>;

/// Adds `box` on `page` to `places`, merging with the last entry when it is the same page.
void add_place(Places& places, int page, const Box& box);

// ---------------------------------------------------------------------------------------------
// Extraction layer (filled by stages/extract).

/// One word as Poppler's text extraction gives it, with its font facts.
struct Word {
  std::string text;  ///< UTF-8 as extracted (ligatures and soft hyphens still present)
  Box box;
  double baseline = 0;   ///< y of the baseline
  double font_size = 0;  ///< in points
  int font = -1;         ///< index into Page::fonts of its font's name; -1 when unknown
  bool bold = false;
  bool italic = false;
  bool space_after = false;  ///< the PDF puts a space between this word and the next
  int link = -1;             ///< index into Page::links of the annotation covering it, or -1
  bool raised = false;       ///< superscript: smaller and above its line's baseline (layout)
  int struct_node = -1;      ///< index into Doc::structure of the tagged-PDF element whose
                             ///< marked content holds it; -1 when untagged or page furniture
  int first_char = -1;       ///< Page::char_x index of its first character's left edge (its k-th
                             ///< code point starts at char_x[first_char + k]); -1 when unknown
};

/// A stroked or filled line/rectangle from the page's vector graphics (table borders,
/// the footnote separator). Thin in one dimension for rules; cell fills are kept too.
struct Rule {
  Box box;
  bool filled = false;  ///< from a fill (a thin rectangle) rather than a stroke
};

/// A link annotation: an external URI, or an internal destination (page and y).
struct LinkArea {
  Box box;
  std::string uri;       ///< external target; empty for internal links
  int dest_page = 0;     ///< internal target page (1-based), 0 when external or unresolved
  double dest_y = -1;    ///< internal target y (top-left origin), -1 when unknown
  std::string dest_name; ///< named destination, when the link used one
};

/// The role a line plays on its page (decided by the layout stage).
enum class LineRole {
  kBody,            ///< main text flow
  kHeader,          ///< running header
  kFooter,          ///< running footer ("Page 12 of 100" and whatever sits with it)
  kBackToContents,  ///< the "Back to Contents" link line
  kCover,           ///< cover page text
  kContents,        ///< an entry of the contents list
  kFootnote,        ///< inside the page-bottom footnote area
  kTable,           ///< inside a table region (claimed by the tables stage)
};

/// A line of text: words sharing a baseline, left to right.
struct Line {
  std::vector<int> words;  ///< indices into Page::words, left to right
  Box box;
  double baseline = 0;
  double font_size = 0;  ///< dominant (most characters) font size of the line
  LineRole role = LineRole::kBody;
};

/// One page of the PDF.
struct Page {
  int number = 0;  ///< 1-based
  double width = 0, height = 0;
  std::vector<Word> words;
  /// The names of its words' fonts without subset prefix, e.g. "LiberationSans-Bold", each once:
  /// a page has a handful, and a name held by every word was a string allocated per word where
  /// it outgrows the inline buffer (XeLaTeX's "TeXGyreHeros-Regular-Identity-H").
  std::vector<std::string> fonts;
  /// Left edge of every extracted character, word after word (Word::first_char): a word Poppler
  /// glued across a table's column border is cut where the next column's text starts.
  std::vector<float> char_x;
  std::vector<Rule> rules;
  std::vector<LinkArea> links;
  std::vector<Box> images;  ///< placed images (figures)
  std::vector<Line> lines;  ///< in reading order (layout)
  double footnote_top = -1; ///< y where the footnote area starts, -1 when the page has none

  /// True when y lies above the footnote area (every y does on a page that has none).
  bool above_footnotes(double y) const { return footnote_top < 0 || y < footnote_top; }
  /// Where the body ends: the footnote area's top, or a point past the page's foot when the page
  /// has no footnote area, so that every y on the page lies above it.
  double body_bottom() const { return footnote_top >= 0 ? footnote_top : height + 1; }
};

/// The index of font `name` in a page's `fonts` (Page::fonts), added at the end when new.
int font_index(std::vector<std::string>& fonts, const std::string& name);

/// A bookmark of the PDF outline.
struct OutlineEntry {
  std::string title;
  int level = 1;
  int page = 0;
  double y = -1;
};

/// One element of a tagged PDF's structure tree (extract). Doc::structure holds them in the
/// tree's depth-first order, which is the logical reading order the producer wrote.
struct StructNode {
  std::string type;        ///< standard type after the RoleMap: "H2", "P", "LI", "TH", "Note"...
  int parent = -1;         ///< index into Doc::structure; -1 for children of the tree root
  std::vector<int> pages;  ///< pages holding its own marked content, ascending, no repeats
  std::string alt;         ///< Figure: its /Alt (alternative text) as written; empty when none
};

/// Document information and facts about the file.
struct DocInfo {
  std::string title, author, subject, creator, producer, created, modified;
  int page_count = 0;
  bool tagged = false;  ///< the PDF declares itself tagged (MarkInfo /Marked true)
};

// ---------------------------------------------------------------------------------------------
// Semantic layer (segment and later).

/// Kinds of inline run, as in the note model (docs/MODEL.md).
enum class InlineKind { kText, kStrong, kLink, kXref, kFootnoteRef };

/// One inline run of a paragraph, item, cell, heading or footnote.
struct Inline {
  InlineKind kind = InlineKind::kText;
  std::string text;    ///< text, strong, link, xref: the printed text
  std::string url;     ///< link: the external URL
  std::string target;  ///< xref: the target heading's number, or its text where it has none
  int footnote = 0;    ///< footnote ref: the footnote number
};
using Inlines = std::vector<Inline>;

/// Plain text of runs (footnote refs omitted).
std::string plain_text(const Inlines& inlines);

/// A parsed cell value: the text as printed stays in the cell's inlines.
struct TypedValue {
  /// What the text means as a value. kNone: no value (words, codes, dates); a column of such
  /// cells is a text column, hence kNone's name "text" (pipeline/model_names.h).
  enum class Type { kNone, kInteger, kDecimal, kPercent, kCurrency, kRange, kMissing };
  Type type = Type::kNone;
  double value = 0;       ///< integer/decimal/percent/currency: the number; range: low end
  double high = 0;        ///< range: high end
  std::string unit;       ///< currency symbol or code ("€", "£"), "%" for percent ranges
  bool marked = false;    ///< the number carried a mark such as "*" ("65*")
};

/// A table cell. Cells covered by another cell's span are absent from their row.
struct Cell {
  Inlines inlines;
  int colspan = 1;
  int rowspan = 1;
  bool header = false;
  TypedValue value;
  Places where;
};

/// One logical table (possibly printed over several pages).
struct Table {
  int header_rows = 0;
  std::vector<std::vector<Cell>> rows;
  std::vector<TypedValue::Type> column_types;  ///< inferred value type per grid column
};

/// An entry of the contents list, as printed.
struct TocEntry {
  std::string text;
  std::string number;  ///< "4", "5.1" or empty
  int page = 0;
  int level = 1;
};

/// A list item; `level` 1 for top-level bullets, 2 for nested ones.
struct ListItem {
  Inlines inlines;
  int level = 1;
  Places where;
};

enum class BlockKind { kHeading, kParagraph, kList, kQuote, kTable, kFigure, kBackToContents, kToc };

/// Which evidence decided a block: the page layout or the PDF's structure tree.
enum class Signal { kLayout, kStructTree };

/// A block of the body in reading order. Fields beyond the common ones are used per kind.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string id;      ///< stable ID (from the number where there is one)
  std::string part;    ///< top-level part slug: "executive-summary", "country-information"...
  int level = 0;       ///< heading: 1 part, 2 section, 3 subsection, 4 named sub-subsection
  std::string number;  ///< heading or paragraph number ("4", "5.1", "4.1.1"); empty if none
  Inlines inlines;     ///< heading, paragraph, quote
  bool ordered = false;          ///< list
  std::vector<ListItem> items;   ///< list
  Table table;                   ///< table
  std::string alt;               ///< figure: short description
  std::vector<TocEntry> toc;     ///< toc
  Places where;
  Signal signal = Signal::kLayout;
};

/// How the resolve stage decided which source a footnote cites.
enum class ResolveMethod {
  kNone,        ///< nothing matched (or not resolved yet)
  kUrl,         ///< normalised URLs equal
  kAliasTitle,  ///< title equal, and the publisher or an alias of it
  kTitle,       ///< title alone (long titles only)
  kAliasFuzzy,  ///< most words shared, same publisher
  kAmbiguous,   ///< several sources matched; none was chosen
};

/// A page-bottom footnote.
struct Footnote {
  int number = 0;
  Inlines inlines;
  Places where;
  std::string source_id;   ///< resolved bibliography source, empty when unresolved
  ResolveMethod method = ResolveMethod::kNone;  ///< how source_id was decided
  double confidence = 0;   ///< 0..1
  std::vector<std::string> cited_by;  ///< IDs of the blocks whose marks point here
  Signal signal = Signal::kLayout;    ///< kStructTree when a Note element confirms it (structure)
};

/// The two lists of a note's bibliography.
enum class SourceList {
  kCited,      ///< "Sources cited"
  kConsulted,  ///< "Sources consulted but not cited"
};

/// A bibliography entry.
struct Source {
  std::string id;      ///< stable across versions: derived from the normalised URL, else text
  SourceList list = SourceList::kCited;  ///< the list it is printed in
  std::string group;   ///< publisher line the entry is printed under (or its own author prefix)
  std::string author;
  std::string title;
  std::string url;
  std::string detail;  ///< parenthetical after the title, e.g. "(page 7)"
  std::string date;    ///< publication date as printed ("no date", "updated 5 Nov 2025")
  std::string accessed;
  Inlines inlines;     ///< the entry as printed
  Places where;
};

/// Facts about the note itself.
struct Meta {
  std::string kind, title, country, publisher, version, date, valid_from, cutoff;
};

/// An emitter's output ("xml", "json"), held in memory until the CLI writes it atomically.
struct Rendering {
  std::string format;
  std::string text;
};

/// The whole note.
class Vocabulary;  // pipeline/vocabulary.h

struct Doc {
  std::string source_name;  ///< file name the note came from (no directories)
  DocInfo info;
  std::vector<Page> pages;
  /// Font size of the body text (pt): the line font size carrying the most characters, measured
  /// once by the layout stage and read by every later stage; 0 before layout or without text.
  double body_font_size = 0;
  std::vector<OutlineEntry> outline;
  /// The structure tree; empty when the PDF is untagged. Read by the extract stage and not
  /// changed after (what segment and structure work out from it is made once: memo).
  std::vector<StructNode> structure;
  Meta meta;
  std::vector<Block> blocks;
  std::vector<Footnote> footnotes;
  std::vector<Source> sources;
  std::vector<Rendering> renderings;
  std::string source_path;  ///< path the extract stage opens (not emitted)
  /// The words of running text counted (pipeline/vocabulary.h), the evidence for line-end
  /// hyphens: counted by the tables stage, which brings its count up to date once it has cut
  /// the last words (no later stage changes a word; the validator checks it), and read by
  /// segment and footnotes. Null before tables (segment then counts) and in a model read from
  /// JSON (not emitted).
  std::shared_ptr<const Vocabulary> vocabulary;
  /// What stages work out from the model and share, made by the first to ask
  /// (pipeline/doc_memo.h). Not emitted.
  DocMemo memo;
};

}  // namespace coi
