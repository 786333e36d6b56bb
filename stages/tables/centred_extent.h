// Tables ruled with horizontal lines only (hrule_tables.h), steps 4b and 4c: how many rows a
// label centred over the rows it spans covers, read from where the producer printed it.
#pragma once

#include <cstddef>
#include <vector>

#include "stages/tables/hrule_lines.h"

namespace coi::tables::hrule {

/// Where a row's text lies: its first line's baseline and top, its last line's bottom.
struct RowBox {
  double baseline = 0, top = 0, bottom = 0;
};

/// Where a label lies: the middle of its lines' baselines, and halfway between its first
/// line's top and its last line's bottom.
struct LabelBox {
  double baseline = 0, middle = 0;
};

/// The usual distance between the baselines of consecutive `lines` (their median step); 0 when
/// there are fewer than two.
double line_pitch(const std::vector<TextLine>& lines);

/// The box of each row, each given as the indices of its printed lines in `lines`.
std::vector<RowBox> row_boxes(const std::vector<TextLine>& lines,
                              const std::vector<std::vector<size_t>>& rows);

/// The box of the printed lines `of` (indices into `lines`).
LabelBox label_box(const std::vector<TextLine>& lines, const std::vector<size_t>& of);

/// True when `rows` (each the indices of its printed lines in `lines`) are set with no padding:
/// the usual step from a row's last line to the next row's first is no longer than the usual
/// step between two lines of one row, by more than `tolerance` of it (TeX). False when no row
/// has two lines.
bool unpadded_rows(const std::vector<TextLine>& lines, const std::vector<std::vector<size_t>>& rows,
                   double tolerance);

/// The usual step from a row's last line to the next row's first line (the upper median of
/// those steps, each row given as the indices of its printed lines in `lines`): a row of one
/// line is that far from the next, the line \multirow counts in a table whose rows are padded.
/// 0 when there is one row.
double one_line_row_step(const std::vector<TextLine>& lines,
                         const std::vector<std::vector<size_t>>& rows);

/// How far (points) `label` lies below where it would if centred over rows r0..r1 (negative:
/// above): over as many lines `pitch` apart as rows when `by_lines`, else over the rows' height.
/// r1 may lie past the last row when `by_lines`.
double signed_offset(const std::vector<RowBox>& rows, const LabelBox& label, double pitch,
                     bool by_lines, int r0, int r1);

/// How far (points) `label` lies from where it would if centred over rows r0..r1, above or below
/// (signed_offset's size).
double centring_offset(const std::vector<RowBox>& rows, const LabelBox& label, double pitch,
                       bool by_lines, int r0, int r1);

/// True when `label` is centred over rows r0..r1 within `tolerance` line pitches: over as many
/// lines as rows when `by_lines` (LaTeX's \multirow, in a table of unpadded rows), else over the
/// rows' height (Word, CSS).
bool centred_over(const std::vector<RowBox>& rows, const LabelBox& label, double pitch,
                  bool by_lines, int r0, int r1, double tolerance);

}  // namespace coi::tables::hrule
