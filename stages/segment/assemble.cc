// From classified chunks to drafts of blocks: lists with their nesting, item paragraphs, quotes.
//
// Step 1: list items gather into one list while they follow each other; a different kind of
//         marker (bullet after numbers) starts a new list unless it is indented deeper than the
//         list's first marker (a nested level); so does a first ordered marker ("1.", "i.") at
//         the first level. An item's level is the depth of its marker's indent among the
//         list's open indents: right of the previous item's marker (by more than
//         indent_tolerance) one level deeper, back at an open indent that level again (so three
//         indents are levels 1, 2 and 3, as Word nests them).
// Step 2: a plain chunk that follows an item and starts at (or right of) the item's text indent
//         is a second paragraph of that item: one item, the paragraphs joined by a space.
// Step 3: a plain chunk of two or more lines indented by quote_indent past the text around it
//         (the last paragraph's or heading's text edge) and by quote_min_indent short of the
//         column's right edge is a quote. One-line chunks never are: with one line the right side cannot be
//         told, and an indented one-liner (a bibliography entry under its publisher) is common.
//         A numbered paragraph's text edge is where its lines after the first start: under its
//         text when the number hangs at the margin, back at the margin when a template prints
//         the number inline, a tab before the text (a one-line paragraph: where most of the
//         note's numbered paragraphs wrap to). Its first line's text start would put a quote 1 cm
//         in from the margin, after a number inline with a tab to 1.5 cm, left of the text.
//         Lines that merely end short do not show a right indent either: Word wraps a line
//         early when the next word is long. Some line must have left room in the full column
//         for the next line's first word (fit_width): only a right indent made Word wrap there.
//         An entry indented under its publisher ("The service of ... Accessed: 27" / "November
//         2025") wraps at the column edge, so it stays a paragraph. In a justified note (TeX's
//         default) every line but a paragraph's last fills its measure, so a first line ending
//         short of the column shows the right indent however long the next word is. The
//         right indent asked is less than the left's: the column is where
//         the note's lines end, inside the page's text edge in a ragged note, and a template's
//         right indent is a length, Word's Quote style's 0.63 cm under 1.5 times a 12 pt body
//         (XeLaTeX seed 1730, justified, its annex quotes 17.9 pt short of the column).
// Step 3b: a note sets all its quotes at one indent. A plain chunk whose lines all start at one
//         indent, by quote_min_indent or more past the text around it, and end short of the
//         column by as much, is a quote when a quote found by step 3 sits at the same indent
//         (within indent_tolerance), past the text around each or from the margin (a quote style's
//         indent is the margin's: a quote after a paragraph at the margin and one after a
//         numbered paragraph's text start at one x): a one-line quote, and a quote whose right
//         indent is narrower than the words that wrap in it (WeasyPrint's 1 cm). Such a chunk
//         does not move the text edge the next chunks are measured from, quote or not: a
//         paragraph at the body's edge moves it back. With that evidence the indent asked is
//         quote_min_indent, less than step 3's: a template's quote indent is a length (Word's
//         Quote style 0.63 cm, 17.9 pt, under 1.5 times a 12 pt body), and a ragged note's
//         column, where its longest lines end, lies a point or two inside the page's text edge
//         (XeLaTeX seed 1758, 12 pt: none of its eleven quotes was one; LibreOffice seed 1728: a
//         quote's line 16 pt short of the column).
// Step 3c: a note none of whose quotes step 3 shows (a lone quote, its right indent narrower
//         than the words that wrap in it: Word's and LibreOffice's 1 cm against 12 pt words such
//         as "highlighted") has no quote indent to compare with. There, a chunk indented like a
//         quote (3b) past the text of the numbered paragraphs around it is a quote: in a note's
//         body nothing else sets every line of a plain chunk one indent past that text and ends
//         each short of the column by as much (list items carry markers, a numbered paragraph's
//         own paragraphs start at its text). Not past other text: a bibliography entry under
//         its publisher, the lines under it indented from the margin, wraps as short when its
//         next word is long ("Last accessed: 9" / "September 2025"). LibreOffice, seeds 1531
//         (12 pt) and 925 (11 pt): each note's one quote was a paragraph.
// Step 4: every draft keeps the word lines its runs will be built from (numbers and markers
//         dropped) and one Place per page it spans.
//
//   3.1.1 ⇥ This note must be read together with:     paragraph 3.1.1
//           • ⇥ Inadmissibility: safe third country    list item, level 1
//               o ⇥ Medical claims under Articles ...  list item, level 2
//           Considering ...                            plain, left of item text: new paragraph
#include <algorithm>
#include <cmath>
#include <utility>

#include "stages/segment/segment_internal.h"

namespace coi::segment {

namespace {

std::vector<TextLine> text_lines(const std::vector<SegLine>& lines, const Chunk& chunk) {
  std::vector<TextLine> out;
  out.reserve(chunk.lines.size());
  for (size_t k = 0; k < chunk.lines.size(); ++k) {
    const SegLine& line = lines[chunk.lines[k]];
    TextLine text;
    const size_t skip = k == 0 ? static_cast<size_t>(chunk.skip_words) : 0;
    if (skip < line.words.size()) text.reserve(line.words.size() - skip);  // one allocation a line
    for (size_t w = skip; w < line.words.size(); ++w) text.push_back(WordRef{line.page, line.words[w]});
    if (!text.empty()) out.push_back(std::move(text));
  }
  return out;
}

void add_places(const std::vector<SegLine>& lines, const Chunk& chunk, Places& where) {
  for (int i : chunk.lines) add_place(where, lines[i].page, lines[i].box);
}

double text_left(const SegLine& first) {
  return first.start.kind != LineStart::Kind::kNone ? first.start.text_x : first.box.x0;
}

class Assembler {
 public:
  Assembler(const std::vector<SegLine>& lines, const Metrics& metrics, const SegmentConfig& config)
      : lines_(lines), metrics_(metrics), config_(config), context_left_(metrics.margin) {}

  void add(const Chunk& chunk) {
    const SegLine& first = lines_[chunk.lines.front()];
    switch (chunk.kind) {
      case ChunkKind::kItem:
        add_item(chunk);
        return;
      case ChunkKind::kParagraph:
        if (continues_item(chunk)) {
          add_places(lines_, chunk, list_.block.items.back().where);
          for (TextLine& t : text_lines(lines_, chunk)) list_.items.back().push_back(std::move(t));
          return;
        }
        break;
      default:
        break;
    }
    close_list();
    Draft draft = start(chunk);
    if (chunk.kind == ChunkKind::kBackToContents) {
      draft.block.kind = BlockKind::kBackToContents;
    } else if (chunk.kind == ChunkKind::kHeading) {
      draft.block.kind = BlockKind::kHeading;
      draft.block.level = chunk.level;
      draft.block.number = chunk.number;
      draft.label = chunk.number.empty() ? chunk.text : chunk.number;
      context_left_ = text_left(first);
    } else if (chunk.kind == ChunkKind::kNumbered) {
      draft.block.number = chunk.number;
      context_left_ = numbered_text_edge(chunk);
      numbered_left_ = context_left_;
    } else if (is_quote(chunk)) {
      draft.block.kind = BlockKind::kQuote;
      quotes_.push_back({drafts_.size(), first.box.x0 - context_left_, first.box.x0});
    } else if (indented_like_a_quote(chunk)) {
      maybe_quotes_.push_back({drafts_.size(), first.box.x0 - context_left_, first.box.x0,
                               std::fabs(context_left_ - numbered_left_) <= tolerance()});
    } else {
      context_left_ = first.box.x0;
    }
    draft.text = text_lines(lines_, chunk);
    add_places(lines_, chunk, draft.block.where);
    drafts_.push_back(std::move(draft));
  }

  std::vector<Draft> finish() {
    close_list();
    // Step 3b: the note's own quotes show its quote indent, past the text around them or from
    // the margin.
    for (const Indented& maybe : maybe_quotes_) {
      const bool known = std::any_of(quotes_.begin(), quotes_.end(), [&](const Indented& quote) {
        return std::fabs(quote.indent - maybe.indent) <= tolerance() ||
               std::fabs(quote.left - maybe.left) <= tolerance();
      });
      // Step 3c: with no quote to compare with, the numbered paragraphs' text is the evidence.
      const bool alone = quotes_.empty() && maybe.past_numbered_text;
      if (known || alone) drafts_[maybe.draft].block.kind = BlockKind::kQuote;
    }
    return std::move(drafts_);
  }

 private:
  Draft start(const Chunk& chunk) const {
    Draft draft;
    const SegLine& first = lines_[chunk.lines.front()];
    draft.page = first.page;
    draft.y = first.box.y0;
    return draft;
  }

  double tolerance() const { return config_.indent_tolerance * metrics_.body_size; }

  // The left edge of a numbered paragraph's text, which a quote after it is set in from: where
  // its lines after the first start (the number hanging or inline), or for a paragraph of one
  // line, where the note's numbered paragraphs wrap to, its text's start when none does.
  double numbered_text_edge(const Chunk& chunk) const {
    const double first = text_left(lines_[chunk.lines.front()]);
    if (chunk.lines.size() >= 2) return std::min(first, lines_[chunk.lines[1]].box.x0);
    return metrics_.numbered_wrap >= 0 ? std::min(first, metrics_.numbered_wrap) : first;
  }

  void add_item(const Chunk& chunk) {
    const bool deeper = open_ && chunk.marker_x > first_marker_x_ + tolerance();
    if (open_ && !deeper && (chunk.ordered != list_.block.ordered || chunk.restart)) close_list();
    if (!open_) {
      list_ = start(chunk);
      list_.block.kind = BlockKind::kList;
      list_.block.ordered = chunk.ordered;
      first_marker_x_ = chunk.marker_x;
      indents_.clear();
      open_ = true;
    }
    ListItem item;
    item.level = level_of(chunk.marker_x);
    add_places(lines_, chunk, item.where);
    list_.block.items.push_back(std::move(item));
    list_.items.push_back(text_lines(lines_, chunk));
    item_text_x_ = lines_[chunk.lines.front()].start.text_x;
  }

  // The level of an item whose marker is at `marker_x` (step 1); indents_ holds the marker x of
  // each open level, outermost first.
  int level_of(double marker_x) {
    while (indents_.size() > 1 && marker_x < indents_.back() - tolerance()) indents_.pop_back();
    if (indents_.empty() || marker_x > indents_.back() + tolerance()) indents_.push_back(marker_x);
    return static_cast<int>(indents_.size());
  }

  bool continues_item(const Chunk& chunk) const {
    if (!open_) return false;
    return lines_[chunk.lines.front()].box.x0 >= item_text_x_ - tolerance();
  }

  bool is_quote(const Chunk& chunk) const {
    if (chunk.lines.size() < 2) return false;
    const double indent = config_.quote_indent * metrics_.body_size;
    // The shallow right indent (see step 3): the left one, past quote_indent, shows enough.
    const double right_indent = config_.quote_min_indent * metrics_.body_size;
    for (int i : chunk.lines) {
      const SegLine& line = lines_[i];
      if (line.box.x0 < context_left_ + indent || line.box.x1 > metrics_.right - right_indent) {
        return false;
      }
    }
    // A justified line fills its measure: the first line ending short of the column is the
    // right indent itself.
    if (metrics_.justified) return true;
    for (size_t k = 0; k + 1 < chunk.lines.size(); ++k) {
      const SegLine& line = lines_[chunk.lines[k]];
      if (line.box.x1 + fit_width(lines_[chunk.lines[k + 1]], metrics_, config_) <= metrics_.right) {
        return true;
      }
    }
    return false;
  }

  // Step 3b: every line starts at one indent, by quote_min_indent or more, and ends short of
  // the column by as much; only the note's own quotes can tell whether that indent is a quote's.
  bool indented_like_a_quote(const Chunk& chunk) const {
    const double indent = config_.quote_min_indent * metrics_.body_size;
    const double left = lines_[chunk.lines.front()].box.x0;
    if (left < context_left_ + indent) return false;
    return std::all_of(chunk.lines.begin(), chunk.lines.end(), [&](int i) {
      const SegLine& line = lines_[i];
      return std::fabs(line.box.x0 - left) <= tolerance() && line.box.x1 <= metrics_.right - indent;
    });
  }

  void close_list() {
    if (!open_) return;
    for (const ListItem& item : list_.block.items) {
      for (const Place& p : item.where) add_place(list_.block.where, p.page, p.box);
    }
    drafts_.push_back(std::move(list_));
    list_ = Draft{};
    open_ = false;
  }

  const std::vector<SegLine>& lines_;
  const Metrics& metrics_;
  const SegmentConfig& config_;
  std::vector<Draft> drafts_;
  Draft list_;
  bool open_ = false;
  double first_marker_x_ = 0;
  std::vector<double> indents_;
  double item_text_x_ = 0;
  double context_left_;
  double numbered_left_ = -1;  ///< where the last numbered paragraph's text starts (step 3c)
  /// A chunk set in from the text around it: its draft, its indent past that text and its left.
  struct Indented {
    size_t draft = 0;
    double indent = 0;
    double left = 0;
    bool past_numbered_text = false;  ///< the text it is indented past is the numbered paragraphs'
  };
  std::vector<Indented> quotes_;        ///< found by step 3
  std::vector<Indented> maybe_quotes_;  ///< indented like a quote, settled in finish()
};

}  // namespace

std::vector<Draft> assemble(const std::vector<SegLine>& lines, const std::vector<Chunk>& chunks,
                            const Metrics& metrics, const SegmentConfig& config) {
  Assembler assembler(lines, metrics, config);
  for (const Chunk& chunk : chunks) assembler.add(chunk);
  return assembler.finish();
}

std::vector<Draft> figure_drafts(const Doc& doc, const SegmentConfig& config) {
  std::vector<Draft> figures;
  for (const Page& page : doc.pages) {
    const bool cover = std::any_of(page.lines.begin(), page.lines.end(),
                                   [](const Line& l) { return l.role == LineRole::kCover; });
    if (cover) continue;
    for (const Box& image : page.images) {
      if (image.width() < config.figure_min_size_pt || image.height() < config.figure_min_size_pt) {
        continue;
      }
      Draft draft;
      draft.block.kind = BlockKind::kFigure;
      add_place(draft.block.where, page.number, image);
      draft.page = page.number;
      draft.y = image.y0;
      figures.push_back(std::move(draft));
    }
  }
  return figures;
}

}  // namespace coi::segment
