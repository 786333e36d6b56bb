// Settings of `coi diff` (section [diff] of config/coi.toml). Similarities are Dice
// coefficients over the multisets of word tokens of two paragraphs (0 = nothing shared,
// 1 = same words); see diff/align.cc for how each threshold is used.
#pragma once

#include "pipeline/config_section.h"

namespace coi {

struct DiffConfig {
  /// Least similarity for two paragraphs found anywhere in the notes to be the same paragraph
  /// (modified and/or moved).
  double min_similarity = 0.5;
  /// Least similarity for two leftover paragraphs at the same place between matched neighbours
  /// to be the same paragraph, rewritten (lower: position is evidence too).
  double gap_min_similarity = 0.35;
  /// Adding a neighbouring paragraph to a split/merge group must raise the similarity by this.
  double split_min_gain = 0.05;
  /// At most this many paragraphs on one side of a split or merge.
  int max_split_parts = 4;
  /// Candidate search: the rarest words of a paragraph looked up in the other version.
  int rare_words_per_paragraph = 8;
  /// Words found in more paragraphs than this are too common to find candidates by.
  int max_word_paragraphs = 40;
  /// Candidates (most rare words shared) whose similarity is computed, per paragraph.
  int candidates_per_paragraph = 6;
  /// Largest gap (old paragraphs x new paragraphs) aligned by dynamic programming.
  int max_gap_cells = 10000;
  /// Largest word-level comparison (old tokens x new tokens); larger ones show as replaced.
  int max_word_cells = 4000000;
  /// Least similarity for two tables (all cell words) to be versions of one table.
  double table_min_similarity = 0.3;
  /// Least similarity for two headings of the same level to be one heading renamed.
  double heading_min_similarity = 0.5;
  /// The same, for headings that also share their number (the number is evidence too).
  double numbered_heading_min_similarity = 0.25;
  /// Page view of `--html` with two PDFs: resolution of the page images, in dots per inch.
  /// 100 keeps 9 pt footnote text legible; the report grows with its square.
  double page_dpi = 100;
  /// Grey levels kept in the page images (2-256): fewer compress better, 16 keeps anti-aliased
  /// text smooth.
  int page_grey_levels = 16;
  /// zlib level of the page images' PNG compression (0-9): 6 is within 5% of 9's size at a
  /// tenth of its time.
  int page_png_compression = 6;

  /// Reads the [diff] section; defaults stay where a key is absent.
  void load(ConfigSection& s) {
    s.read("min_similarity", min_similarity);
    s.read("gap_min_similarity", gap_min_similarity);
    s.read("split_min_gain", split_min_gain);
    s.read("max_split_parts", max_split_parts);
    s.read("rare_words_per_paragraph", rare_words_per_paragraph);
    s.read("max_word_paragraphs", max_word_paragraphs);
    s.read("candidates_per_paragraph", candidates_per_paragraph);
    s.read("max_gap_cells", max_gap_cells);
    s.read("max_word_cells", max_word_cells);
    s.read("table_min_similarity", table_min_similarity);
    s.read("heading_min_similarity", heading_min_similarity);
    s.read("numbered_heading_min_similarity", numbered_heading_min_similarity);
    s.read("page_dpi", page_dpi);
    s.read("page_grey_levels", page_grey_levels);
    s.read("page_png_compression", page_png_compression);
    s.check("page_dpi", page_dpi >= 10 && page_dpi <= 600, "between 10 and 600");
    s.check("page_grey_levels", page_grey_levels >= 2 && page_grey_levels <= 256,
            "between 2 and 256");
    s.check("page_png_compression", page_png_compression >= 0 && page_png_compression <= 9,
            "between 0 and 9");
  }
};

}  // namespace coi
