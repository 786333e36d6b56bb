#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

#include "stages/emit/emit.h"
#include "stages/emit/xml_text.h"
#include "tests/support/compare.h"
#include "tests/support/emit_samples.h"
#include "tests/support/schema_check.h"

namespace coi::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string emit_xml(Doc doc, Diagnostics& diag) {
  Result<Doc> out = run_emit_xml(std::move(doc), EmitConfig{}, diag);
  EXPECT_TRUE(out.is_ok()) << out.status().to_string();
  if (!out.is_ok() || out.value().renderings.empty()) return {};
  EXPECT_EQ(out.value().renderings.back().format, "xml");
  return out.value().renderings.back().text;
}

std::string emit_xml(Doc doc) {
  Diagnostics diag;
  return emit_xml(std::move(doc), diag);
}

// XPath over an emitted document, with the prefix c bound to coi's namespace.
class XPath {
 public:
  explicit XPath(const std::string& xml)
      : doc_(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "out.xml", "UTF-8", 0)),
        context_(doc_ ? xmlXPathNewContext(doc_) : nullptr) {
    if (context_) {
      xmlXPathRegisterNs(context_, reinterpret_cast<const xmlChar*>("c"),
                         reinterpret_cast<const xmlChar*>("urn:coi:note:1"));
    }
  }
  ~XPath() {
    xmlXPathFreeContext(context_);
    xmlFreeDoc(doc_);
  }
  double number(const std::string& expression) {
    if (!context_) return -1;
    xmlXPathObjectPtr result =
        xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(expression.c_str()), context_);
    const double value = result ? xmlXPathCastToNumber(result) : -1;
    xmlXPathFreeObject(result);
    return value;
  }
  std::vector<std::string> strings(const std::string& expression) {
    std::vector<std::string> out;
    if (!context_) return out;
    xmlXPathObjectPtr result =
        xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(expression.c_str()), context_);
    if (result && result->nodesetval) {
      for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
        xmlChar* s = xmlNodeGetContent(result->nodesetval->nodeTab[i]);
        out.emplace_back(reinterpret_cast<const char*>(s));
        xmlFree(s);
      }
    }
    xmlXPathFreeObject(result);
    return out;
  }

 private:
  xmlDocPtr doc_;
  xmlXPathContextPtr context_;
};

TEST(EmitXml, SmallNoteExactly) {
  Doc doc;
  doc.source_name = "tiny.pdf";
  doc.meta.title = "Testland: Example";
  doc.blocks.push_back(heading("law", "country-information", 1, "", {text("Law")},
                               at(1, 72, 60, 200.004, 80)));
  Block para = block(BlockKind::kParagraph, "para-1.1.1", "country-information",
                     {text("Courts & "), strong("judges"), fnref(1), text(".")},
                     Places{Place{1, Box{72, 90, 523, 120}}, Place{2, Box{72, 60.5, 523, 70}}});
  para.number = "1.1.1";
  doc.blocks.push_back(para);
  doc.footnotes.push_back(Footnote{1, {link("Act", "https://example.org/?a=1&b=2")},
                                   at(1, 72, 780, 300, 790), "S1", ResolveMethod::kUrl, 0.954,
                                   {"para-1.1.1"}});
  Source s;
  s.id = "S1", s.list = SourceList::kCited, s.title = "Act";
  s.url = "https://example.org/?a=1&b=2";
  s.inlines = {link("Act", "https://example.org/?a=1&b=2")};
  doc.sources.push_back(s);
  EXPECT_EQ(emit_xml(doc),
            R"(<?xml version="1.0" encoding="UTF-8"?>
<document xmlns="urn:coi:note:1" format="1" source="tiny.pdf">
  <meta>
    <kind/>
    <title>Testland: Example</title>
    <country/>
    <publisher/>
    <version/>
    <date/>
    <validFrom/>
    <cutoff/>
  </meta>
  <body>
    <part eId="law" part="country-information" pages="1" bbox="72 60 200 80">
      <heading>Law</heading>
      <paragraph eId="para-1.1.1" pages="1 2" bbox="72 90 523 120;72 60.5 523 70">
        <num>1.1.1</num>
        <content>Courts &amp; <b>judges</b><noteRef n="1" href="#fn1"/>.</content>
      </paragraph>
    </part>
  </body>
  <notes>
    <note eId="fn1" n="1" source="S1" method="url" confidence="0.95" citedBy="para-1.1.1" pages="1" bbox="72 780 300 790"><a href="https://example.org/?a=1&amp;b=2">Act</a></note>
  </notes>
  <bibliography>
    <listBibl type="cited">
      <bibl eId="S1">
        <title>Act</title>
        <ptr target="https://example.org/?a=1&amp;b=2"/>
        <printed><a href="https://example.org/?a=1&amp;b=2">Act</a></printed>
        <citedBy notes="fn1" blocks="para-1.1.1"/>
      </bibl>
    </listBibl>
    <listBibl type="consulted"/>
  </bibliography>
  <diagnostics/>
</document>
)");
}

TEST(EmitXml, HeadingsNestBlocksByLevel) {
  XPath x(emit_xml(sample_doc()));
  // Before the first heading: the contents list, in the body itself.
  EXPECT_EQ(x.number("count(/c:document/c:body/c:toc)"), 1);
  EXPECT_EQ(x.number("count(/c:document/c:body/c:part)"), 2);
  EXPECT_EQ(x.number("count(//c:part[@eId='exec']/c:p[@eId='b2'])"), 1);
  EXPECT_EQ(x.number("count(//c:part[@eId='exec']/c:backToContents[@eId='b3'])"), 1);
  EXPECT_EQ(x.number("count(//c:part[@eId='ci']/c:section[@eId='sec-4']/c:paragraph)"), 1);
  EXPECT_EQ(x.number("count(//c:section/c:subsection[@eId='sec-4.1']/c:list)"), 1);
  EXPECT_EQ(x.number("count(//c:subsection/c:quote)"), 1);
  EXPECT_EQ(x.number("count(//c:subsection/c:level[@eId='b10']/c:figure)"), 1);
  EXPECT_EQ(x.number("count(//c:level/c:table[@eId='t1'])"), 1);
  EXPECT_EQ(x.strings("//c:section/c:num"), std::vector<std::string>{"4"});
  // The part slug is on the part container, not repeated on what it holds.
  EXPECT_EQ(x.number("count(//*[@part])"), 3);  // toc + the two parts
}

TEST(EmitXml, WritesEveryInlineKind) {
  const std::string xml = emit_xml(sample_doc());
  EXPECT_THAT(xml, HasSubstr(R"(<p eId="b2" pages="1" bbox="72 250 523 280">See <a href="https://example.org/law?a=1&amp;b=2">the law</a> and <b>note</b>.</p>)"));
  EXPECT_THAT(xml, HasSubstr(R"(<content>As set out in <ref target="4.1" href="#sec-4.1">Courts</ref>, courts decide.<noteRef n="1" href="#fn1"/> Also <ref target="99.9">Elsewhere</ref>.</content>)"));
  EXPECT_THAT(xml, HasSubstr(R"(<heading>Law<noteRef n="1" href="#fn1"/></heading>)"));
  EXPECT_THAT(xml, HasSubstr(R"(<paragraph eId="para-4.0.1" signal="structure-tree" pages="2 3" bbox="72 110 523 140;72 60 523 75.13">)"));
}

TEST(EmitXml, NestsListItemsByLevel) {
  const std::string xml = emit_xml(sample_doc());
  EXPECT_THAT(xml, HasSubstr(R"(<list eId="b8" pages="3" bbox="90 110 523 170" ordered="true">
            <item level="1" pages="3" bbox="90 110 523 125">
              <content>first</content>
              <list>
                <item level="2" pages="3" bbox="108 126 523 140">
                  <content>first, a<noteRef n="3" href="#fn3"/></content>
                </item>
                <item level="2" pages="3" bbox="108 141 523 155">
                  <content>first, b</content>
                </item>
              </list>
            </item>
            <item level="1" pages="3" bbox="90 156 523 170">
              <content>second</content>
            </item>
          </list>)"));
}

TEST(EmitXml, WritesTablesAsXhtmlWithTypedValues) {
  const std::string xml = emit_xml(sample_doc());
  EXPECT_THAT(xml, HasSubstr(R"(<table eId="t1" pages="4" bbox="72 60 523 300" headerRows="2">
              <colgroup>
                <col type="text"/>
                <col type="integer"/>
                <col type="percent"/>
              </colgroup>
              <thead>
                <tr>
                  <th rowspan="2">Status</th>
                  <th colspan="2">2023</th>
                </tr>
                <tr>
                  <th>Number</th>
                  <th>Share</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th>Granted</th>
                  <td valueType="integer" value="65" marked="true">65*</td>
                  <td valueType="percent" value="12.5" pages="2" bbox="400 300 450 312">12.5%<noteRef n="2" href="#fn2"/></td>
                </tr>
                <tr>
                  <td>Refused</td>
                  <td valueType="range" value="10" high="20" unit="€">€10–20</td>
                  <td valueType="missing">-</td>
                </tr>
              </tbody>
            </table>)"));
}

TEST(EmitXml, WritesContentsFiguresAndBackToContents) {
  const std::string xml = emit_xml(sample_doc());
  EXPECT_THAT(xml, HasSubstr(R"(<toc eId="toc" part="contents" pages="1" bbox="72 80 523 200">
      <tocItem level="1" page="1" href="#exec">Executive summary</tocItem>
      <tocItem level="2" num="4" page="2" href="#sec-4">Law</tocItem>
      <tocItem level="3" num="4.1" page="2" href="#sec-4.1">Courts</tocItem>
    </toc>)"));
  EXPECT_THAT(xml, HasSubstr(R"(<figure eId="b11" pages="3" bbox="72 230 523 400">
              <figDesc>Flow chart of the procedure</figDesc>
            </figure>)"));
  EXPECT_THAT(xml, HasSubstr(R"(<backToContents eId="b3" pages="1" bbox="72 290 160 300"/>)"));
}

TEST(EmitXml, WritesNotesOutOfLineWithTheirSources) {
  const std::string xml = emit_xml(sample_doc());
  EXPECT_THAT(xml, HasSubstr(R"(<note eId="fn1" n="1" source="S1" method="url" confidence="0.95" citedBy="sec-4 para-4.0.1" pages="2" bbox="72 780 523 790">Court, <a href="https://example.org/j">Judgment</a></note>)"));
  EXPECT_THAT(xml, HasSubstr(R"(<note eId="fn2" n="2" confidence="0" citedBy="t1" pages="4" bbox="72 780 523 790">Correspondence, available on request</note>)"));
}

TEST(EmitXml, ListsEachSourceWithTheBlocksCitingIt) {
  const std::string xml = emit_xml(sample_doc());
  EXPECT_THAT(xml, HasSubstr(R"(<listBibl type="cited">
      <bibl eId="S1" pages="5" bbox="72 100 523 120">
        <publisher>Court</publisher>
        <author>Court</author>
        <title>Judgment</title>
        <ptr target="https://example.org/j"/>
        <detail>(page 7)</detail>
        <date>1 May 2024</date>
        <accessed>2 June 2025</accessed>
        <printed>Court, <a href="https://example.org/j">Judgment</a> (page 7), 1 May 2024. Accessed: 2 June 2025</printed>
        <citedBy notes="fn1 fn3" blocks="sec-4 para-4.0.1 b8"/>
      </bibl>
    </listBibl>
    <listBibl type="consulted">
      <bibl eId="S2" pages="5" bbox="72 130 523 140">
        <title>Expert report</title>
        <date>no date</date>
        <printed>Expert report, no date</printed>
      </bibl>
    </listBibl>)"));
}

TEST(EmitXml, WritesDiagnostics) {
  Diagnostics findings = sample_findings();
  const std::string xml = emit_xml(sample_doc(), findings);
  EXPECT_THAT(xml, HasSubstr(R"(<diagnostic severity="warning" code="ragged-table" stage="tables" page="4" block="t1">row 3 is short</diagnostic>)"));
}

TEST(EmitXml, DropsCharactersXmlForbidsWithOneWarning) {
  Doc doc = sample_doc();
  doc.blocks[2].inlines.push_back(text("a\x01" "b\x0B" "c\t\xFF" "d"));
  doc.footnotes[0].inlines.push_back(text("\x1F"));
  Diagnostic finding = sample_findings().items()[0];
  finding.message += "\x02";
  Diagnostics diag;
  diag.add(finding);
  Result<Doc> out = run_emit_xml(doc, EmitConfig{}, diag);
  ASSERT_TRUE(out.is_ok()) << out.status().to_string();
  ASSERT_EQ(diag.items().size(), 2u);
  EXPECT_EQ(diag.items()[1].code, "xml-invalid-char");
  EXPECT_EQ(diag.items()[1].message,
            "dropped 5 character(s) that XML 1.0 does not allow (control characters or malformed "
            "UTF-8)");
  const std::string& xml = out.value().renderings.back().text;
  EXPECT_THAT(xml, HasSubstr(".abc\td</p>"));
  EXPECT_THAT(xml, HasSubstr(R"(row 3 is short</diagnostic>
    <diagnostic severity="warning" code="xml-invalid-char">dropped 5 character(s))"));
  EXPECT_THAT(relaxng_errors(xml), ::testing::IsEmpty());
}

TEST(EmitXml, AddsNoWarningForCleanText) {
  Diagnostics diag;
  const std::string xml = emit_xml(sample_doc(), diag);
  EXPECT_TRUE(diag.items().empty());
  EXPECT_THAT(xml, Not(HasSubstr("xml-invalid-char")));
}

TEST(EmitXml, IsByteIdenticalAcrossRuns) {
  EXPECT_TRUE(same_text(emit_xml(sample_doc()), emit_xml(sample_doc())));
  Doc truth = truth_with_ids();
  EXPECT_TRUE(same_text(emit_xml(truth), emit_xml(truth)));
}

// How many blocks of the model have `kind` (and, for headings, `level`; for paragraphs, a
// number or none).
double count_blocks(const Doc& doc, BlockKind kind, int level = 0, int numbered = -1) {
  int n = 0;
  for (const Block& b : doc.blocks) {
    n += b.kind == kind && (level == 0 || b.level == level) &&
         (numbered < 0 || numbered == !b.number.empty());
  }
  return n;
}

// How many inline runs of `kind` the body holds (blocks, list items and table cells).
double count_runs(const Doc& doc, InlineKind kind) {
  int n = 0;
  const auto add = [&](const Inlines& runs) {
    for (const Inline& run : runs) n += run.kind == kind;
  };
  for (const Block& b : doc.blocks) {
    add(b.inlines);
    for (const ListItem& item : b.items) add(item.inlines);
    for (const auto& row : b.table.rows) {
      for (const Cell& cell : row) add(cell.inlines);
    }
  }
  return n;
}

double count_sources(const Doc& doc, SourceList list) {
  int n = 0;
  for (const Source& s : doc.sources) n += s.list == list;
  return n;
}

// Each element of the XML as often as the model holds what it renders.
TEST(EmitXml, GroundTruthStructure) {
  const Doc truth = truth_with_ids();
  XPath x(emit_xml(truth));
  EXPECT_EQ(x.number("count(//c:part)"), count_blocks(truth, BlockKind::kHeading, 1));
  EXPECT_EQ(x.number("count(//c:section)"), count_blocks(truth, BlockKind::kHeading, 2));
  EXPECT_EQ(x.number("count(//c:subsection)"), count_blocks(truth, BlockKind::kHeading, 3));
  EXPECT_EQ(x.number("count(//c:level)"), count_blocks(truth, BlockKind::kHeading, 4));
  EXPECT_EQ(x.number("count(//c:paragraph)"), count_blocks(truth, BlockKind::kParagraph, 0, 1));
  EXPECT_EQ(x.number("count(//c:p)"), count_blocks(truth, BlockKind::kParagraph, 0, 0));
  EXPECT_EQ(x.number("count(//c:body//c:list[@eId])"), count_blocks(truth, BlockKind::kList));
  EXPECT_EQ(x.number("count(//c:table)"), count_blocks(truth, BlockKind::kTable));
  EXPECT_EQ(x.number("count(//c:figure)"), count_blocks(truth, BlockKind::kFigure));
  EXPECT_EQ(x.number("count(//c:backToContents)"), count_blocks(truth, BlockKind::kBackToContents));
  EXPECT_EQ(x.number("count(//c:note)"), static_cast<double>(truth.footnotes.size()));
  EXPECT_EQ(x.number("count(//c:listBibl[@type='cited']/c:bibl)"), count_sources(truth, SourceList::kCited));
  EXPECT_EQ(x.number("count(//c:listBibl[@type='consulted']/c:bibl)"),
            count_sources(truth, SourceList::kConsulted));
  EXPECT_EQ(x.number("count(//c:noteRef)"), count_runs(truth, InlineKind::kFootnoteRef));
  EXPECT_EQ(x.number("count(//c:ref)"), count_runs(truth, InlineKind::kXref));
  EXPECT_EQ(x.number("count(//c:body//c:a)"), count_runs(truth, InlineKind::kLink));
}

TEST(EmitXml, GroundTruthReferencesAllResolve) {
  const Doc truth = truth_with_ids();
  XPath x(emit_xml(truth));
  std::vector<std::string> ids = x.strings("//@eId");
  const std::set<std::string> unique(ids.begin(), ids.end());
  EXPECT_EQ(unique.size(), ids.size());
  // Every xref, footnote mark and contents entry of the ground truth names its target.
  EXPECT_EQ(x.number("count(//c:ref[not(@href)] | //c:noteRef[not(@href)])"), 0);
  EXPECT_EQ(x.number("count(//c:tocItem[not(@href)])"), 0);
  for (const std::string& href : x.strings("//@href[starts-with(., '#')]")) {
    EXPECT_TRUE(unique.count(href.substr(1))) << href;
  }
  // Sources cited by footnotes list the blocks behind those footnotes.
  int with_source = 0;
  for (const Footnote& f : truth.footnotes) with_source += !f.source_id.empty();
  EXPECT_EQ(x.number("count(//c:note[@source])"), with_source);
  EXPECT_EQ(x.number("count(//c:bibl/c:citedBy[@blocks])"), x.number("count(//c:bibl/c:citedBy)"));
}

TEST(XmlText, DropsForbiddenCharactersAndMalformedUtf8) {
  int dropped = 0;
  std::string scratch;
  EXPECT_EQ(xml_clean("a\x01\x0B\tb\n\r", dropped, scratch), "a\tb\n\r");
  EXPECT_EQ(dropped, 2);
  dropped = 0;
  // U+FFFE, a lone continuation byte, an overlong "/", a surrogate; é and 😀 survive.
  EXPECT_EQ(xml_clean("\xEF\xBF\xBE" "\x80" "\xC0\xAF" "\xED\xA0\x80" "é😀", dropped, scratch),
            "é😀");
  EXPECT_EQ(dropped, 1 + 1 + 2 + 3);
  // Clean text is given back as it is, without a copy.
  const std::string_view clean = "plain \xC3\xA9 text";
  EXPECT_EQ(xml_clean(clean, dropped, scratch).data(), clean.data());
  EXPECT_EQ(dropped, 1 + 1 + 2 + 3);
}

TEST(XmlText, FormatsNumbersShortestAndStable) {
  EXPECT_EQ(format_number(72.0), "72");
  EXPECT_EQ(format_number(0.125), "0.125");
  EXPECT_EQ(format_number(-0.0), "0");
  EXPECT_EQ(bbox_attribute({{3, {72.004, 100.256, 523, 140.5}}, {4, {1, 2, 3, 4}}}),
            "72 100.26 523 140.5;1 2 3 4");
  EXPECT_EQ(pages_attribute({{3, {}}, {4, {}}}), "3 4");
}

}  // namespace
}  // namespace coi::testing
