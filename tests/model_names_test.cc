// The one name table of the model's enumerations (pipeline/model_names.h).
#include "pipeline/model_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace coi {
namespace {

// Every value's name reads back as that value, and no two values share a name.
template <typename Enum>
void expect_round_trip(const std::vector<Enum>& values) {
  std::vector<std::string> names;
  for (const Enum value : values) {
    const std::string name = name_of(value);
    EXPECT_EQ(enum_named<Enum>(name), value) << name;
    for (const std::string& earlier : names) EXPECT_NE(earlier, name);
    names.push_back(name);
  }
}

TEST(ModelNames, EveryValueReadsBackFromItsName) {
  expect_round_trip<BlockKind>({BlockKind::kHeading, BlockKind::kParagraph, BlockKind::kList,
                                BlockKind::kQuote, BlockKind::kTable, BlockKind::kFigure,
                                BlockKind::kBackToContents, BlockKind::kToc});
  expect_round_trip<InlineKind>({InlineKind::kText, InlineKind::kStrong, InlineKind::kLink,
                                 InlineKind::kXref, InlineKind::kFootnoteRef});
  using Type = TypedValue::Type;
  expect_round_trip<Type>({Type::kNone, Type::kInteger, Type::kDecimal, Type::kPercent,
                           Type::kCurrency, Type::kRange, Type::kMissing});
  expect_round_trip<Signal>({Signal::kLayout, Signal::kStructTree});
  expect_round_trip<ResolveMethod>({ResolveMethod::kNone, ResolveMethod::kUrl,
                                    ResolveMethod::kAliasTitle, ResolveMethod::kTitle,
                                    ResolveMethod::kAliasFuzzy, ResolveMethod::kAmbiguous});
  expect_round_trip<SourceList>({SourceList::kCited, SourceList::kConsulted});
  expect_round_trip<Severity>({Severity::kInfo, Severity::kWarning, Severity::kError});
}

// The names docs/FORMAT.md documents.
TEST(ModelNames, NamesAreTheDocumentedOnes) {
  EXPECT_STREQ(name_of(BlockKind::kBackToContents), "back_to_contents");
  EXPECT_STREQ(name_of(InlineKind::kFootnoteRef), "fnref");
  EXPECT_STREQ(name_of(TypedValue::Type::kNone), "text");  // a column of no values is text
  EXPECT_STREQ(name_of(TypedValue::Type::kMissing), "missing");
  EXPECT_STREQ(name_of(Signal::kStructTree), "structure-tree");
  EXPECT_STREQ(name_of(ResolveMethod::kNone), "");  // unresolved: "method": ""
  EXPECT_STREQ(name_of(ResolveMethod::kAliasTitle), "alias-title");
  EXPECT_STREQ(name_of(SourceList::kConsulted), "consulted");
  EXPECT_STREQ(name_of(Severity::kWarning), "warning");
}

TEST(ModelNames, AnUnknownNameNamesNothing) {
  EXPECT_EQ(enum_named<BlockKind>("banana"), std::nullopt);
  EXPECT_EQ(enum_named<TypedValue::Type>("none"), std::nullopt);
  EXPECT_EQ(enum_named<Signal>(""), std::nullopt);
  EXPECT_EQ(enum_named<ResolveMethod>("URL"), std::nullopt);
}

}  // namespace
}  // namespace coi
