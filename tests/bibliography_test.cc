#include "stages/bibliography/bibliography.h"

#include <gtest/gtest.h>

#include <optional>

#include "cli/config.h"
#include "pipeline/model_json.h"
#include "stages/text/citation.h"
#include "tests/support/paths.h"

namespace coi {
namespace {

Inline text(const std::string& t) { return Inline{InlineKind::kText, t, "", "", 0}; }
Inline link(const std::string& t, const std::string& url) {
  return Inline{InlineKind::kLink, t, url, "", 0};
}

Block heading(const std::string& t, int level = 2) {
  Block b;
  b.kind = BlockKind::kHeading;
  b.level = level;
  b.part = "bibliography";
  b.inlines = {text(t)};
  return b;
}

Block entry(Inlines inlines) {
  Block b;
  b.kind = BlockKind::kParagraph;
  b.part = "bibliography";
  b.inlines = std::move(inlines);
  add_place(b.where, 90, Box{72, 100, 500, 112});
  return b;
}

Block back_to_contents() {
  Block b;
  b.kind = BlockKind::kBackToContents;
  b.part = "bibliography";
  return b;
}

BibliographyConfig defaults() { return default_config().value().bibliography; }

Doc run(std::vector<Block> blocks, Diagnostics& diag) {
  Doc doc;
  doc.blocks = std::move(blocks);
  Result<Doc> result = run_bibliography(std::move(doc), defaults(), diag);
  EXPECT_TRUE(result.is_ok());
  return std::move(result).value();
}

CitationParts parse(Inlines inlines) {
  const BibliographyConfig config = defaults();
  return parse_citation(inlines, CitationPatterns{config.date, config.accessed, Pattern()});
}

TEST(Bibliography, EntriesBecomeSourcesAndLeaveTheBlocks) {
  Diagnostics diag;
  Doc doc = run({heading("Bibliography", 1), heading("Sources cited"),
                 entry({text("Ac.Sé, "), link("About Ac.Sé", "https://www.acse-alc.org/about"),
                        text(", no date. Accessed: 27 November 2025")}),
                 back_to_contents(), heading("Sources consulted but not cited"),
                 entry({text("BBC, "), link("Mayors call", "https://www.bbc.co.uk/news/m"),
                        text(", 3 March 2025. Accessed: 27 November 2025")}),
                 back_to_contents()},
                diag);
  ASSERT_EQ(doc.blocks.size(), 5u);  // 3 headings and 2 "Back to Contents"
  ASSERT_EQ(doc.sources.size(), 2u);
  const Source& s = doc.sources[0];
  EXPECT_EQ(s.list, SourceList::kCited);
  EXPECT_EQ(s.group, "Ac.Sé");
  EXPECT_EQ(s.author, "Ac.Sé");
  EXPECT_EQ(s.title, "About Ac.Sé");
  EXPECT_EQ(s.url, "https://www.acse-alc.org/about");
  EXPECT_EQ(s.date, "no date");
  EXPECT_EQ(s.accessed, "27 November 2025");
  EXPECT_EQ(s.inlines.size(), 3u);
  EXPECT_EQ(s.where.front().page, 90);
  EXPECT_EQ(doc.sources[1].list, SourceList::kConsulted);
  EXPECT_TRUE(diag.items().empty());
}

TEST(Bibliography, PublisherLineGroupsTheEntriesUnderIt) {
  Diagnostics diag;
  Doc doc = run({heading("Sources cited"), entry({text("Assurance Maladie,")}),
                 entry({link("Universal health protection", "https://www.ameli.fr/a"),
                        text(", 25 March 2025. Accessed: 24 November 2025")}),
                 entry({link("What is the AVEC program?", "https://www.ameli.fr/b"),
                        text(" no date. Accessed: 27 November 2025")}),
                 entry({text("BBC, "), link("Mayors", "https://www.bbc.co.uk/m"), text(", 2025")}),
                 entry({link("Orphan title", "https://example.org/o"), text(", 2025")})},
                diag);
  ASSERT_EQ(doc.sources.size(), 4u);
  EXPECT_EQ(doc.sources[0].group, "Assurance Maladie");
  EXPECT_EQ(doc.sources[1].group, "Assurance Maladie");
  EXPECT_EQ(doc.sources[1].date, "no date");
  EXPECT_EQ(doc.sources[2].group, "BBC");
  EXPECT_EQ(doc.sources[3].group, "");  // the BBC entry printed its own publisher: group ended
}

// An entry as segment may leave it: indented (a quote), or starting at `x0` on page 90.
Block entry_at(Inlines inlines, double x0, BlockKind kind = BlockKind::kParagraph) {
  Block b = entry(std::move(inlines));
  b.kind = kind;
  b.where = {};
  add_place(b.where, 90, Box{x0, 100, 500, 112});
  return b;
}

TEST(Bibliography, QuoteBlocksInTheListAreEntries) {
  Diagnostics diag;
  Doc doc = run({heading("Sources cited"), entry_at({text("Watizat,")}, 72),
                 entry_at({link("Information guide", "https://watizat.org/g"),
                           text(", March 2025. Accessed: 27 November 2025")},
                          100, BlockKind::kQuote)},
                diag);
  ASSERT_EQ(doc.sources.size(), 1u);
  EXPECT_EQ(doc.sources[0].group, "Watizat");
  EXPECT_EQ(doc.sources[0].title, "Information guide");
  EXPECT_EQ(doc.blocks.size(), 1u);  // the heading
}

TEST(Bibliography, EntryRunOnOverAPageBreakIsTwoEntries) {
  Diagnostics diag;
  Block run_on = entry({link("Outreach", "https://a.org/o"),
                        text(", no date. Accessed: 27 November 2025 "),
                        link("Prostitution", "https://a.org/p"),
                        text(", no date. Accessed: 27 November 2025")});
  add_place(run_on.where, 91, Box{72, 72, 300, 84});
  Block with_publisher = entry({text("ECRI, "), link("Report", "https://e.org/r"),
                                text(", 21 September 2022. Accessed: 27 November 2025 ECtHR,")});
  Doc doc = run({heading("Sources cited"), entry({text("Aux Captifs,")}), run_on, with_publisher,
                 entry({link("Convention", "https://e.org/c"), text(", 1 August 2021")})},
                diag);
  ASSERT_EQ(doc.sources.size(), 4u);
  EXPECT_EQ(doc.sources[0].title, "Outreach");
  EXPECT_EQ(plain_text(doc.sources[0].inlines), "Outreach, no date. Accessed: 27 November 2025");
  EXPECT_EQ(doc.sources[0].where.front().page, 90);
  EXPECT_EQ(doc.sources[1].title, "Prostitution");
  EXPECT_EQ(doc.sources[1].group, "Aux Captifs");
  EXPECT_EQ(doc.sources[1].accessed, "27 November 2025");
  EXPECT_EQ(doc.sources[1].where.front().page, 91);
  EXPECT_EQ(doc.sources[2].title, "Report");
  EXPECT_EQ(doc.sources[3].group, "ECtHR");
  EXPECT_TRUE(diag.items().empty()) << diag.items().front().message;
}

// An unlinked entry at a page's foot run on into a linked one at the next page's top: the text
// before the link, which would be the second entry's publisher, reads as a complete citation, so
// it is the entry before, and both stay in the open group (WeasyPrint, seeds 728 and 822).
TEST(Bibliography, UnlinkedEntryRunOnIntoALinkedOneIsTwoEntries) {
  Diagnostics diag;
  Block run_on = entry({text("Response to information request 2024: reception conditions, 22 "
                             "November 2019. Last accessed: 22 September 2024 "),
                        link("Statistics 2022: detention of migrants", "https://i.net/s"),
                        text(", 17 September 2021. Last accessed: 22 February 2024")});
  add_place(run_on.where, 91, Box{72, 72, 300, 84});
  Block with_publisher = entry({text("Amnesty International, "), link("Report", "https://a.org/r"),
                                text(", 2016")});
  Doc doc = run({heading("Sources cited"), entry({text("InfoMigrants,")}), run_on, with_publisher},
                diag);
  ASSERT_EQ(doc.sources.size(), 3u);
  EXPECT_EQ(doc.sources[0].title, "Response to information request 2024: reception conditions");
  EXPECT_EQ(doc.sources[0].group, "InfoMigrants");
  EXPECT_EQ(doc.sources[0].accessed, "22 September 2024");
  EXPECT_EQ(doc.sources[0].where.front().page, 90);
  EXPECT_EQ(doc.sources[1].title, "Statistics 2022: detention of migrants");
  EXPECT_EQ(doc.sources[1].group, "InfoMigrants");
  EXPECT_EQ(doc.sources[1].where.front().page, 91);
  EXPECT_EQ(doc.sources[2].group, "Amnesty International");  // a publisher is no citation
  EXPECT_TRUE(diag.items().empty()) << diag.items().front().message;
}

TEST(Bibliography, IndentedEntryWithItsOwnPublisherStaysInTheGroup) {
  Diagnostics diag;
  Doc doc = run({heading("Sources cited"), entry_at({text("Forum Réfugiés,")}, 72),
                 entry_at({text("FR, "), link("Reception conditions", "https://f.org/r"),
                           text(", 11 June 2025")},
                          100),
                 entry_at({link("Welcome", "https://f.org/w"), text(", no date")}, 100),
                 entry_at({text("Forum Réfugiés, "), link("Types", "https://f.org/t"),
                           text(", no date")},
                          72),
                 entry_at({link("About", "https://f.org/a"), text(", no date")}, 100),
                 entry_at({text("BBC, "), link("Mayors", "https://bbc.co.uk/m"), text(", 2025")}, 72),
                 entry_at({link("Orphan", "https://e.org/o"), text(", 2025")}, 100)},
                diag);
  ASSERT_EQ(doc.sources.size(), 6u);
  EXPECT_EQ(doc.sources[0].group, "FR");  // indented under the publisher line: group stays open
  EXPECT_EQ(doc.sources[1].group, "Forum Réfugiés");
  EXPECT_EQ(doc.sources[2].group, "Forum Réfugiés");  // at the margin, but the same publisher
  EXPECT_EQ(doc.sources[3].group, "Forum Réfugiés");
  EXPECT_EQ(doc.sources[4].group, "BBC");
  EXPECT_EQ(doc.sources[5].group, "");  // BBC at the margin, another publisher: group ended
}

// Bug: "Forum Réfugiés, Reception conditions" under the publisher line "Forum Réfugiés," ended
// the group, so the entries after it lost their publisher.
TEST(Bibliography, EntryPrintingItsGroupsOwnNameKeepsTheGroup) {
  Diagnostics diag;
  Doc doc = run({heading("Sources cited"), entry({text("Forum Réfugiés,")}),
                 entry({text("Forum Réfugiés, "), link("Reception conditions", "https://f.org/r"),
                        text(", 11 June 2025")}),
                 entry({link("Welcome", "https://f.org/w"), text(", no date")})},
                diag);
  ASSERT_EQ(doc.sources.size(), 2u);
  EXPECT_EQ(doc.sources[0].group, "Forum Réfugiés");
  EXPECT_EQ(doc.sources[1].group, "Forum Réfugiés");
}

TEST(Bibliography, DetailAndDateForms) {
  CitationParts p = parse({text("Le Monde, "), link("Stance", "https://lemonde.fr/s"),
                           text(" (Editorial), 25 September 2024. Accessed: 2 April 2025")});
  EXPECT_EQ(p.detail, "(Editorial)");
  EXPECT_EQ(p.date, "25 September 2024");
  EXPECT_EQ(p.accessed, "2 April 2025");
  EXPECT_EQ(p.rest, "");
  p = parse({link("Code", "https://x.fr/c"), text(", version as of 17 November 2025. Accessed: 17 November 2025")});
  EXPECT_EQ(p.date, "version as of 17 November 2025");
  p = parse({link("PASS guide", "https://x.fr/p"), text(", Updated 3 April 2025. Accessed: 10 November 2025")});
  EXPECT_EQ(p.date, "Updated 3 April 2025");
  p = parse({link("T", "https://x.fr/t"), text(", 8 Sept 2025. Accessed 11 November 2025")});
  EXPECT_EQ(p.date, "8 Sept 2025");
  EXPECT_EQ(p.accessed, "11 November 2025");
  p = parse({link("T", "https://x.fr/t"), text(", no date. 27 November 2025")});
  EXPECT_EQ(p.date, "no date");
  EXPECT_EQ(p.accessed, "27 November 2025");
  p = parse({link("T", "https://x.fr/t"), text(", June 2025. Accessed: 28 July 2025")});
  EXPECT_EQ(p.date, "June 2025");
  p = parse({text("Conseil Constitutionnel, "), link("Constitution", "https://c.fr/c"),
             text(" (Article 53(1)), 4 October 1958")});
  EXPECT_EQ(p.prefix, "Conseil Constitutionnel");
  EXPECT_EQ(p.detail, "(Article 53(1))");
  EXPECT_EQ(p.date, "4 October 1958");
}

TEST(Bibliography, EntryWithoutLinkIsReadFromItsText) {
  Diagnostics diag;
  Doc doc = run({heading("Sources cited"),
                 entry({text("Zimeray & Finelle Avocats, Expert report of François Zimeray, 9 "
                             "February 2026. (Available on request).")})},
                diag);
  ASSERT_EQ(doc.sources.size(), 1u);
  const Source& s = doc.sources[0];
  EXPECT_EQ(s.group, "Zimeray & Finelle Avocats");
  EXPECT_EQ(s.title, "Expert report of François Zimeray");
  EXPECT_EQ(s.url, "");
  EXPECT_EQ(s.date, "9 February 2026");
  EXPECT_EQ(s.detail, "(Available on request)");
  EXPECT_TRUE(diag.items().empty());
}

TEST(Bibliography, IdsComeFromTheNormalisedUrlAndCollisionsGetSuffixes) {
  Diagnostics diag;
  Doc a = run({heading("Sources cited"),
               entry({text("A, "), link("One", "https://www.example.org/page/"), text(", 2020")}),
               entry({text("A, "), link("One again", "http://example.org/page#top"), text(", 2021")}),
               entry({text("B, Unlinked report, 2022")})},
              diag);
  ASSERT_EQ(a.sources.size(), 3u);
  EXPECT_EQ(a.sources[0].id.rfind("src-", 0), 0u);
  EXPECT_EQ(a.sources[0].id.size(), 12u);
  EXPECT_EQ(a.sources[1].id, a.sources[0].id + "-2");
  // Same source in another version of the note, printed elsewhere with other neighbours.
  Doc b = run({heading("Sources cited"), entry({text("B, Unlinked report, 2022")}),
               entry({text("A, "), link("One", "https://example.org/page?utm_source=x"), text(", 2020")})},
              diag);
  EXPECT_EQ(b.sources[1].id, a.sources[0].id);
  EXPECT_EQ(b.sources[0].id, a.sources[2].id);
}

TEST(Bibliography, UnreadTextIsReported) {
  Diagnostics diag;
  run({heading("Sources cited"),
       entry({text("A, "), link("One", "https://example.org/1"), text(", 2020 and more")})},
      diag);
  ASSERT_EQ(diag.items().size(), 1u);
  EXPECT_EQ(diag.items()[0].code, "unread-source-text");
  EXPECT_EQ(diag.items()[0].message, "text left unread in bibliography entry: and more");
  EXPECT_EQ(diag.items()[0].page, 90);
}

TEST(Bibliography, OtherHeadingsEndTheList) {
  Diagnostics diag;
  Doc doc = run({heading("Sources cited"), entry({text("A, "), link("One", "https://e.org/1")}),
                 heading("Version control", 1), entry({text("Version 2.0, February 2026")})},
                diag);
  EXPECT_EQ(doc.sources.size(), 1u);
  EXPECT_EQ(doc.blocks.size(), 3u);
}

TEST(Bibliography, UnlinkedCitationTailIsReadFromTheEnd) {
  CitationParts p = parse({text("GoF, Q&A #1 (3.3.1) [Available on request], 7 July 2025")});
  EXPECT_EQ(p.prefix, "GoF");
  EXPECT_EQ(p.title, "Q&A #1");
  EXPECT_EQ(p.detail, "(3.3.1) [Available on request]");
  EXPECT_EQ(p.date, "7 July 2025");
  p = parse({text("Watizat, What is that? no date")});
  EXPECT_EQ(p.title, "What is that?");
  EXPECT_EQ(p.date, "no date");
  p = parse({text("OFPRA, Activity Report 2024, 20 June 2025")});
  EXPECT_EQ(p.title, "Activity Report 2024");
  EXPECT_EQ(p.accessed, "");
  p = parse({text("CoE, Statute of the Council of Europe (ETS No. 001), 03 August 1949")});
  EXPECT_EQ(p.title, "Statute of the Council of Europe");
  EXPECT_EQ(p.long_title, "Statute of the Council of Europe (ETS No. 001)");
}

// Real entries of generated notes (scripts/fidelity) whose titles are quoted: the marks sit
// outside the link, or around an unlinked title that may hold commas, a closing year and
// apostrophes; the access date is labelled "Accessed:", "Last accessed:" or "Date accessed:".
TEST(Bibliography, QuotedTitlesAreReadWithTheirDates) {
  CitationParts p = parse(
      {text("‘"),
       link("Georgia: religious freedom – response to information request (May 2021)",
            "https://www.amnesty.org/en/file/local/2158028/georgia.pdf"),
       text("’, 16 January 2021. Accessed: 10 October 2025")});
  EXPECT_EQ(p.prefix, "");
  EXPECT_EQ(p.title, "Georgia: religious freedom – response to information request (May 2021)");
  EXPECT_EQ(p.date, "16 January 2021");
  EXPECT_EQ(p.accessed, "10 October 2025");
  EXPECT_EQ(p.rest, "");
  p = parse({text("European Union Agency for Asylum (EUAA), ‘"),
             link("Trafficking in Persons Report on the 2024–2025 reform", "https://euaa.europa.eu/t"),
             text("’, 16 October 2022. Last accessed: 3 March 2025")});
  EXPECT_EQ(p.prefix, "European Union Agency for Asylum (EUAA)");
  EXPECT_EQ(p.title, "Trafficking in Persons Report on the 2024–2025 reform");
  EXPECT_EQ(p.accessed, "3 March 2025");
  EXPECT_EQ(p.rest, "");
  p = parse({link("‘World Report on prison conditions’", "https://e.org/w"),
             text(", no date. Date accessed: 27 March 2025")});
  EXPECT_EQ(p.title, "World Report on prison conditions");
  EXPECT_EQ(p.date, "no date");
  EXPECT_EQ(p.accessed, "27 March 2025");
  p = parse({text("‘Factsheet on asylum procedures’, 23 November 2015. Accessed: 18 February 2025")});
  EXPECT_EQ(p.prefix, "");
  EXPECT_EQ(p.title, "Factsheet on asylum procedures");
  EXPECT_EQ(p.date, "23 November 2015");
  EXPECT_EQ(p.accessed, "18 February 2025");
  EXPECT_EQ(p.rest, "");
  p = parse({text("‘Country Reports on Human Rights Practices: returns and readmission in Viet Nam, "
                  "2024’, 8 July 2023. Accessed: 12 October 2025")});
  EXPECT_EQ(p.title, "Country Reports on Human Rights Practices: returns and readmission in Viet Nam, 2024");
  EXPECT_EQ(p.date, "8 July 2023");
  EXPECT_EQ(p.accessed, "12 October 2025");
  p = parse({text("Amnesty International, ‘Côte d’Ivoire: military conscription – country report "
                  "(September 2019)’, no date. Last accessed: 4 December 2024")});
  EXPECT_EQ(p.prefix, "Amnesty International");
  EXPECT_EQ(p.title, "Côte d’Ivoire: military conscription – country report (September 2019)");
  EXPECT_EQ(p.detail, "");
  EXPECT_EQ(p.date, "no date");
  EXPECT_EQ(p.accessed, "4 December 2024");
  EXPECT_EQ(p.rest, "");
}

// A link whose rectangle reaches past its text takes the closing mark of the quotation opened
// before it (pdfTeX's and LuaTeX's 1 pt link margin over a narrow ’: LuaLaTeX, seed 2535 p. 12):
// the mark is the quotation's, not the title's. A title ending in an apostrophe is followed by the
// closing mark and keeps it.
TEST(Bibliography, ClosingMarkInsideTheLinkOfAQuotedTitle) {
  CitationParts p = parse({text("‘"), link("Annual report on religious freedom’", "https://a.org/r"),
                           text(", 3 February 2016. Accessed: 8 May 2024")});
  EXPECT_EQ(p.title, "Annual report on religious freedom");
  EXPECT_EQ(p.date, "3 February 2016");
  EXPECT_EQ(p.accessed, "8 May 2024");
  EXPECT_EQ(p.rest, "");
  p = parse({text("Amnesty International, “"), link("World Report”", "https://a.org/w"),
             text(", no date")});
  EXPECT_EQ(p.prefix, "Amnesty International");
  EXPECT_EQ(p.title, "World Report");
  EXPECT_EQ(p.date, "no date");
  p = parse({text("‘"), link("Support for the parents’", "https://a.org/p"), text("’, 2019")});
  EXPECT_EQ(p.title, "Support for the parents’");
  EXPECT_EQ(p.date, "2019");
  EXPECT_EQ(p.rest, "");
  p = parse({text("RSF, "), link("Women’", "https://a.org/x"), text(", 2019")});  // no opening mark
  EXPECT_EQ(p.title, "Women’");
}

// Footnotes of the same notes: a quoted title with a page, cut with "...", or ending in a year.
TEST(Bibliography, QuotedTitlesInFootnotes) {
  CitationParts p = parse({text("Freedom House, ‘Country focus 2021: minority languages and reception "
                                "conditions’ (page 40), no date")});
  EXPECT_EQ(p.prefix, "Freedom House");
  EXPECT_EQ(p.title, "Country focus 2021: minority languages and reception conditions");
  EXPECT_EQ(p.detail, "(page 40)");
  EXPECT_EQ(p.date, "no date");
  EXPECT_EQ(p.rest, "");
  p = parse({text("CoE, ‘Iraq: internally displaced persons ...’, 2019")});
  EXPECT_EQ(p.prefix, "CoE");
  EXPECT_EQ(p.title, "Iraq: internally displaced persons ...");
  EXPECT_EQ(p.date, "2019");
  p = parse({text("RSF, ‘Observations: the labour market in Viet Nam, 2017’, updated 12 September 2019")});
  EXPECT_EQ(p.title, "Observations: the labour market in Viet Nam, 2017");
  EXPECT_EQ(p.date, "updated 12 September 2019");
  // A possessive's apostrophe before a space is not the closing mark: the title reads on.
  p = parse({text("UNHCR, ‘Refugees’ access to housing, 2023’, 2024")});
  EXPECT_EQ(p.title, "Refugees’ access to housing, 2023");
  EXPECT_EQ(p.date, "2024");
  EXPECT_EQ(p.rest, "");
}

// A bare year, then an unlabelled date after a comma: the year ends the title, the date is the
// citation's. After another date ("no date, 3 March 2025"), the second date is the access date.
TEST(Bibliography, YearEndingAnUnquotedTitleIsNotTheDate) {
  CitationParts p = parse({text("Reuters, Submission: documentation and identity cards in Kuwait, "
                                "2016 (pages 54 to 57), 8 July 2020")});
  EXPECT_EQ(p.title, "Submission: documentation and identity cards in Kuwait, 2016");
  EXPECT_EQ(p.detail, "(pages 54 to 57)");
  EXPECT_EQ(p.date, "8 July 2020");
  EXPECT_EQ(p.accessed, "");
  p = parse({text("Reuters, Submission: documentation and identity cards in Kuwait, 2016, 8 July 2020")});
  EXPECT_EQ(p.title, "Submission: documentation and identity cards in Kuwait, 2016");
  EXPECT_EQ(p.date, "8 July 2020");
  EXPECT_EQ(p.accessed, "");
  p = parse({text("Défenseur des Droits, Annual report: internally displaced persons in Sri Lanka, "
                  "2018, updated 11 July 2021. Last accessed: 2 May 2025")});
  EXPECT_EQ(p.title, "Annual report: internally displaced persons in Sri Lanka, 2018");
  EXPECT_EQ(p.date, "updated 11 July 2021");
  EXPECT_EQ(p.accessed, "2 May 2025");
  EXPECT_EQ(p.rest, "");
  p = parse({text("OFPRA, Examination (Interview), no date, 3 March 2025")});
  EXPECT_EQ(p.title, "Examination");
  EXPECT_EQ(p.detail, "(Interview)");
  EXPECT_EQ(p.date, "no date");
  EXPECT_EQ(p.accessed, "3 March 2025");
}

// The model's bibliography printed as segment leaves it: a "Publisher," paragraph above entries
// that print no publisher of their own, then each entry as a paragraph.
std::vector<Block> printed_bibliography(const Doc& model) {
  std::vector<Block> blocks;
  std::optional<SourceList> list;
  std::string group;
  for (const Source& s : model.sources) {
    if (s.list != list) {
      list = s.list;
      blocks.push_back(heading(s.list == SourceList::kCited ? "Sources cited"
                                                            : "Sources consulted but not cited"));
      group.clear();
    }
    const bool own_prefix = !s.inlines.empty() && s.inlines.front().kind == InlineKind::kText;
    if (!own_prefix && s.group != group) blocks.push_back(entry({text(s.group + ",")}));
    group = own_prefix ? "" : s.group;
    blocks.push_back(entry(s.inlines));
  }
  return blocks;
}

TEST(BibliographyOnModel, EverySourceReadAsInTheModel) {
  Result<Doc> model = load_model_json(testing::source_path(testing::kFranceModel), JsonFlavor::kCorpus);
  ASSERT_TRUE(model.is_ok()) << model.status().to_string();
  Diagnostics diag;
  Doc doc = run(printed_bibliography(model.value()), diag);
  ASSERT_EQ(doc.sources.size(), model.value().sources.size());
  for (size_t i = 0; i < doc.sources.size(); ++i) {
    const Source& got = doc.sources[i];
    const Source& want = model.value().sources[i];
    EXPECT_EQ(got.list, want.list) << want.id;
    EXPECT_EQ(got.group, want.group) << want.id;
    EXPECT_EQ(got.author, want.author) << want.id;
    EXPECT_EQ(got.title, want.title) << want.id;
    EXPECT_EQ(got.url, want.url) << want.id;
    EXPECT_EQ(got.detail, want.detail) << want.id;
    EXPECT_EQ(got.date, want.date) << want.id;
    EXPECT_EQ(got.accessed, want.accessed) << want.id;
  }
  EXPECT_TRUE(diag.items().empty()) << diag.items().front().message;
  EXPECT_EQ(doc.blocks.size(), 2u);  // the two list headings
}

}  // namespace
}  // namespace coi
