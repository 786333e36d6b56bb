// Step 8: a web link broken over a page whose annotation the producer let run into the page's
// footnotes (XeTeX through xdvipdfmx, which cannot nest link annotations).
//
// A body link whose text breaks over a page is still open when the page's footnotes are set.
// The first link of a footnote cannot open inside it: its text goes into the open annotation,
// which takes the body link's URL, and the footnote link's end closes it. So the page shows a
// piece of the body URL over a footnote's title (that footnote's own URL is nowhere in the
// PDF), and the link's text on the next page is covered by no annotation at all:
//
//   p. 6  ... The Press release 2020: re-      [ landinfo.no/press-release-... ]
//         12 UNHCR, 'Situation update ...'     [ landinfo.no/press-release-... ]  <- not its URL
//   p. 7  turns and readmission and reception conditions states: ...     (no annotation)
//
// 1. The signature: the page's last body line ends in a web link; the page's next annotation,
//    over a footnote's text, carries the same URL; the next page's first body word is unlinked.
//    A footnote citing the body link's source has an annotation of its own, but not the next
//    one unless it is the page's first footnote link, and then the body link ended on this
//    page: nothing is found to extend (XeLaTeX, seed 123, p. 11, a quoted title ending the page
//    and note 29 citing it; its annotation comes after note 28's).
// 2. The footnote's words lose that URL: it is not theirs (resolve then reads the footnote's
//    printed title, as for any footnote without a link).
// 3. The link goes on over the next page's words as far as the same URL's text printed
//    elsewhere in the note shows (a source is linked again in the bibliography, or cited again),
//    compared without spaces and hyphens so that a word the page break hyphenated ("re-" /
//    "turns") matches. Where no other printing of the URL starts with the page's piece, its end
//    on the next page is not known and the link is left there.
#include <string>
#include <vector>

#include "stages/layout/layout_parts.h"

namespace coi::layout {

namespace {

// The web URL of `word`'s annotation, or empty.
const std::string& web_url(const Page& page, const Word& word) {
  static const std::string kNone;
  if (word.link < 0 || word.link >= static_cast<int>(page.links.size())) return kNone;
  return page.links[static_cast<size_t>(word.link)].uri;
}

// `text` without spaces and hyphens (-, U+2010 and the soft hyphen): a title broken over a line
// or a page compares equal to the same title printed whole.
std::string comparable(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == ' ' || text[i] == '-') {
      ++i;
    } else if (text.compare(i, 3, "\u2010") == 0) {
      i += 3;
    } else if (text.compare(i, 2, "\u00AD") == 0) {
      i += 2;
    } else {
      out += text[i++];
    }
  }
  return out;
}

// The page's words in reading order (line after line) whose line has `role`.
std::vector<int> words_of(const Page& page, LineRole role) {
  std::vector<int> out;
  for (const Line& line : page.lines) {
    if (line.role == role) out.insert(out.end(), line.words.begin(), line.words.end());
  }
  return out;
}

// Step 3: the texts `url` links to anywhere in the note but on `skip` (the broken link's page):
// each run of consecutive words under it, comparable().
std::vector<std::string> printed_texts(const Doc& doc, const std::string& url, int skip) {
  std::vector<std::string> texts;
  for (const Page& page : doc.pages) {
    if (page.number == skip) continue;
    bool open = false;
    for (const Line& line : page.lines) {
      for (int w : line.words) {
        const bool under = web_url(page, page.words[static_cast<size_t>(w)]) == url;
        if (under && !open) texts.emplace_back();
        if (under) texts.back() += comparable(page.words[static_cast<size_t>(w)].text);
        open = under;
      }
    }
  }
  return texts;
}

// Step 3: how many of `next`'s body words, from the first, finish `piece` as one of `texts`
// does; 0 when none does.
size_t continuation_length(const Page& next, const std::vector<int>& body,
                           const std::string& piece, const std::vector<std::string>& texts) {
  for (const std::string& text : texts) {
    if (text.size() <= piece.size() || text.compare(0, piece.size(), piece) != 0) continue;
    std::string have = piece;
    for (size_t n = 0; n < body.size(); ++n) {
      have += comparable(next.words[static_cast<size_t>(body[n])].text);
      if (have == text) return n + 1;
      if (have.size() > text.size() || text.compare(0, have.size(), have) != 0) break;
    }
  }
  return 0;
}

// Step 3: `next`'s first `count` body words take `url`, under a rectangle of their own.
void extend_link(Page& next, const std::vector<int>& body, size_t count, const std::string& url) {
  LinkArea area;
  area.uri = url;
  area.box = next.words[static_cast<size_t>(body[0])].box;
  for (size_t n = 1; n < count; ++n) {
    area.box = unite(area.box, next.words[static_cast<size_t>(body[n])].box);
  }
  const int index = static_cast<int>(next.links.size());
  next.links.push_back(area);
  for (size_t n = 0; n < count; ++n) next.words[static_cast<size_t>(body[n])].link = index;
}

}  // namespace

void mend_links_broken_over_pages(Doc& doc, Diagnostics& diag) {
  for (size_t p = 0; p + 1 < doc.pages.size(); ++p) {
    Page& page = doc.pages[p];
    Page& next = doc.pages[p + 1];
    const std::vector<int> body = words_of(page, LineRole::kBody);
    const std::vector<int> next_body = words_of(next, LineRole::kBody);
    if (body.empty() || next_body.empty()) continue;
    const Word& last = page.words[static_cast<size_t>(body.back())];
    const std::string url = web_url(page, last);
    if (url.empty() || !web_url(next, next.words[static_cast<size_t>(next_body[0])]).empty()) {
      continue;
    }
    std::vector<int> swallowed;
    for (int w : words_of(page, LineRole::kFootnote)) {
      const Word& word = page.words[static_cast<size_t>(w)];
      if (word.link == last.link + 1 && web_url(page, word) == url) swallowed.push_back(w);
    }
    if (swallowed.empty()) continue;
    for (int w : swallowed) page.words[static_cast<size_t>(w)].link = -1;
    // The piece on this page: the body words under the URL, back from the last one.
    std::string piece;
    for (size_t n = body.size(); n-- > 0;) {
      const Word& word = page.words[static_cast<size_t>(body[n])];
      if (web_url(page, word) != url) break;
      piece.insert(0, comparable(word.text));
    }
    const size_t count =
        continuation_length(next, next_body, piece, printed_texts(doc, url, page.number));
    if (count > 0) extend_link(next, next_body, count, url);
    diag.info("link-broken-over-page",
              "a link broken over the page ran on over a footnote's text (its URL taken off the "
              "footnote); " +
                  std::string(count > 0 ? "its text on the next page linked again"
                                        : "its end on the next page is not known"),
              page.number);
  }
}

}  // namespace coi::layout
