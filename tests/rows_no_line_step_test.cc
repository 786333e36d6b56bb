// A table whose cells wrap no line shows no line step of its own, and its rows lie just under
// `row_pitch_min` apart (stages/tables/row_pitch.h, step 1d; fixtures/tables-once/
// header-rows-no-line-step-libreoffice, fixtures/README.md): the line step of the note's other
// tables tells its padded rows apart.
//
// Seed 2204's LibreOffice rendering (held18), pages 57-59 and 75: t7's two-row header, "Year"
// over both rows beside "2019" and "2020" over "Accommodation", its rows 14.8 pt apart (1.345
// font sizes), the header's two rows 15.7. "Accommodation" fits after "2019", so the text
// alone reads one row ("2019 Accommodation"), and only the pitch can part them. t12 on page 75
// wraps its cells, 1.164 font sizes a line, as every padded table of the note does; read with
// that step, t7's header rows are the model's. The Cairo re-print is the second shape.
#include <gtest/gtest.h>

#include "tests/support/fixture_doc.h"
#include "tests/support/table_expectations.h"

namespace coi {
namespace {

struct NoLineStepRender {
  static constexpr const char* kFolder =
      "fixtures/tables-once/header-rows-no-line-step-libreoffice";
  static constexpr const char* kProducer = "libreoffice";
  static constexpr const char* kStopAfter = "tables";
};

using RowsNoLineStep = testing::FixtureRenderSuite<NoLineStepRender>;

TEST_F(RowsNoLineStep, TheNotesLineStepPartsTheHeaderRows) {
  testing::expect_table_and_spans(*model_, *ours_, "t7");
  testing::expect_table_and_spans(*model_, *ours_, "t12");
}

struct NoLineStepCairoRender {
  static constexpr const char* kFolder =
      "fixtures/tables-once/header-rows-no-line-step-libreoffice";
  static constexpr const char* kProducer = "cairo-libreoffice";
  static constexpr const char* kStopAfter = "tables";
};

using RowsNoLineStepCairo = testing::FixtureRenderSuite<NoLineStepCairoRender>;

TEST_F(RowsNoLineStepCairo, TheNotesLineStepPartsTheHeaderRows) {
  testing::expect_table_and_spans(*model_, *ours_, "t7");
  testing::expect_table_and_spans(*model_, *ours_, "t12");
}

}  // namespace
}  // namespace coi
