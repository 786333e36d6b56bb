#include "stages/tables/leading_blanks.h"

#include <algorithm>
#include <cstddef>

#include "pipeline/utf8.h"

namespace coi::tables::hrule {

namespace {

// Step 4c: the blank leading cells of a fragment's rows, column by column, and the labels they
// continue.
class LeadingBlanks {
 public:
  LeadingBlanks(const Page& page, const std::vector<TextLine>& lines,
                const std::vector<LineColumns>& split_lines, const std::vector<Column>& columns,
                const std::vector<Segment>& inner, Rows& rows)
      : page_(page), lines_(lines), split_lines_(split_lines), columns_(columns), inner_(inner),
        rows_(rows), n_(static_cast<int>(rows.lines.size())), width_(columns.size()),
        centred_owner_(static_cast<size_t>(n_) * width_, -1) {
    for (size_t k = 0; k < rows.spans.size(); ++k) {
      for (int r = rows.spans[k].r0; r <= rows.spans[k].r1; ++r) {
        centred_owner_[slot(r, static_cast<size_t>(rows.spans[k].c))] = static_cast<int>(k);
      }
    }
  }

  // Adds the spans of column c's labels over the blanks that continue them.
  void span_column(size_t c) {
    std::vector<int> owner(static_cast<size_t>(n_), -1);  // span made here covering row r
    std::vector<bool> blank(static_cast<size_t>(n_)), joins(static_cast<size_t>(n_));
    for (int r = 0; r < n_; ++r) {
      // The rest of a label too long for its first row ("Ye" / "ar" in a narrow column) counts
      // as a blank: it continues the label above.
      blank[static_cast<size_t>(r)] = leading_blank(r, c) || runs_on(r, c);
      joins[static_cast<size_t>(r)] = r > 0 && one_cell(r, c);
    }
    auto free_blank = [&](int r) { return blank[static_cast<size_t>(r)] && owner[static_cast<size_t>(r)] < 0; };
    auto claim = [&](int r0, int r1) {
      const int k = static_cast<int>(rows_.spans.size());
      rows_.spans.push_back(Span{r0, r1, static_cast<int>(c)});
      for (int r = r0; r <= r1; ++r) owner[static_cast<size_t>(r)] = k;
    };
    // A producer seen centring a label between two rows (step 4b) centres every label of the
    // column: a label on one row's line with blanks on both sides spans as many above as below.
    const bool centres = std::any_of(rows_.spans.begin(), rows_.spans.end(),
                                     [&](const Span& s) { return s.c == static_cast<int>(c); });
    for (int k = 0; centres && k < n_; ++k) {
      if (!is_label(k, c)) continue;
      int d = 0;
      while (k - d - 1 >= 0 && k + d + 1 < n_ && free_blank(k - d - 1) && free_blank(k + d + 1) &&
             joins[static_cast<size_t>(k - d)] && joins[static_cast<size_t>(k + d + 1)]) {
        ++d;
      }
      if (d > 0) claim(k - d, k + d);
    }
    // Blanks left continue the label above them, set top-aligned over its rows. Blanks under a
    // blank that continues nothing here (the top of a page, under the repeated header) make one
    // empty cell, which the rows cut by the page break (cut_rows.h) join to the label above it.
    for (int r = 1; r < n_; ++r) {
      if (!free_blank(r) || !joins[static_cast<size_t>(r)]) continue;
      const int above = owner[static_cast<size_t>(r - 1)];
      if (above >= 0) {
        rows_.spans[static_cast<size_t>(above)].r1 = r;
        owner[static_cast<size_t>(r)] = above;
      } else if (is_label(r - 1, c) || free_blank(r - 1)) {
        claim(r - 1, r);
      }
      rows_.top_aligned = rows_.top_aligned || !centres;
    }
  }

 private:
  size_t slot(int r, size_t c) const { return static_cast<size_t>(r) * width_ + c; }
  bool centred(int r, size_t c) const { return centred_owner_[slot(r, c)] >= 0; }

  bool has_text(int r, size_t c) const {
    if (centred(r, c)) return true;
    for (size_t i : rows_.lines[static_cast<size_t>(r)]) {
      if (split_lines_[i].first[c] >= 0) return true;
    }
    return false;
  }

  // Text of its own in row r's cell c, not a centred label's.
  bool is_label(int r, size_t c) const { return !centred(r, c) && has_text(r, c); }

  // Row r is blank from the first column through c, and has text right of c.
  bool leading_blank(int r, size_t c) const {
    for (size_t k = 0; k <= c; ++k) {
      if (has_text(r, k)) return false;
    }
    for (size_t k = c + 1; k < width_; ++k) {
      if (has_text(r, k)) return true;
    }
    return false;
  }

  // Row r is blank before column c and its text in c opens with a lower-case letter, as the
  // rest of a word or sentence does and a label does not.
  bool runs_on(int r, size_t c) const {
    for (size_t k = 0; k < c; ++k) {
      if (has_text(r, k)) return false;
    }
    if (centred(r, c)) return false;
    for (size_t i : rows_.lines[static_cast<size_t>(r)]) {
      const int first = split_lines_[i].first[c];
      if (first < 0) continue;
      return opens_lower_case(page_.words[static_cast<size_t>(first)].text);
    }
    return false;
  }

  // Rows r - 1 and r may share a cell in column c: no rule crosses the column between them and
  // the cells right of it agree in weight (a bold header row over a plain body row do not).
  bool one_cell(int r, size_t c) const {
    const double y0 = lines_[rows_.lines[static_cast<size_t>(r) - 1].back()].bottom;
    const double y1 = lines_[rows_.lines[static_cast<size_t>(r)].front()].top;
    const double x1 = c + 1 < width_ ? columns_[c + 1].x0 : columns_[c].x1;
    const bool ruled = std::any_of(inner_.begin(), inner_.end(), [&](const Segment& s) {
      return s.at > y0 && s.at < y1 && s.lo < x1 && s.hi > columns_[c].x0;
    });
    return !ruled && weight_right_of(r - 1, c) == weight_right_of(r, c);
  }

  // 1 when every non-raised word right of column c on row r is bold, 0 when some is not, -1
  // when there is none.
  int weight_right_of(int r, size_t c) const {
    int weight = -1;
    for (size_t i : rows_.lines[static_cast<size_t>(r)]) {
      for (int w : lines_[i].words) {
        const Word& word = page_.words[static_cast<size_t>(w)];
        if (word.raised || static_cast<size_t>(column_at(columns_, centre_x(word))) <= c) continue;
        if (!word.bold) return 0;
        weight = 1;
      }
    }
    return weight;
  }

  const Page& page_;
  const std::vector<TextLine>& lines_;
  const std::vector<LineColumns>& split_lines_;
  const std::vector<Column>& columns_;
  const std::vector<Segment>& inner_;
  Rows& rows_;
  const int n_;
  const size_t width_;
  std::vector<int> centred_owner_;  // per slot: the step 4b span covering it, or -1
};

}  // namespace

void span_leading_blanks(const Page& page, const std::vector<TextLine>& lines,
                         const std::vector<LineColumns>& split_lines,
                         const std::vector<Column>& columns, const std::vector<Segment>& inner,
                         Rows& rows) {
  LeadingBlanks blanks(page, lines, split_lines, columns, inner, rows);
  for (size_t c = 0; c + 1 < columns.size(); ++c) blanks.span_column(c);
}

}  // namespace coi::tables::hrule
