// Settings of the layout stage (section [layout] of config/coi.toml). Lengths of text are in
// font-size units (1.0 = the font size of the text concerned) or fractions of the page's width or
// height, never absolute points, so that other page sizes and margins work unchanged. Drawn rules
// are the exception: their shape ([rules]) and the separator's isolation are in points, since
// producers draw rules in points whatever the size of the text.
#pragma once

#include <vector>

#include "pipeline/config_section.h"
#include "pipeline/pattern.h"
#include "stages/rules/rule_shape.h"

namespace coi {

/// Settings of the layout stage; every field is documented with its default in config/coi.toml.
struct LayoutConfig {
  /// Two words share a line when their vertical extents overlap by at least this fraction of the
  /// smaller one's height. Default 0.5.
  double line_min_overlap = 0.5;
  /// Words of one line whose baselines lie this many font-size units (of the larger) apart and
  /// whose sizes differ by more than overprint_size_step are two lines printed over each other.
  /// Default 0.2.
  double overprint_baseline_gap = 0.2;
  /// ...(a fraction of the larger size). Default 0.05.
  double overprint_size_step = 0.05;
  /// Two words of one line are printed over each other when their widths overlap by at least
  /// this fraction of the narrower's width. Default 0.5.
  double overprint_min_cover = 0.5;
  /// A word is raised (a superscript mark) when its size is at most this fraction of its line's
  /// font size... Default 0.85.
  double raised_max_size_ratio = 0.85;
  /// ...and its baseline is above the line's by at least this many line font-size units.
  /// Default 0.15.
  double raised_min_rise = 0.15;
  /// A line of footnote marks alone (a CSS engine broke the line before the footnote call)
  /// rejoins the line above when its baseline is at most this many of that line's font-size
  /// units below it: less than a line's pitch, since the marks stand raised. Default 1.5.
  double wrapped_mark_max_drop = 1.5;
  /// ...and it starts no further left of that line than this many font-size units. Default 0.5.
  double wrapped_mark_indent_tolerance = 0.5;
  /// A gap between two words of at least this many font-size units reads as a space even where
  /// the PDF has none (tab stops, table cells). Default 0.2.
  double space_min_gap = 0.2;
  /// Running headers and footers live in bands this high (fraction of the page height) at the
  /// top and bottom of the page. Default 0.12.
  double furniture_band = 0.12;
  /// A band line repeated (digits masked) on at least this fraction of the pages... Default 0.3.
  double furniture_min_page_fraction = 0.3;
  /// ...and on at least this many pages is a running header or footer. Default 3.
  int furniture_min_pages = 3;
  /// Repeated band lines must sit within this distance (fraction of the page height) of their
  /// median position. Default 0.01.
  double furniture_y_tolerance = 0.01;
  /// Band lines matching one of these are page numbers (footer at the bottom, header at the top).
  std::vector<Pattern> page_number_patterns;
  /// Lines matching this anywhere are "Back to Contents" links.
  Pattern back_to_contents;
  /// Lines at most this far (fraction of the body font size) from the body size are body-size.
  /// Default 0.1.
  double body_size_tolerance = 0.1;
  /// A line reads as prose (running text, not a table's) when it is at least this wide
  /// (fraction of the page width)... Default 0.5.
  double prose_min_width = 0.5;
  /// ...and no gap between two of its words is wider than this (font-size units of the line).
  /// Default 1.5.
  double prose_max_gap = 1.5;
  /// The body font size is the largest size carrying at least this fraction of the characters of
  /// the document's prose lines. Default 0.2.
  double body_min_prose_share = 0.2;
  /// The first page is not a cover when it has a body-size line at least this wide (fraction of
  /// the page width), i.e. paragraph text. Default 0.5.
  double cover_paragraph_min_width = 0.5;
  /// The line that introduces the contents list.
  Pattern contents_title;
  /// The contents title is looked for on the first this many pages. Default 10.
  int contents_search_pages = 10;
  /// A contents entry: (1) its text, then leaders, then (2) its page number.
  Pattern toc_entry;
  /// The last line of an entry whose title filled its line(s): (1) the page number alone, after
  /// leaders or none.
  Pattern toc_page_alone;
  /// A title line without a page number ending in leaders (the page number wrapped): (1) the
  /// title without them.
  Pattern toc_open_leaders;
  /// A word of leaders only: where it is printed over another word of an entry's line (XeLaTeX
  /// sets a leader dot over the first digit of a page number), it is no text of the entry.
  Pattern toc_leader;
  /// At most this many lines of one entry without a page number; more in a row are not a title
  /// and end the list (only where neither the outline, the type size nor the headings' text
  /// shows where the Contents part ends). Default 3.
  int toc_max_title_lines = 3;
  /// The number at the start of an entry's text: (1) the number, (2) the rest.
  Pattern toc_number;
  /// Contents entries whose left edges differ by less than this (font-size units) share a level.
  /// Default 0.5.
  double toc_indent_tolerance = 0.5;
  /// Footnote separator rules above this fraction of the page height are taken only when the
  /// line below opens the note expected next (layout_footnotes.cc). Default 0.5.
  double footnote_rule_min_y = 0.5;
  /// Footnote separator rules are at most this wide (fraction of the page width). Default 0.4.
  double footnote_rule_max_width = 0.4;
  /// The first footnote line starts at most this far below the separator (body font-size
  /// units). Default 3.0.
  double footnote_rule_max_gap = 3.0;
  /// A separator stands alone: no vertical rule comes within this distance (points) of it, nor
  /// within twice its own thickness, and no horizontal rule continues it within that distance.
  /// Default 1.0.
  double footnote_rule_isolation = 1.0;
  /// A line of the footnote area opens a note when it starts with a raised number, or with a
  /// number on the baseline at most this far right of the area's leftmost line start
  /// (font-size units of the line). Default 1.0.
  double footnote_number_indent = 1.0;
  /// Without a separator, the lines right above the first note a page opens continue the page
  /// before's last note when each lies at most this far above the line below it (font-size units
  /// of the notes), in the notes' size, at the area's left edge. Default 0.5.
  double footnote_continuation_max_gap = 0.5;
  /// ... or when its baseline lies at most the notes' own leading above the line below's, plus
  /// this (font-size units of the notes): the page's notes measure their leading, the largest
  /// baseline step between two lines of one note, so that notes set 1.3 apart carry over as notes
  /// set solid do. Default 0.1.
  double footnote_leading_tolerance = 0.1;
  /// A page whose notes' last line leaves less room before the notes' right edge than the next
  /// page's first word of notes' type plus this (font-size units of that word, for the space)
  /// ran on: that word's run at the next page's foot, or the band opening with it under a wide
  /// rule, is its rest; else the note ended there. Default 0.5.
  double footnote_run_on_room = 0.5;
  /// What a horizontal and a vertical rule are ([rules], shared with the tables stage; loaded by
  /// StagesConfig::load).
  RuleShape rules;
  /// A rule inside a line's box underlines it when it reaches no further past the line's ends
  /// than this many of its font-size units. Default 1.0.
  double underline_overhang = 1.0;
  /// Footnote lines are smaller than this fraction of the body font size. Default 0.95.
  double footnote_max_size_ratio = 0.95;
  /// A raised word that starts a footnote (its number).
  Pattern footnote_mark;

  /// Reads the [layout] section; defaults stay where a key is absent.
  void load(ConfigSection& s) {
    s.read("line_min_overlap", line_min_overlap);
    s.read("overprint_baseline_gap", overprint_baseline_gap);
    s.read("overprint_size_step", overprint_size_step);
    s.read("overprint_min_cover", overprint_min_cover);
    s.read("raised_max_size_ratio", raised_max_size_ratio);
    s.read("raised_min_rise", raised_min_rise);
    s.read("wrapped_mark_max_drop", wrapped_mark_max_drop);
    s.read("wrapped_mark_indent_tolerance", wrapped_mark_indent_tolerance);
    s.read("space_min_gap", space_min_gap);
    s.read("furniture_band", furniture_band);
    s.read("furniture_min_page_fraction", furniture_min_page_fraction);
    s.read("furniture_min_pages", furniture_min_pages);
    s.read("furniture_y_tolerance", furniture_y_tolerance);
    s.read_patterns("page_number_patterns", page_number_patterns,
                    {R"(^(?i:page)\s*\d+\s*(?i:of)\s*\d+$)", R"(^(?i:page)\s*\d+$)",
                     R"(^\d+\s*(?i:of)\s*\d+$)", R"(^[-–]\s*\d+\s*[-–]$)"});
    s.read_pattern("back_to_contents", back_to_contents, R"(^(?i:back to (table of )?contents)$)");
    s.read("body_size_tolerance", body_size_tolerance);
    s.read("prose_min_width", prose_min_width);
    s.read("prose_max_gap", prose_max_gap);
    s.read("body_min_prose_share", body_min_prose_share);
    s.read("cover_paragraph_min_width", cover_paragraph_min_width);
    s.read_pattern("contents_title", contents_title, R"(^(?i:(table of )?contents)$)");
    s.read("contents_search_pages", contents_search_pages);
    s.read_pattern("toc_entry", toc_entry, R"(^(.*?[^\s.…·_])[\s.…·_]+(\d{1,4})$)");
    s.read_pattern("toc_page_alone", toc_page_alone, R"(^[\s.…·_]*(\d{1,4})$)");
    s.read_pattern("toc_open_leaders", toc_open_leaders, R"(^(.*?[^\s.…·_])\s*(?:[.…·_]\s*){3,}$)");
    s.read_pattern("toc_leader", toc_leader, R"(^[.…·_]+$)");
    s.read("toc_max_title_lines", toc_max_title_lines);
    s.read_pattern("toc_number", toc_number, R"(^(\d+(?:\.\d+)*)\.?\s+(.+)$)");
    s.read("toc_indent_tolerance", toc_indent_tolerance);
    s.read("footnote_rule_min_y", footnote_rule_min_y);
    s.read("footnote_rule_max_width", footnote_rule_max_width);
    s.read("footnote_rule_max_gap", footnote_rule_max_gap);
    s.read("footnote_rule_isolation", footnote_rule_isolation);
    s.read("footnote_number_indent", footnote_number_indent);
    s.read("footnote_continuation_max_gap", footnote_continuation_max_gap);
    s.read("footnote_leading_tolerance", footnote_leading_tolerance);
    s.read("footnote_run_on_room", footnote_run_on_room);
    s.read("footnote_max_size_ratio", footnote_max_size_ratio);
    s.read("underline_overhang", underline_overhang);
    s.read_pattern("footnote_mark", footnote_mark, R"(^(\d+|[*†‡§])$)");
  }
};

}  // namespace coi
