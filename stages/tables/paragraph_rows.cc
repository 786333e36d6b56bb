// A tall cell's paragraphs read as rows (hrule_tables.h, step 4e).
//
// A row's cell may hold several paragraphs, and a producer may print the next one a row's step
// below the last (Word's space before a paragraph; XeLaTeX breaks a row taller than a share of
// the page into rows of sentences, padded as rows are). Its first word would have fitted on the
// short line above, so step 4 starts a row there, and step 4c then reads the blank cells beside
// it as the labels above going on: the row's name and type spanning rows of its description.
//
// Step 1: row N goes on with row R above it when R fills every column, N has text exactly in
//         the columns where R's text reaches R's last line, and is blank exactly in the columns
//         where R's text stopped higher (more than `paragraph_row_min_rise` font sizes above it:
//         the name and type of an organisation end, its description goes on). Two rows blank
//         in the same columns say nothing: rows under a label set top-aligned over them are so.
//         Over a page break, cut_rows.h's step 3b reads the same rule (paragraph_ends.h).
// Step 2: each column N leaves blank is filled in every other row of the region (but the rows
//         right under N with text in N's columns only: the cell's next paragraphs, and the rows
//         of that shape at the region's top, the rest of a row cut by the page break, blank
//         where its name ended on the page before): a column of names that no row leaves
//         blank. A label set top-aligned over rows leaves its column blank in the rows under
//         it, so a blank there is no evidence; and a table whose step 4b found labels centred
//         between rows is left alone.
// Step 3: R is not the region's header (its first row, wholly bold: cell_text.h, step 5), nor
//         N its last where no rule closes it. A header repeated atop a page over the rest of a
//         row cut by the break ("46%-16%" under a two-line "Applications") stops above its last
//         line as a name does; and the last row of a page part running onto the page's foot may
//         be the first lines of a row whose other cells moved whole to the next page
//         (WeasyPrint: "" | "" | "Following the 2022 reform, ..." under the row above, "MSF" |
//         "International organisation" | "services were ..." overleaf), which the page after
//         settles (cut_rows.h). A first row not bold is a body row: XeLaTeX's longtable
//         repeats no header where the note's table has none, and a page opening on a row's
//         first paragraph prints its next under it.
// Step 4: no rule lies between R and N (a rule between rows is a row border, whatever the text
//         says). N's lines join R, and the row under it is read against R as it now is.
// Step 5: a page opening with the rest of a row cut by the break, in several paragraphs, prints
//         them as rows of one shape at the region's top (under its header), text in one column
//         only, blank where the row's name ended on the page before: with no rule between them,
//         and each column they leave blank filled in every other row of the region (step 2's
//         column of names; the header at least, or a row under them: a page may hold nothing
//         but the rest), they are one row, which cut_rows.h joins to the row above it. Rows under a label carried on from the page before fill the other
//         columns beside it, each its own (LibreOffice: "" | "CADA Est-3" | "11" | "24.2%" over
//         "" | "PRAHDA Nord-4" | "767,226" | "9.2%" atop a page, then "Corse" | ...).
//
//   Organisation      Type    Description
//   Le Monde          Media   Journalists confirmed that ...     R: "Le Monde" and "Media"
//                             ... for all residents.                stop above R's last line
//                             The courts noted that ...         N: blank where R stopped,
//                             ... within 4 months.                 text where R goes on: R's
//   Al Jazeera        NGO     The ministry ...                     description's next paragraph
#include "stages/tables/paragraph_rows.h"

#include <algorithm>

#include "stages/tables/paragraph_ends.h"

namespace coi::tables::hrule {

namespace {

// Which columns row `r` has text in, and where each column's text ends: the bottom of its last
// line in the row (0 where blank).
struct RowText {
  std::vector<bool> filled;
  std::vector<double> bottom;
  double last = 0;  // the bottom of the row's last line
  double size = 0;  // the font size of the row's last line
  bool bold = true;  // every word but the raised marks is bold (a header's weight)
};

RowText row_text(const Page& page, const std::vector<TextLine>& lines,
                 const std::vector<LineColumns>& split_lines, const std::vector<size_t>& row) {
  const size_t width = split_lines[row.front()].first.size();
  RowText out{std::vector<bool>(width, false), std::vector<double>(width, 0), 0, 0};
  for (size_t i : row) {
    for (int w : lines[i].words) {
      const Word& word = page.words[static_cast<size_t>(w)];
      out.bold &= word.raised || word.bold;
    }
    for (size_t c = 0; c < width; ++c) {
      if (split_lines[i].first[c] < 0) continue;
      out.filled[c] = true;
      out.bottom[c] = std::max(out.bottom[c], lines[i].bottom);
    }
    if (lines[i].bottom >= out.last) {
      out.last = lines[i].bottom;
      out.size = page.words[static_cast<size_t>(lines[i].words.front())].font_size;
    }
  }
  return out;
}

// Step 3: the region's first row is its header when it is wholly bold (a ruled header is
// parted from the rows by its rule: step 4).
bool header_on_top(const std::vector<RowText>& texts) { return texts.front().bold; }

// Step 2: every row of `texts` fills column c but `r`, the run of rows from `r + 1` that have
// text in the same columns as row `r + 1` (a cell's third paragraph under its second), and the
// rows of that shape at the region's top, from its first row or under its header: the rest of
// a row cut by the page break, its next paragraphs, blank where that row's text stopped on the
// page before.
bool filled_elsewhere(const std::vector<RowText>& texts, size_t r, size_t c) {
  const std::vector<bool>& shape = texts[r + 1].filled;
  size_t run = r + 1;
  while (run < texts.size() && texts[run].filled == shape) ++run;
  const size_t carried_from = header_on_top(texts) ? 1 : 0;
  size_t carried = carried_from;
  while (carried < r && texts[carried].filled == shape) ++carried;
  for (size_t k = 0; k < texts.size(); ++k) {
    const bool excused = (k >= carried_from && k < carried) || (k >= r && k < run);
    if (!excused && !texts[k].filled[c]) return false;
  }
  return true;
}

// Steps 1 and 2: row r + 1 is the next paragraph of row r's cells that reach its last line
// (paragraph_ends.h).
bool next_paragraph(const std::vector<RowText>& texts, size_t r, double min_rise) {
  const RowText& above = texts[r];
  const RowText& next = texts[r + 1];
  std::vector<ParagraphEnd> ends;
  for (size_t c = 0; c < above.filled.size(); ++c) {
    ParagraphEnd end{ParagraphEnd::Stop::kUnknown, next.filled[c]};
    if (above.filled[c]) {
      const bool reaches = above.last - above.bottom[c] <= min_rise * above.size;
      end.stop = reaches ? ParagraphEnd::Stop::kFoot : ParagraphEnd::Stop::kAbove;
    }
    ends.push_back(end);
  }
  return goes_on_where_it_reaches(ends, [&](size_t c) { return filled_elsewhere(texts, r, c); });
}

// Step 5: the rows at the region's top, from its first row or under its header, that have text
// in the one column the first of them has text in, blank in columns every other row of the
// region (one at least) fills, are the paragraphs of one row cut by the page break: the count
// of them, or 0.
size_t carried_paragraphs(const std::vector<RowText>& texts) {
  const size_t first = header_on_top(texts) ? 1 : 0;
  if (first >= texts.size()) return 0;
  const std::vector<bool>& shape = texts[first].filled;
  // Rows under a label carried on from the page before fill the columns beside it, each its
  // own ("CADA Est-3" | "11" | "24.2%" over "PRAHDA Nord-4" | "767,226" | "9.2%"): a tall
  // cell's paragraphs go on in that cell alone.
  if (std::count(shape.begin(), shape.end(), true) != 1) return 0;
  size_t end = first + 1;
  while (end < texts.size() && texts[end].filled == shape) ++end;
  if (end - first < 2 || (first == 0 && end == texts.size())) return 0;
  bool blank = false;
  for (size_t c = 0; c < shape.size(); ++c) {
    if (shape[c]) continue;
    blank = true;
    for (size_t k = 0; k < texts.size(); ++k) {
      if ((k < first || k >= end) && !texts[k].filled[c]) return 0;
    }
  }
  return blank ? end - first : 0;
}

// Appends row r + 1 to row r.
void join_next(const Page& page, const std::vector<TextLine>& lines,
               const std::vector<LineColumns>& split_lines, size_t r, Rows& rows,
               std::vector<RowText>& texts) {
  std::vector<size_t>& row = rows.lines[r];
  row.insert(row.end(), rows.lines[r + 1].begin(), rows.lines[r + 1].end());
  rows.lines.erase(rows.lines.begin() + static_cast<std::ptrdiff_t>(r) + 1);
  texts.erase(texts.begin() + static_cast<std::ptrdiff_t>(r) + 1);
  texts[r] = row_text(page, lines, split_lines, row);
}

}  // namespace

void join_paragraph_rows(const Page& page, const std::vector<TextLine>& lines,
                         const std::vector<LineColumns>& split_lines,
                         const std::vector<Segment>& inner, bool open_bottom,
                         const HRulesConfig& config, Rows& rows) {
  if (!rows.spans.empty() || rows.label_between >= 0 || rows.lines.size() < 3) return;
  std::vector<RowText> texts;
  for (const std::vector<size_t>& row : rows.lines) {
    texts.push_back(row_text(page, lines, split_lines, row));
  }
  auto ruled_off = [&](size_t r) {
    const double above = lines[rows.lines[r].back()].bottom;
    const double below = lines[rows.lines[r + 1].front()].top;
    return rule_between(inner, above, below) != nullptr;
  };
  const size_t top = header_on_top(texts) ? 1 : 0;
  const size_t carried = carried_paragraphs(texts);
  for (size_t k = 1; k < carried && !ruled_off(top); ++k) {
    join_next(page, lines, split_lines, top, rows, texts);
  }
  for (size_t r = top; r + 1 < rows.lines.size();) {
    const bool open_last = open_bottom && r + 2 == rows.lines.size();
    if (open_last || ruled_off(r) || !next_paragraph(texts, r, config.paragraph_row_min_rise)) {
      ++r;
      continue;
    }
    join_next(page, lines, split_lines, r, rows, texts);
  }
}

}  // namespace coi::tables::hrule
