// Pages of a table that show no rule.
//
// A table ruled with horizontal lines only in the booktabs-like house style (a top rule, a rule
// under the header, a bottom rule, nothing between body rows) prints its top rule on its first
// page and its bottom rule on its last; LibreOffice and WeasyPrint alike print the pages between
// with no rule at all (and with no header when the table has none to repeat). Nothing on such a
// page says "table" by itself (hrule_tables.h needs a rule, aligned_tables.h single-line rows of
// three columns), yet its text is the table's: read as paragraphs, every row becomes one.
// The evidence is the page before: a table open at its foot.
//
// Step 1: `prev`, the last fragment found so far, is on the page before, found from horizontal
//         rules or text alignment (a grid's every page draws its grid), not a header row alone
//         at its page's foot (hrule_tables.h, step 5), and no rule of its width
//         closes it at or below its bottom (the footnote separator aside: the page's lowest
//         rule with no body text under it): the table went on past the page break. A table
//         that rules every page's part above and below (LaTeX's longtable repeating its head
//         and foot rules) closes `prev` at its page's foot and opens this page under a rule as
//         wide: that page's part goes on, however few its rows (one row between its rules is
//         fewer than hrule_tables.h takes for a table by itself).
// Step 2: the page's body lines (above the footnote area) from its first one down: each line
//         whose words lie within `prev`'s width and cross none of its inner column borders (by
//         more than `snap_tolerance`) is the table's, up to the first line that does not (a
//         paragraph's text runs across the columns) or the first fragment found on the page.
//         A page whose first line some fragment already holds has its table. A rule as wide as
//         `prev` drawn under a line of a body row (the lowest such; the rule under a repeated
//         header is none) is the bottom rule of the table's part of the page: the
//         lines under it are not the table's, however they fall between its column borders (a
//         paragraph's first line under a LibreOffice table whose words happened to cross none,
//         "7.1.3 In its 2021 report, the | courts announced | that legal representation was",
//         read as a row); rules from the first fragment found on the page down are that
//         table's, not this one's. So is a rule in steps: pieces meeting end to end at different heights
//         that together are as wide as `prev`, at the lowest of them (LibreOffice draws a cell
//         spanning rows a page break cut with its bottom border a row higher than the others').
//         The repeated header is told by its text: the page's first lines print the letters of
//         `prev`'s header rows (its first row when it has none by weight or rule: Word repeats
//         the rows it is told to, bold or not), no more and no fewer. A line all in bold is
//         taken for a header line too, as a template that sets its header in bold says so. A
//         fragment found on the page that is only that header (a row alone between its rules,
//         which hrule_tables.h takes for a table when it is not bold) is the continuation's
//         first row, not a table that stops its lines, and leaves the page's fragments.
// Step 3: those lines are read as a table open at both ends (hrule_tables.h's columns and rows
//         between the page's text edges; the rule under the repeated header among them, which
//         sets it apart from the rows under it whatever its weight), and kept when the fragment carries `prev` on as any
//         continuation must (table_join.h's `continues`: same column borders, nothing but page
//         furniture after `prev` on its page or before the fragment on this one).
//
//   page 18:  ───────────────────────────── top rule     page 19 (no rule):
//             UNHCR      Media   As of July ...           (rest of the cell)  -> continues t7
//             IMF-Ö      Media   Civil society ...        DIS    Media   The courts ...
#include "stages/tables/unruled_pages.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "stages/tables/hrule_tables.h"
#include "stages/tables/rule_segments.h"
#include "stages/tables/table_join.h"

namespace coi::tables {

namespace {

// Step 1: the lowest rule of a page with footnotes, with no body text between it and them, is
// their separator (a CSS engine draws it as wide as the text, a table's bottom rule would lie
// above it).
bool separates_footnotes(const Page& page, const std::vector<Segment>& rules, const Segment& rule) {
  if (page.footnote_top < 0 || rule.at < rules.back().at) return false;
  return std::none_of(page.lines.begin(), page.lines.end(), [&](const Line& line) {
    const double cy = line.box.centre_y();
    return line.role == LineRole::kBody && cy > rule.at && cy < page.footnote_top;
  });
}

// The horizontal rules of `page`, collinear pieces joined; `notes_unruled` as border_segments'.
std::vector<Segment> page_rules(const Page& page, const TablesConfig& config, bool notes_unruled) {
  return join_collinear(border_segments(page, config, notes_unruled).horizontal,
                        config.snap_tolerance);
}

// Steps 1 and 2: `rule` is as wide as `prev`.
bool as_wide_as(const Segment& rule, const Fragment& prev, const TablesConfig& config) {
  const double width_tolerance = config.hrules.extent_tolerance;
  return rule.lo <= prev.box.x0 + width_tolerance && rule.hi >= prev.box.x1 - width_tolerance;
}

// Step 1: a rule as wide as `prev` lies at or below its bottom on its page.
bool closed_below(const Page& page, const Fragment& prev, const TablesConfig& config,
                  bool notes_unruled) {
  const std::vector<Segment> rules = page_rules(page, config, notes_unruled);
  return std::any_of(rules.begin(), rules.end(), [&](const Segment& s) {
    if (separates_footnotes(page, rules, s)) return false;
    return s.at >= prev.box.y1 - config.snap_tolerance && as_wide_as(s, prev, config);
  });
}

// Step 1: a rule as wide as `prev` (among `rules`, page_rules of `page`) opens `page` above
// `first`, its first body line, below every running-header line: the page's part of a table
// ruled above and below on every page.
bool opened_above(const Page& page, const std::vector<Segment>& rules, const Fragment& prev,
                  const Line& first, const TablesConfig& config) {
  double header_bottom = 0;
  for (const Line& line : page.lines) {
    if (line.role == LineRole::kHeader) header_bottom = std::max(header_bottom, line.box.y1);
  }
  return std::any_of(rules.begin(), rules.end(), [&](const Segment& s) {
    return s.at > header_bottom && s.at <= first.box.y0 + config.snap_tolerance &&
           as_wide_as(s, prev, config);
  });
}

// Step 2: rules that, end to end at different heights, together are as wide as `prev`, each as
// one rule at the lowest of their heights: LibreOffice draws the bottom border of a cell that
// spans rows a page break cut at the foot of its first row on the page, one row above the other
// cells' (a table's bottom rule in two steps, "Bourgogne-Franche-Comté" over "PRAHDA" /
// "Centre-1" and "CADA Sud-2").
std::vector<Segment> stepped_rules(const std::vector<Segment>& rules, const Fragment& prev,
                                   const TablesConfig& config) {
  const double snap = config.snap_tolerance;
  std::vector<Segment> out;
  for (const Segment& first : rules) {
    if (first.lo > prev.box.x0 + config.hrules.extent_tolerance) continue;
    Segment chain = first;
    bool stepped = false;
    while (chain.hi < prev.box.x1 - config.hrules.extent_tolerance) {
      const auto next = std::find_if(rules.begin(), rules.end(), [&](const Segment& s) {
        return std::fabs(s.lo - chain.hi) <= snap && s.hi > chain.hi + snap;
      });
      if (next == rules.end()) break;
      stepped |= std::fabs(next->at - chain.at) > snap;
      chain = Segment{std::max(chain.at, next->at), chain.lo, next->hi};
    }
    if (stepped && as_wide_as(chain, prev, config)) out.push_back(chain);
  }
  return out;
}

// Step 2: the letters and digits of `text` (ASCII), sorted: a header's cells and its lines
// printed again compare so, however its words were read into cells or lines.
void add_letters(const std::string& text, std::string& out) {
  for (unsigned char c : text) {
    if (std::isalnum(c)) out.push_back(static_cast<char>(c));
  }
}

// Step 2: how many of `body`'s first lines print `prev`'s header rows again (or its first row,
// when it has no header rows), letter for letter; 0 when they do not.
size_t repeated_header_lines(const Page& page, const Fragment& prev,
                             const std::vector<const Line*>& body) {
  const int rows = std::max(prev.header_rows, 1);
  std::string header;
  for (const GridCell& cell : prev.cells) {
    if (cell.row < rows) add_letters(plain_text(cell.inlines), header);
  }
  if (header.empty()) return 0;
  std::sort(header.begin(), header.end());
  std::string printed;
  for (size_t k = 0; k < body.size() && printed.size() < header.size(); ++k) {
    for (int w : body[k]->words) add_letters(page.words[static_cast<size_t>(w)].text, printed);
    std::string sorted_printed = printed;
    std::sort(sorted_printed.begin(), sorted_printed.end());
    if (sorted_printed == header) return k + 1;
  }
  return 0;
}

// Step 2: the lowest rule as wide as `prev` (among `rules`, page_rules of `page`) under some of
// `body`'s lines (the page's body lines, top down) that are a body row's, not a repeated
// header's (its first `header_lines`, or a line all in bold): the rule under that header is no
// bottom rule. The footnote separator and the rules from `below` down (those of the next table
// found on the page) aside, it is the bottom rule of the table's part of the page, under which
// its text ends. The page's height when there is none.
double closing_rule(const Page& page, const std::vector<Segment>& rules, const Fragment& prev,
                    const std::vector<const Line*>& body, size_t header_lines, double below,
                    const TablesConfig& config) {
  auto body_line_above = [&](double y) {
    for (size_t k = header_lines; k < body.size(); ++k) {
      const Line& line = *body[k];
      if (line.box.centre_y() < y &&
          std::any_of(line.words.begin(), line.words.end(),
                      [&](int w) { return !page.words[w].bold; })) {
        return true;
      }
    }
    return false;
  };
  double lowest = -1;
  std::vector<Segment> candidates = rules;
  for (const Segment& s : stepped_rules(rules, prev, config)) candidates.push_back(s);
  for (const Segment& s : candidates) {
    if (separates_footnotes(page, rules, s) || s.at >= below - config.snap_tolerance) continue;
    if (s.at > lowest && as_wide_as(s, prev, config) && body_line_above(s.at)) {
      lowest = s.at;
    }
  }
  return lowest < 0 ? page.height : lowest;
}

// Step 3: the rule as wide as `prev` under the repeated header, `body`'s first `header_lines`
// (none when there is no repeat): it sets the header apart from the rows under it, as the rule
// under a table's header on its first page does, whatever the header's weight.
std::vector<Segment> header_rule(const std::vector<Segment>& rules, const Fragment& prev,
                                 const std::vector<const Line*>& body, size_t header_lines,
                                 const TablesConfig& config) {
  if (header_lines == 0 || header_lines >= body.size()) return {};
  const double y0 = body[header_lines - 1]->box.centre_y();
  const double y1 = body[header_lines]->box.centre_y();
  for (const Segment& s : rules) {
    if (s.at > y0 && s.at < y1 && as_wide_as(s, prev, config)) return {s};
  }
  return {};
}

// Step 2: every word of `line` lies within `prev`'s width and crosses none of its inner borders.
bool fits_columns(const Page& page, const Line& line, const Fragment& prev, double tolerance) {
  for (int w : line.words) {
    const Box& b = page.words[w].box;
    const double cx = b.centre_x();
    if (cx < prev.box.x0 - tolerance || cx > prev.box.x1 + tolerance) return false;
    for (size_t c = 1; c + 1 < prev.xs.size(); ++c) {
      if (b.x0 < prev.xs[c] - tolerance && b.x1 > prev.xs[c] + tolerance) return false;
    }
  }
  return true;
}

}  // namespace

std::optional<Fragment> find_unruled_continuation(const Doc& doc, const Page& page,
                                                  const Fragment& prev,
                                                  std::vector<Fragment>& found,
                                                  const TablesConfig& config,
                                                  bool notes_unruled) {
  // A header alone at the foot of its page is closed by its own rule under it, though no text
  // lies between that rule and the notes (step 1's footnote separator): its body is a table
  // of its own overleaf, which table_join.h joins to it.
  if (prev.ruled || prev.page + 1 != page.number || lone_header(prev)) return std::nullopt;
  const double footnote_top = page.body_bottom();
  std::vector<const Line*> body;
  for (const Line& line : page.lines) {
    if (line.role == LineRole::kBody && !line.words.empty() && line.box.y0 < footnote_top) {
      body.push_back(&line);
    }
  }
  if (body.empty()) return std::nullopt;
  std::sort(body.begin(), body.end(),
            [](const Line* a, const Line* b) { return a->baseline < b->baseline; });
  const std::vector<Segment> rules = page_rules(page, config, notes_unruled);
  if (closed_below(doc.pages[prev.page - 1], prev, config, notes_unruled) &&
      !opened_above(page, rules, prev, *body.front(), config)) {
    return std::nullopt;
  }
  const size_t header_lines = repeated_header_lines(page, prev, body);
  auto only_repeat = [&](const Fragment& f) {
    return header_lines > 0 && f.row_count() == 1 && f.box.y0 <= body.front()->box.centre_y() &&
           f.box.y1 >= body[header_lines - 1]->box.centre_y() &&
           (header_lines == body.size() || f.box.y1 < body[header_lines]->box.centre_y());
  };
  double first_fragment = footnote_top;
  for (const Fragment& f : found) {
    if (!only_repeat(f)) first_fragment = std::min(first_fragment, f.box.y0);
  }
  const double bottom_rule =
      closing_rule(page, rules, prev, body, header_lines, first_fragment, config);
  Box region{prev.box.x0, body.front()->box.y0 - 1, prev.box.x1, body.front()->box.y0 - 1};
  for (const Line* line : body) {
    if (line->box.y1 >= first_fragment || line->box.centre_y() > bottom_rule ||
        !fits_columns(page, *line, prev, config.snap_tolerance)) {
      break;
    }
    region.y1 = std::max(region.y1, line->box.y1 + 1);
  }
  if (region.y1 <= region.y0) return std::nullopt;
  Fragment fragment;
  const std::vector<Segment> under_header = header_rule(rules, prev, body, header_lines, config);
  if (!find_open_fragment(page, region, prev.xs, under_header, config, fragment) ||
      !continues(doc, prev, fragment, config)) {
    return std::nullopt;
  }
  found.erase(std::remove_if(found.begin(), found.end(), only_repeat), found.end());
  return fragment;
}

}  // namespace coi::tables
