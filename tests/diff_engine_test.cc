// The diff engine on small hand-built notes: one behaviour per test.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "diff/diff.h"
#include "diff/render.h"

namespace coi {
namespace {

// A tiny note: headings and paragraphs; "[n]" in a paragraph's text is footnote mark n.
class Note {
 public:
  Note& heading(int level, const std::string& number, const std::string& text) {
    Block b;
    b.kind = BlockKind::kHeading;
    b.level = level;
    b.number = number;
    b.inlines = {Inline{InlineKind::kText, text, "", "", 0}};
    doc_.blocks.push_back(b);
    return *this;
  }
  Note& para(const std::string& number, const std::string& text) {
    Block b;
    b.number = number;
    size_t start = 0;
    while (start < text.size()) {
      const size_t mark = text.find('[', start);
      if (mark == std::string::npos) {
        b.inlines.push_back(Inline{InlineKind::kText, text.substr(start), "", "", 0});
        break;
      }
      if (mark > start)
        b.inlines.push_back(Inline{InlineKind::kText, text.substr(start, mark - start), "", "", 0});
      const size_t close = text.find(']', mark);
      Inline ref;
      ref.kind = InlineKind::kFootnoteRef;
      ref.footnote = std::stoi(text.substr(mark + 1, close - mark - 1));
      b.inlines.push_back(ref);
      start = close + 1;
    }
    doc_.blocks.push_back(b);
    return *this;
  }
  Note& footnote(int number, const std::string& source, const std::string& text = "") {
    Footnote f;
    f.number = number;
    f.source_id = source;
    f.inlines = {Inline{InlineKind::kText, text, "", "", 0}};
    doc_.footnotes.push_back(f);
    return *this;
  }
  Note& source(const std::string& id, const std::string& title, const std::string& url) {
    Source s;
    s.id = id;
    s.title = title;
    s.url = url;
    doc_.sources.push_back(s);
    return *this;
  }
  Note& table(const std::string& id, const std::vector<std::vector<std::string>>& rows) {
    Block b;
    b.kind = BlockKind::kTable;
    b.id = id;
    b.table.header_rows = 1;
    for (const auto& row : rows) {
      std::vector<Cell> cells;
      for (const std::string& text : row) {
        Cell c;
        c.inlines = {Inline{InlineKind::kText, text, "", "", 0}};
        cells.push_back(c);
      }
      b.table.rows.push_back(cells);
    }
    doc_.blocks.push_back(b);
    return *this;
  }
  /// A paragraph whose text `before` + link (`text` -> `url`) + `after`.
  Note& linked(const std::string& number, const std::string& before, const std::string& text,
               const std::string& url, const std::string& after) {
    Block b;
    b.number = number;
    b.inlines = {Inline{InlineKind::kText, before, "", "", 0},
                 Inline{InlineKind::kLink, text, url, "", 0},
                 Inline{InlineKind::kText, after, "", "", 0}};
    doc_.blocks.push_back(b);
    return *this;
  }
  /// Gives cell `index` of row `row` of the last table a span; the cells it covers must be
  /// absent from the rows given to table().
  Note& span(size_t row, size_t index, int rowspan, int colspan) {
    Cell& c = doc_.blocks.back().table.rows[row][index];
    c.rowspan = rowspan;
    c.colspan = colspan;
    return *this;
  }
  Doc doc() const { return doc_; }

 private:
  Doc doc_;
};

const char* kA = "The asylum court heard eleven thousand appeals during the spring session";
const char* kB = "Reception centres in Calais offered beds to families with young children";
const char* kC = "Interpreters were provided free of charge for every interview at the prefecture";
const char* kD = "Detention orders were reviewed by a judge within forty eight hours of arrest";

// "change old->new" for every group, in report order.
std::vector<std::string> summary(const DiffReport& r) {
  std::vector<std::string> out;
  for (const ParagraphChange& p : r.paragraphs) {
    std::string s = change_name(p.change);
    s += " ";
    for (int i : p.old_units) s += r.old_units[i].number + ";";
    s += "->";
    for (int j : p.new_units) s += r.new_units[j].number + ";";
    out.push_back(s);
  }
  return out;
}

DiffReport run(const Note& a, const Note& b) { return diff_docs(a.doc(), b.doc(), DiffConfig{}); }

TEST(DiffEngineTest, InsertionRenumbersTheParagraphsAfterIt) {
  Note a, b;
  a.heading(2, "1", "Law").para("1.1.1", kA).para("1.1.2", kB);
  b.heading(2, "1", "Law").para("1.1.1", kC).para("1.1.2", kA).para("1.1.3", kB);
  EXPECT_EQ(summary(run(a, b)),
            (std::vector<std::string>{"inserted ->1.1.1;", "renumbered 1.1.1;->1.1.2;",
                                      "renumbered 1.1.2;->1.1.3;"}));
}

TEST(DiffEngineTest, DeletionIsReportedWhereItWas) {
  Note a, b;
  a.heading(2, "1", "Law").para("1.1.1", kA).para("1.1.2", kB).para("1.1.3", kC);
  b.heading(2, "1", "Law").para("1.1.1", kA).para("1.1.2", kC);
  EXPECT_EQ(summary(run(a, b)),
            (std::vector<std::string>{"unchanged 1.1.1;->1.1.1;", "deleted 1.1.2;->",
                                      "renumbered 1.1.3;->1.1.2;"}));
}

TEST(DiffEngineTest, WordChangeIsShownWordByWord) {
  Note a, b;
  a.heading(2, "1", "Law").para("1.1.1", kA);
  b.heading(2, "1", "Law")
      .para("1.1.1", "The asylum court heard twelve thousand appeals during the spring session");
  const DiffReport r = run(a, b);
  ASSERT_EQ(r.paragraphs.size(), 1u);
  EXPECT_EQ(r.paragraphs[0].change, Change::kModified);
  EXPECT_EQ(
      render_diff_text(r, false).find("heard [-eleven-]{+twelve+} thousand") != std::string::npos,
      true);
}

TEST(DiffEngineTest, ParagraphInAnotherSectionHasMoved) {
  Note a, b;
  a.heading(2, "1", "Law")
      .para("1.1.1", kA)
      .para("1.1.2", kB)
      .heading(2, "2", "Courts")
      .para("2.1.1", kC);
  b.heading(2, "1", "Law")
      .para("1.1.1", kA)
      .heading(2, "2", "Courts")
      .para("2.1.1", kC)
      .para("2.1.2", kB);
  EXPECT_EQ(summary(run(a, b)),
            (std::vector<std::string>{"unchanged 1.1.1;->1.1.1;", "unchanged 2.1.1;->2.1.1;",
                                      "moved 1.1.2;->2.1.2;"}));
}

TEST(DiffEngineTest, SplitAndMergeAreFoundByConcatenation) {
  const std::string ab = std::string(kA) + ". " + kB + ".";
  Note a, b;
  a.heading(2, "1", "Law").para("1.1.1", ab).para("1.1.2", kC).para("1.1.3", kD);
  b.heading(2, "1", "Law")
      .para("1.1.1", std::string(kA) + ".")
      .para("1.1.2", std::string(kB) + ".")
      .para("1.1.3", std::string(kC) + " " + kD);
  EXPECT_EQ(summary(run(a, b)), (std::vector<std::string>{"split 1.1.1;->1.1.1;1.1.2;",
                                                          "merged 1.1.2;1.1.3;->1.1.3;"}));
}

TEST(DiffEngineTest, FootnoteRenumberingAloneIsNoChange) {
  Note a, b;
  a.heading(2, "1", "Law")
      .para("1.1.1", std::string(kA) + "[1]")
      .footnote(1, "S1")
      .source("S1", "T", "u");
  b.heading(2, "1", "Law")
      .para("1.1.1", std::string(kA) + "[7]")
      .footnote(7, "S1")
      .source("S1", "T", "u");
  EXPECT_TRUE(run(a, b).same());
}

TEST(DiffEngineTest, UnresolvedFootnotesCompareByText) {
  Note a, b;
  a.heading(2, "1", "Law").para("1.1.1", std::string(kA) + "[1]").footnote(1, "", "Letter, 2025");
  b.heading(2, "1", "Law").para("1.1.1", std::string(kA) + "[1]").footnote(1, "", "Email, 2026");
  const DiffReport r = run(a, b);
  ASSERT_EQ(r.paragraphs.size(), 1u);
  EXPECT_EQ(r.paragraphs[0].cites_added, std::vector<std::string>{"note: Email, 2026"});
  EXPECT_EQ(r.paragraphs[0].cites_removed, std::vector<std::string>{"note: Letter, 2025"});
}

TEST(DiffEngineTest, SourceWhoseIdChangedWithItsUrlIsMatchedByTitle) {
  Note a, b;
  a.para("", std::string(kA) + "[1]")
      .footnote(1, "u-old")
      .source("u-old", "Annual report", "https://x/old");
  b.para("", std::string(kA) + "[1]")
      .footnote(1, "u-new")
      .source("u-new", "Annual report", "https://x/new");
  const DiffReport r = run(a, b);
  ASSERT_EQ(r.sources.size(), 1u);
  EXPECT_EQ(r.sources[0].kind, SourceChange::Kind::kUrl);
  EXPECT_EQ(r.paragraphs[0].change, Change::kUnchanged);  // cites the same source still
}

TEST(DiffEngineTest, HeadingsAddedRemovedAndRenamed) {
  Note a, b;
  a.heading(2, "1", "Law").heading(2, "2", "Old courts").heading(3, "2.1", "Appeals");
  b.heading(2, "1", "Law").heading(3, "2.1", "Appeals to the court").heading(2, "3", "Returns");
  std::vector<std::string> found;
  for (const HeadingChange& h : run(a, b).headings) {
    found.push_back(std::string(change_name(h.kind)) + " " + h.old_text + "|" + h.new_text);
  }
  EXPECT_EQ(found,
            (std::vector<std::string>{"unchanged Law|Law", "removed Old courts|",
                                      "renamed Appeals|Appeals to the court", "added |Returns"}));
}

TEST(DiffEngineTest, TableColumnAddedAndCellChanged) {
  Note a, b;
  a.table("t1", {{"Year", "Claims"}, {"2023", "100"}, {"2024", "120"}});
  b.table("t1", {{"Year", "Claims", "Grants"}, {"2023", "100", "40"}, {"2024", "125", "50"}});
  std::vector<std::string> found;
  for (const TableChange& t : run(a, b).tables) {
    found.push_back(std::string(change_name(t.kind)) + " " + t.row + "|" + t.column + "|" +
                    t.old_text + ">" + t.new_text);
  }
  EXPECT_EQ(found,
            (std::vector<std::string>{"column-added |Grants|>", "cell 2024|Claims|120>125"}));
}

TEST(DiffEngineTest, RepeatedTextPairsByPosition) {
  Note a, b;
  a.heading(2, "1", "A")
      .para("", "See also Statistics")
      .para("1.1.1", kA)
      .heading(2, "2", "B")
      .para("", "See also Statistics")
      .para("2.1.1", kB);
  b.heading(2, "1", "A")
      .para("1.1.1", kA)
      .heading(2, "2", "B")
      .para("", "See also Statistics")
      .para("2.1.1", kB);
  const std::vector<std::string> got = summary(run(a, b));
  EXPECT_EQ(got, (std::vector<std::string>{"deleted ;->", "unchanged 1.1.1;->1.1.1;",
                                           "unchanged ;->;", "unchanged 2.1.1;->2.1.1;"}));
}

std::vector<std::string> table_changes(const DiffReport& r) {
  std::vector<std::string> found;
  for (const TableChange& t : r.tables) {
    found.push_back(std::string(change_name(t.kind)) + " " + t.row + "|" + t.column + "|" +
                    t.old_text + ">" + t.new_text);
  }
  return found;
}

const char* kOld = "https://www.ofpra.gouv.fr/old-page";
const char* kNew = "https://www.ofpra.gouv.fr/new-page";

TEST(DiffEngineTest, LinkWhoseUrlChangedMakesTheParagraphModified) {
  Note a, b;
  a.heading(2, "1", "Law").linked("1.1.1", "See the ", "OFPRA guide", kOld, " for details.");
  b.heading(2, "1", "Law").linked("1.1.1", "See the ", "OFPRA guide", kNew, " for details.");
  const DiffReport r = run(a, b);
  ASSERT_EQ(r.paragraphs.size(), 1u);
  EXPECT_EQ(r.paragraphs[0].change, Change::kModified);
  EXPECT_FALSE(r.paragraphs[0].text_changed);
  ASSERT_EQ(r.paragraphs[0].links.size(), 1u);
  EXPECT_EQ(r.paragraphs[0].links[0].text, "OFPRA guide");
  EXPECT_EQ(r.paragraphs[0].links[0].old_url, kOld);
  EXPECT_EQ(r.paragraphs[0].links[0].new_url, kNew);
  EXPECT_FALSE(r.same());
}

TEST(DiffEngineTest, ChangedLinkUrlIsInEveryOutputFormat) {
  Note a, b;
  a.heading(2, "1", "Law").linked("1.1.1", "See the ", "OFPRA guide", kOld, " for details.");
  b.heading(2, "1", "Law").linked("1.1.1", "See the ", "OFPRA guide", kNew, " for details.");
  const DiffReport r = run(a, b);
  const std::string text = render_diff_text(r, false);
  EXPECT_NE(text.find(std::string("  link \"OFPRA guide\": [-") + kOld + "-]{+" + kNew + "+}\n"),
            std::string::npos)
      << text;
  const nlohmann::json json = nlohmann::json::parse(render_diff_json(r));
  EXPECT_EQ(json["paragraphs"][0]["links"],
            nlohmann::json::parse(std::string("[{\"text\": \"OFPRA guide\", \"old\": \"") + kOld +
                                  "\", \"new\": \"" + kNew + "\"}]"));
  const std::string xml = render_diff_xml(r);
  EXPECT_NE(xml.find(std::string("<link-change text=\"OFPRA guide\" old=\"") + kOld +
                     "\" new=\"" + kNew + "\"/>"),
            std::string::npos)
      << xml;
  const std::string html = render_diff_html(r);
  EXPECT_NE(html.find(std::string("<p class=\"link\">Link &ldquo;OFPRA guide&rdquo;: <del>") +
                      kOld + "</del> <ins>" + kNew + "</ins></p>"),
            std::string::npos);
}

TEST(DiffEngineTest, LinkAddedOnTheSameWordsIsReported) {
  Note a, b;
  a.heading(2, "1", "Law").para("1.1.1", "See the OFPRA guide for details.");
  b.heading(2, "1", "Law").linked("1.1.1", "See the ", "OFPRA guide", kNew, " for details.");
  const DiffReport r = run(a, b);
  ASSERT_EQ(r.paragraphs.size(), 1u);
  EXPECT_EQ(r.paragraphs[0].change, Change::kModified);
  ASSERT_EQ(r.paragraphs[0].links.size(), 1u);
  EXPECT_EQ(r.paragraphs[0].links[0].old_url, "");
  EXPECT_EQ(r.paragraphs[0].links[0].new_url, kNew);
}

TEST(DiffEngineTest, SameLinksAreNoChange) {
  Note a, b;
  a.heading(2, "1", "Law").linked("1.1.1", "See the ", "OFPRA guide", kOld, " for details.");
  b.heading(2, "1", "Law").linked("1.1.1", "See the ", "OFPRA guide", kOld, " for details.");
  EXPECT_TRUE(run(a, b).same());
}

// A rowspan changed into two cells: the expanded grids differ in the covered position only,
// labelled by the row's own first cell and the column's header.
TEST(DiffEngineTest, SpanChangeShowsAsTheCellItGainedOrLost) {
  Note a, b;
  a.table("t1", {{"Type", "Offence", "Penalty"}, {"Sexual", "Pimping", "7 years"},
                 {"In a gang", "20 years"}})
      .span(1, 0, 2, 1);
  b.table("t1", {{"Type", "Offence", "Penalty"}, {"Sexual", "Pimping", "7 years"},
                 {"Other", "In a gang", "20 years"}});
  EXPECT_EQ(table_changes(run(a, b)),
            (std::vector<std::string>{"cell Other|Type|Sexual>Other"}));
}

// Under a rowspan, the row's stored cells sit one column right of their position in the row:
// compared as a grid, a changed penalty is in the Penalty column.
TEST(DiffEngineTest, CellsUnderARowspanCompareInTheirGridColumn) {
  Note a, b;
  a.table("t1", {{"Type", "Offence", "Penalty"}, {"Sexual", "Pimping", "7 years"},
                 {"In a gang", "20 years"}})
      .span(1, 0, 2, 1);
  b.table("t1", {{"Type", "Offence", "Penalty"}, {"Sexual", "Pimping", "7 years"},
                 {"In a gang", "25 years"}})
      .span(1, 0, 2, 1);
  EXPECT_EQ(table_changes(run(a, b)),
            (std::vector<std::string>{"cell In a gang|Penalty|20 years>25 years"}));
}

// A changed text in a cell spanning two rows is one change, not one per row it covers.
TEST(DiffEngineTest, ChangedSpanningCellIsOneChange) {
  Note a, b;
  a.table("t1", {{"Type", "Offence"}, {"Sexual", "Pimping"}, {"In a gang"}}).span(1, 0, 2, 1);
  b.table("t1", {{"Type", "Offence"}, {"Sexual exploitation", "Pimping"}, {"In a gang"}})
      .span(1, 0, 2, 1);
  EXPECT_EQ(table_changes(run(a, b)),
            (std::vector<std::string>{"cell Sexual exploitation|Type|Sexual>Sexual exploitation"}));
}

// A cell wrapped after its slash on one render and at a space on the other reads "labour/
// domestic" against "labour/domestic": spacing around punctuation is no change, as in paragraphs.
// A space between two words that one version closes is a change.
TEST(DiffEngineTest, CellsCompareByTheirWordsNotTheSpacingAroundPunctuation) {
  Note a, b;
  a.table("t1", {{"Type", "Victims"}, {"Forced labour/ domestic servitude", "57"},
                 {"Other ( unspecified )", "3"}, {"Sexual exploitation", "12"}});
  b.table("t1", {{"Type", "Victims"}, {"Forced labour/domestic servitude", "57"},
                 {"Other (unspecified)", "3"}, {"Sexualexploitation", "12"}});
  EXPECT_EQ(table_changes(run(a, b)),
            (std::vector<std::string>{"cell Sexualexploitation|Type|Sexual exploitation>Sexualexploitation"}));
}

// Contents entries left as text in the contents part (a list the layout stage could not read)
// differ only by their page numbers between two renders: no paragraph change. Outside the
// contents part the same numbers are a change.
TEST(DiffEngine, PageNumbersInTheContentsPartAreNoChange) {
  const auto note = [](const std::string& pages, const std::string& part) {
    Doc doc = Note()
                  .heading(1, "", "Contents")
                  .para("", "Executive summary " + pages)
                  .para("", "6.8 Detention for the purpose of the asylum procedure " + pages)
                  .doc();
    for (Block& b : doc.blocks) b.part = part;
    return doc;
  };
  EXPECT_TRUE(diff_docs(note("2", "contents"), note("3", "contents"), DiffConfig{}).same());
  EXPECT_FALSE(diff_docs(note("2", "about"), note("3", "about"), DiffConfig{}).same());
}

}  // namespace
}  // namespace coi
