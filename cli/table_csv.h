// Tables as CSV files (RFC 4180), for `coi tables`.
#pragma once

#include <string>

#include "pipeline/model.h"

namespace coi {

/// The table as RFC 4180 CSV: CRLF line ends; fields holding a comma, quote, CR or LF are
/// quoted, quotes doubled. Each row has one field per column of the table's grid
/// (pipeline/table_grid.h): a cell's text is in its anchor position; positions it spans, and
/// those no cell covers, are empty fields. Footnote marks are left out.
std::string table_to_csv(const Table& table);

/// File name of the table block `blocks[index]`: "<id>-after-<number>.csv" with the number of the
/// nearest preceding numbered paragraph, "<id>.csv" when there is none.
std::string csv_file_name(const std::vector<Block>& blocks, size_t index);

}  // namespace coi
