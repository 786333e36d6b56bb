#include "fuzz/fuzz_input.h"

namespace coi::fuzz {

namespace {

// Words that steer the heuristics into their interesting branches.
const char* const kVocabulary[] = {
    "4.1.1", "5.1", "4.", "Page", "1", "of", "100", "Back", "to", "Contents", "•", "o", "i.",
    "Sources", "cited", "consulted", "Accessed:", "no", "date", "(page", "7)", "GoF", "MoI,",
    "153,715", "38.8%", "€1.5", "million", "N/A", "-", "65*", "…", "“", "”", "ﬁ", "\xC2\xAD",
    "Executive", "summary", "France", "https://www.gov.uk/x", "Table", "Total"};

}  // namespace

std::string ByteReader::word() {
  const int choice = below(64);
  constexpr int kWords = sizeof(kVocabulary) / sizeof(kVocabulary[0]);
  if (choice < kWords) return kVocabulary[choice];
  std::string raw;
  for (int n = below(8) + 1; n > 0; --n) raw += static_cast<char>(byte());
  return raw;
}

Doc synthetic_doc(ByteReader& in) {
  Doc doc;
  doc.source_name = "fuzz.pdf";
  const int pages = in.below(4) + 1;
  for (int p = 1; p <= pages; ++p) {
    Page page;
    page.number = p;
    page.width = 595;
    page.height = 842;
    for (int links = in.below(3); links > 0; --links) {
      LinkArea area;
      area.box = Box{double(in.below(595)), double(in.below(842)), 0, 0};
      area.box.x1 = area.box.x0 + in.below(200);
      area.box.y1 = area.box.y0 + in.below(20);
      if (in.flag()) area.uri = "https://example.org/" + std::to_string(in.below(50));
      else area.dest_page = in.below(pages + 2), area.dest_y = in.below(842);
      page.links.push_back(area);
    }
    for (int words = in.below(120); words > 0 && !in.done(); --words) {
      Word w;
      w.text = in.word();
      w.font_size = 6 + in.below(12);
      const double x = in.below(560), top = in.below(820);
      w.box = Box{x, top, x + 0.5 * w.font_size * double(w.text.size()), top + w.font_size};
      w.baseline = top + 0.8 * w.font_size;
      w.bold = in.flag();
      w.space_after = in.flag();
      w.link = in.below(static_cast<int>(page.links.size()) + 1) - 1;
      w.font = w.bold ? "LiberationSans-Bold" : "LiberationSans";
      page.words.push_back(w);
    }
    for (int rules = in.below(30); rules > 0; --rules) {
      const double x = in.below(560), y = in.below(820);
      const bool horizontal = in.flag();
      const double length = in.below(500);
      page.rules.push_back(Rule{horizontal ? Box{x, y, x + length, y + 0.5}
                                           : Box{x, y, x + 0.5, y + length},
                                in.flag()});
    }
    doc.pages.push_back(std::move(page));
  }
  doc.info.page_count = pages;
  return doc;
}

}  // namespace coi::fuzz
