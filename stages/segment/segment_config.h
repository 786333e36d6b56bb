// Settings of the segment stage (section [segment] of config/coi.toml).
// Lengths are in font-size units (1.0 = the body text size) unless the name says otherwise.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pipeline/config_section.h"
#include "pipeline/pattern.h"
#include "stages/tree/soundness.h"

namespace coi {

struct SegmentConfig {
  /// Part title (case-insensitive) -> part slug. Parts not listed get their slugified title.
  std::map<std::string, std::string> parts = {
      {"Executive summary", "executive-summary"},
      {"Contents", "contents"},
      {"About this note", "about"},
      {"List of acronyms", "acronyms"},
      {"Country information", "country-information"},
      {"Research methodology", "research-methodology"},
      {"Terms of Reference", "terms-of-reference"},
      {"Bibliography", "bibliography"},
      {"Version control and feedback", "version-control"},
      {"Version control", "version-control"},
  };
  /// Part of blocks printed before the first part title.
  std::string front_part = "front-matter";
  /// First word of a numbered paragraph ("4.1.1", or "4.1" two levels deep); group 1 is the
  /// number. A number the subsection pattern also reads opens a heading only where the page
  /// shows one (headings.cc).
  Pattern paragraph_number;
  /// First word of a numbered section heading ("4." -> level 2).
  Pattern section_number;
  /// First word of a numbered subsection heading ("5.1" -> level 3).
  Pattern subsection_number;
  /// Whole first words that are bullets; the marker is dropped from the item's text.
  std::vector<std::string> bullets = {"•", "◦", "o", "-", "–", "▪", "▫", "■", "□", "●", "○",
                                      "·", "➢", "►", "\uF0B7", "\uF0A7", "§"};
  /// Bullets that are also words or punctuation of running text: they open an item only with a
  /// tab after them (marker_gap_min, tab_over_space). The other bullets open one after any gap:
  /// TeX and CSS engines set a bullet a space's width or so from its text, and no sentence wraps
  /// to a line that starts with "•".
  std::vector<std::string> word_bullets = {"o", "-", "–", "·", "§"};
  /// First word of an ordered list item ("1.", "ii.", "a)"); the marker is dropped.
  Pattern ordered_marker;
  /// Least gap after a paragraph number, list marker or word bullet (a tab), in font-size units:
  /// wider than any unstretched space (TeX's 0.333, CSS's 0.25-0.32), under XeLaTeX's 0.5
  /// \labelsep, which sets its labels 0.499 to 0.5001 em from their text.
  double marker_gap_min = 0.42;
  /// A gap from marker_gap_min up is a tab when it exceeds the line's median space by more than
  /// this (font-size units): a justified line stretches its spaces, a tab stands out from them.
  double tab_over_space = 0.1;
  /// A number's or ordered marker's gap this wide or wider is a tab even where it does not stand
  /// out from the line's spaces (a justified item's first line); never so after a word bullet.
  double marker_gap = 0.5;
  /// Where no paragraph number has a tab-sized gap after it (every number's tab had little
  /// room), numbers in sequence open paragraphs when at least this many lines opening with a
  /// paragraph number set their text at one x. Default 3: a sentence wraps a number to a line's
  /// start now and then, never three times at one x.
  int tight_number_min_lines = 3;
  /// Extra space between baselines, beyond the usual line pitch, that ends a paragraph.
  double paragraph_gap = 0.2;
  /// The line pitch is measured from the baseline distances of consecutive body-size lines
  /// greater than this (closer lines overlap)... Default 0.8.
  double pitch_min = 0.8;
  /// ...and less than this (farther ones span a heading or a table). Default 2.5.
  double pitch_max = 2.5;
  /// The line pitch is this low percentile (0..1) of those distances: lines within a paragraph
  /// are the closest common distance, paragraph spacing only adds to it. Default 0.1.
  double pitch_percentile = 0.1;
  /// The line pitch of a document without two consecutive body lines (single spacing).
  /// Default 1.2.
  double fallback_pitch = 1.2;
  /// The text column's left margin and right edge are this low and high percentile (0..1) of
  /// body line starts and ends, not the extremes: an overflowing URL does not move the column.
  /// Default 0.02.
  double column_percentile = 0.02;
  /// Width of a space between words, in font-size units, where the note shows none (the note's
  /// own spaces are measured: Metrics::space). Default 0.25.
  double space_width = 0.25;
  /// A gap between two words of a line wider than this (font-size units) is no plain space (a
  /// tab, a table's column gap), left out of the measured space. Default 1.0.
  double space_max = 1.0;
  /// Font sizes closer than this are the same size.
  double size_tolerance = 0.08;
  /// Two x positions closer than this are the same indent.
  double indent_tolerance = 0.6;
  /// Part titles are bold and at least this many times the body size.
  double part_size_ratio = 1.3;
  /// A chunk in a plain weight is a heading only at this many times the body size or more:
  /// Word's built-in heading styles and many house templates set headings plain, larger than
  /// the text; plain text that large is no body text. Default 1.15 (a 12 pt note's 14 pt).
  double plain_heading_size_ratio = 1.15;
  /// A heading is at most this many lines; longer bold blocks are bold paragraphs.
  int heading_max_lines = 3;
  /// A heading at body size (level 4) is at most this many characters.
  int minor_heading_max_chars = 100;
  /// A heading at body size never ends with one of these characters (a bold lead-in does).
  std::string minor_heading_bad_endings = ":;,";
  /// Across a page break, the next line's first word must not have fitted on the previous line
  /// (with the note's space, plus this slack, in font-size units) for the paragraph to continue.
  /// Default 0.05: the words' widths and the space are measured, the slack covers rounding.
  double fit_slack = 0.05;
  /// The notes keep Word's default widow/orphan control: a paragraph's first line is never left
  /// alone at the foot of a page, so a one-line chunk before a page break has ended. Set false
  /// for documents made with widow/orphan control off; a note that shows a lone line running on
  /// over a page break is read as made so whatever this says (Metrics::lone_lines).
  bool widow_control = true;
  /// Across a page break, a paragraph that ends a sentence at the foot of a page has ended when
  /// the lines continuing it on the next page would have fitted below it: Word fills a page
  /// before it breaks a paragraph (all of them, or with widow_control and three lines or more,
  /// the first, the two after it staying on the new page). A full page leaves some space above
  /// its footnote area (the separator's clearance); this low percentile (0..1) of that space,
  /// over the pages with footnotes, is taken as what a full page leaves. Negative turns the
  /// evidence off.
  double page_fill_percentile = 0.1;
  /// Marks that open a quotation. A paragraph of a quotation that runs over several paragraphs
  /// opens with one: across a page break, after a quoted paragraph that ends a sentence, a line
  /// opening with one (and a capital or an ellipsis) starts the next quoted paragraph.
  std::vector<std::string> opening_quotes = {"\u2018", "\u201C", "'", "\""};
  /// Across a page break, a line ending in at least this many leader dots (". . .", "…") and a
  /// page number is a contents entry, which ends there: leaders fill a line to its number
  /// whatever follows, so the room they leave says nothing. Default 3 (the layout stage's
  /// toc_open_leaders reads leaders as three dots or more too).
  int contents_leaders = 3;
  /// A quote is indented at least this much more than the text around it on the left (step 3).
  double quote_indent = 1.5;
  /// The least right indent (font-size units) of a quote step 3 finds by its left indent
  /// (quote_indent), and the least indent on each side of a chunk that reads as a quote only
  /// with corroboration: the note's other quotes at its indent, or the numbered paragraphs'
  /// text it is set past (assemble.cc, steps 3b and 3c). A template's quote indent is a length:
  /// Word's Quote style's 0.63 cm is 1.49 times a 12 pt body, and a ragged note's column, where
  /// its lines end, lies a point or two inside the text edge. Default 1.2.
  double quote_min_indent = 1.2;
  /// A note is justified (TeX's default; Word's "Justify") when at least this share (0..1) of its
  /// body-size lines that end within justified_reach of the text column's right edge end within
  /// justified_tolerance of it; a ragged note's lines end there only by chance (held18's 47
  /// ragged renders: 6 to 13 in a hundred; its 43 justified ones: 69 to 98). Default 0.5.
  double justified_share = 0.5;
  /// Lines ending further than this (font-size units) short of the column's right edge say
  /// nothing of justification: a paragraph's last line, a list item or a table's row ends
  /// anywhere in a justified note too, and a note of many of them read as ragged by all its
  /// lines (held18: 12 of 43 justified renders). A ragged note's full lines end anywhere over
  /// the last word's width. Default 3.
  double justified_reach = 3.0;
  /// How close (font-size units) to the column's right edge a justified line ends. Default 0.1.
  double justified_tolerance = 0.1;
  /// Images smaller than this (points, both sides) are decorations, not figures.
  double figure_min_size_pt = 36;
  /// An internal link lands on a heading when its destination is within this of the heading top.
  double xref_tolerance = 3.0;
  /// When a tagged PDF's structure tree is sound, so that its P and LI elements decide paragraph
  /// breaks: a copy of [structure]'s min_tagged_share and min_order_agreement, made by
  /// StagesConfig::load (the structure stage must trust the same trees), not read here.
  tree::SoundnessConfig tree;
  /// Refuse a document with no numbered paragraph at all as "not a COI note" (kNotANote).
  /// Default true: every COI note numbers its paragraphs; false converts any PDF.
  bool require_numbered_paragraphs = true;

  /// Reads the [segment] section; defaults stay where a key is absent.
  void load(ConfigSection& s) {
    s.read("parts", parts);
    s.read("front_part", front_part);
    s.read("require_numbered_paragraphs", require_numbered_paragraphs);
    s.read_pattern("paragraph_number", paragraph_number, R"((\d{1,3}\.\d{1,3}(?:\.\d{1,3})?)\.?)");
    s.read_pattern("section_number", section_number, R"((\d{1,3})\.?)");
    s.read_pattern("subsection_number", subsection_number, R"((\d{1,3}\.\d{1,3})\.?)");
    s.read("bullets", bullets);
    s.read("word_bullets", word_bullets);
    s.read_pattern("ordered_marker", ordered_marker,
                   R"(\(?(\d{1,2}|[ivxIVX]{1,5}|[a-zA-Z])[.)])");
    s.read("marker_gap_min", marker_gap_min);
    s.read("marker_gap", marker_gap);
    s.read("tab_over_space", tab_over_space);
    s.read("tight_number_min_lines", tight_number_min_lines);
    s.read("paragraph_gap", paragraph_gap);
    s.read("pitch_min", pitch_min);
    s.read("pitch_max", pitch_max);
    s.read("pitch_percentile", pitch_percentile);
    s.read("fallback_pitch", fallback_pitch);
    s.read("column_percentile", column_percentile);
    s.read("space_width", space_width);
    s.read("space_max", space_max);
    s.read("size_tolerance", size_tolerance);
    s.read("indent_tolerance", indent_tolerance);
    s.read("part_size_ratio", part_size_ratio);
    s.read("plain_heading_size_ratio", plain_heading_size_ratio);
    s.read("heading_max_lines", heading_max_lines);
    s.read("minor_heading_max_chars", minor_heading_max_chars);
    s.read("minor_heading_bad_endings", minor_heading_bad_endings);
    s.read("fit_slack", fit_slack);
    s.read("widow_control", widow_control);
    s.read("page_fill_percentile", page_fill_percentile);
    s.read("opening_quotes", opening_quotes);
    s.read("contents_leaders", contents_leaders);
    s.read("quote_indent", quote_indent);
    s.read("quote_min_indent", quote_min_indent);
    s.read("justified_share", justified_share);
    s.read("justified_reach", justified_reach);
    s.read("justified_tolerance", justified_tolerance);
    s.read("figure_min_size_pt", figure_min_size_pt);
    s.read("xref_tolerance", xref_tolerance);
  }
};

}  // namespace coi
