// Step 8: a web link broken over a page whose annotation the producer let run on past its text
// (XeTeX through xdvipdfmx, which cannot nest link annotations and keeps a link open over a page
// break). Two shapes, as the link's text breaks in the body or in a footnote.
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
// 1. The signature: the page's last body line ends in a web link; the page's next annotations
//    (one a line), over a footnote's text, carry the same URL; the next page's first body word is
//    unlinked (XeLaTeX, seed 12, p. 5, and seed 23: a run-on over two lines of a note's title
//    once left its second line with the body's URL).
//    A footnote citing the body link's source has an annotation of its own, but not the next
//    one unless it is the page's first footnote link, and then the body link ended on this
//    page: nothing is found to extend (XeLaTeX, seed 123, p. 11, a quoted title ending the page
//    and note 29 citing it; its annotation comes after note 28's).
// 1b. A page whose footnotes have no link of their own lets the annotation run on over all of
//    them and over the next page's running head, to close where the link's text ends there: the
//    next page's first body word is under the same URL, and so is a word of its running head,
//    which no web link covers otherwise (XeLaTeX, seed 2312, p. 12, note 25 citing a source
//    without URL). The footnote words and the running head lose the URL (nothing to relink or
//    extend: no footnote link closed the annotation, the link's end kept it).
// 2. The footnote's words lose that URL: it is not theirs (resolve then reads the footnote's
//    printed title, as for any footnote without a link).
// 2a. They were a link all the same: the run-on annotation closed where the footnote's own link
//    text ended, so those words end with that text ("27 CNDA, ‘Situation update ... conscription"
//    for the title "Situation update ... conscription"). When the note prints a link elsewhere
//    whose text is the longest such ending (a source's title, linked in the bibliography or in
//    another footnote, or an address printed as the text of its own link), and only one URL
//    links that text, the ending takes that URL; an opening quote glued to its first word is
//    cut off ("‘" | "Situation"). The body link's URL is one candidate among others: a footnote
//    citing the body link's source had that URL (seed 1228, note 8). Only the words' own text
//    decides, compared as in 3 (XeLaTeX, seeds 112 and 12, and 17 of 20 notes of seeds 901-930,
//    1101-1130 and 1221-1250 that lost a link to XeLaTeX: each footnote's URL is in the
//    bibliography, linked on the same title).
// 2b. A footnote may print its title shortened, ending in an ellipsis ("‘Eritrea: exit
//    procedures – concluding observations ...’"), which no other printing of the title ends
//    with. An ending that opens the words or a glued opening quote and closes with an ellipsis
//    (closing punctuation aside) is found under the URLs of the linked texts that its part
//    before the ellipsis opens; with one URL it takes it as in 2a (XeLaTeX, seed 2371, p. 13,
//    note 25: the bibliography and note 97 link the whole title "... (August 2020)"). An
//    ending opening inside the words (an unquoted title after its author) is not looked up so:
//    a few words' opening would find other titles that open alike.
// 3. The link goes on over the next page's words as far as the same URL's text printed
//    elsewhere in the note shows (a source is linked again in the bibliography, or cited again),
//    compared without spaces and hyphens so that a word the page break hyphenated ("re-" /
//    "turns") matches. The text may end inside the last word, before closing punctuation
//    ("cards" of "cards’,"): that word is cut there. Where no other printing of the URL starts
//    with the page's piece, its end on the next page is not known and the link is left there.
//
// A footnote whose text breaks over a page goes on at the foot of the next. Its link is still
// open when the next page starts, and the next page is set from the top: the annotation covers
// that page's first lines of body text (or table) and closes where the link's text ends in the
// note's continuation, without covering it (XeLaTeX, seeds 6, 25, 103, 113, 118, 120 and 126):
//
//   p. 5  19 ... See AI, 'Country Reports on ... and identity    [ amnesty.org/...-cards ]
//   p. 6  1998   708    10.6%   8,491   £83                      [ amnesty.org/...-cards ]  <- not its text
//         1999   8,787  39%-52% 37.0%   33,175                   [ amnesty.org/...-cards ]
//         ...
//         cards’, updated 5 August 2022                          (no annotation)
//
// 4. The signature: the page's last footnote word is under a web link; the next page's first
//    annotations carry the same URL, and the next page's first body word or its running head is
//    under one of them (a body link of that URL further down the page has an annotation of its
//    own, after others such as the body's marks', and keeps its URL). The running head alone is
//    under them where a link opening above the body closed the annotation ("Back to Contents",
//    XeLaTeX seed 2313, p. 18).
// 5. Those annotations are taken off the next page's words.
// 5a. A link opening inside the annotation (the body's, the contents' link) closes it where
//    its own text ends, its URL nowhere in the PDF: the annotation then stops above the page's
//    last word over the notes. As in 2a, the ending of the words it covered that the note links
//    elsewhere under one URL takes that URL ("The Concluding observations: ... Türkiye, 2021
//    states:", XeLaTeX seed 2318, p. 87, its title linked in note 235 and the bibliography).
// 6. The link goes on over the next page's first footnote words, as in 3.
// 7. Both at once: a body link broken over the page ran on over the page's first notes, and
//    the last note's link, broken over the page too, runs on over the next page's running head
//    and first words, to the body link's end, where the body link's continuation closes it
//    (XeLaTeX, seed 2104, pages 8 and 9). The next page's first body word is then under the
//    note's URL, not unlinked as step 1 wants: steps 4-6 take that run-on off first, and
//    steps 1-3 then find their signature.
#include <unicode/uchar.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/utf8.h"
#include "pipeline/word_cuts.h"  // cut_word: a word cut at one of its characters' edges
#include "stages/layout/layout_parts.h"

namespace coi::layout {

namespace {

// The web URL of `word`'s annotation, or empty.
const std::string& web_url(const Page& page, const Word& word) {
  static const std::string kNone;
  if (word.link < 0 || word.link >= static_cast<int>(page.links.size())) return kNone;
  return page.links[static_cast<size_t>(word.link)].uri;
}

// Appends `text` without spaces and hyphens (-, U+2010 and the soft hyphen) to `out`: a title
// broken over a line or a page compares equal to the same title printed whole. The bytes between
// those are appended a run at a time: step 2a reads every linked word and URL of the note.
void append_comparable(std::string_view text, std::string& out) {
  size_t plain = 0;  // start of the bytes not yet appended
  for (size_t i = 0; i < text.size();) {
    size_t skip = 0;
    if (text[i] == ' ' || text[i] == '-') {
      skip = 1;
    } else if (text[i] == '\xE2' && text.substr(i, 3) == "\u2010") {
      skip = 3;
    } else if (text[i] == '\xC2' && text.substr(i, 2) == "\u00AD") {
      skip = 2;
    }
    if (skip == 0) {
      ++i;
      continue;
    }
    out.append(text.substr(plain, i - plain));
    i += skip;
    plain = i;
  }
  out.append(text.substr(plain));
}

std::string comparable(std::string_view text) {
  std::string out;
  append_comparable(text, out);
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

// The first and the last of words_of(page, role), or nullptr when it is empty: the signatures
// of steps 1 and 4 are read on them, so the lists are made only for the rare page that shows one.
const Word* first_word_of(const Page& page, LineRole role) {
  for (const Line& line : page.lines) {
    if (line.role == role && !line.words.empty()) {
      return &page.words[static_cast<size_t>(line.words.front())];
    }
  }
  return nullptr;
}

const Word* last_word_of(const Page& page, LineRole role) {
  for (auto line = page.lines.rbegin(); line != page.lines.rend(); ++line) {
    if (line->role == role && !line->words.empty()) {
      return &page.words[static_cast<size_t>(line->words.back())];
    }
  }
  return nullptr;
}

// Steps 3 and 6: the texts `url` links to anywhere in the note but on `skip` (the broken link's
// page): each run of consecutive words under it, comparable(). Each page's links are compared with
// `url` once, and its words look their link's answer up: comparing every word's URL, for each
// broken link, was most of step 8 on a long XeLaTeX note. A page none of whose links is `url`
// holds no such run (`url` is never empty here; were it, every unlinked word would be under it).
std::vector<std::string> printed_texts(const Doc& doc, const std::string& url, int skip) {
  std::vector<std::string> texts;
  std::vector<char> is_url;  // per link of the page: whether its URL is `url`
  for (const Page& page : doc.pages) {
    if (page.number == skip) continue;
    is_url.assign(page.links.size(), 0);
    bool any = false;
    for (size_t l = 0; l < page.links.size(); ++l) {
      if (page.links[l].uri == url) is_url[l] = any = true;
    }
    if (!any && !url.empty()) continue;
    bool open = false;
    for (const Line& line : page.lines) {
      for (int w : line.words) {
        const int link = page.words[static_cast<size_t>(w)].link;
        const bool under = link >= 0 && link < static_cast<int>(is_url.size())
                               ? is_url[static_cast<size_t>(link)] != 0
                               : url.empty();
        if (under && !open) texts.emplace_back();
        if (under) append_comparable(page.words[static_cast<size_t>(w)].text, texts.back());
        open = under;
      }
    }
  }
  return texts;
}

// Step 2a: the texts among `wanted` that a web link has anywhere in the note (each run of
// consecutive words under one URL, comparable()) with the URLs that link them; and each URL as
// its own text (a printed address links to itself). Only `wanted` is kept: step 2a looks up a
// few endings, and a map of every link's text cost more than the rest of the stage's step 8.
// Step 2b: each of `shortened` (a title printed shortened, keyed by the part before its
// ellipsis) is found under the URLs of the texts that part opens.
std::map<std::string, std::set<std::string>> linked_texts(
    const Doc& doc, const std::set<std::string>& wanted,
    const std::map<std::string, std::string>& shortened) {
  std::map<std::string, std::set<std::string>> texts;
  std::string url_text;  // scratch: comparable() of a URL
  for (const Page& page : doc.pages) {
    std::string text, url;
    const auto close = [&] {
      if (!url.empty()) {
        if (wanted.count(text) > 0) texts[text].insert(url);
        for (const auto& [opening, key] : shortened) {
          if (text.size() > opening.size() && text.starts_with(opening)) texts[key].insert(url);
        }
        url_text.clear();
        append_comparable(url, url_text);
        if (wanted.count(url_text) > 0) texts[url_text].insert(url);
      }
      text.clear();
    };
    for (const Line& line : page.lines) {
      for (int w : line.words) {
        const std::string& under = web_url(page, page.words[static_cast<size_t>(w)]);
        if (under != url) close();
        url = under;
        if (!url.empty()) append_comparable(page.words[static_cast<size_t>(w)].text, text);
      }
    }
    close();
  }
  return texts;
}

// Step 2a: the code points opening `word` that are no letter or digit (an opening quote).
size_t leading_punctuation(const std::string& word) {
  size_t count = 0;
  for (size_t i = 0; i < word.size(); ++count) {
    char32_t c = 0;
    i += std::max<size_t>(decode_utf8(word, i, c), 1);
    if (u_isalnum(static_cast<UChar32>(c))) return count;
  }
  return count;
}

// Step 2b: the part of `key` (comparable()) before the ellipsis ending it ("...", "…"), its
// closing punctuation after it aside; empty when it ends in none.
std::string before_ellipsis(const std::string& key) {
  for (const std::string_view mark : {std::string_view("..."), std::string_view("\u2026")}) {
    const size_t at = key.rfind(mark);
    if (at == std::string::npos || at == 0) continue;
    if (leading_punctuation(key.substr(at)) < count_code_points(key.substr(at))) continue;
    return key.substr(0, at);
  }
  return {};
}

// Steps 2a and 5a: gives the ending of `swallowed` (words of `page` in reading order, which the
// run-on annotation covered) that the note links elsewhere under one URL that URL, one
// annotation a line. Returns whether any word took it.
bool relink_swallowed_title(const Doc& doc, Page& page, const std::vector<int>& swallowed) {
  std::string rest;  // comparable() of swallowed[k + 1 ..]
  std::vector<std::string> endings(swallowed.size());
  for (size_t k = swallowed.size(); k-- > 0;) {
    endings[k] = rest;
    rest = comparable(page.words[static_cast<size_t>(swallowed[k])].text) + rest;
  }
  // The text from each word on that a title can open (after a glued opening quote): the keys
  // looked up below, in order; empty where the word is punctuation only.
  std::vector<std::string> keys(swallowed.size());
  std::vector<size_t> glued_at(swallowed.size());  // the code points of that quote
  for (size_t k = 0; k < swallowed.size(); ++k) {
    const Word& word = page.words[static_cast<size_t>(swallowed[k])];
    const size_t glued = leading_punctuation(word.text);
    if (glued >= count_code_points(word.text)) continue;  // punctuation only: no title opens it
    size_t byte = 0;
    for (size_t i = 0; i < glued; ++i) {
      char32_t c = 0;
      byte += std::max<size_t>(decode_utf8(word.text, byte, c), 1);
    }
    keys[k] = comparable(word.text.substr(byte)) + endings[k];
    glued_at[k] = glued;
  }
  std::set<std::string> wanted(keys.begin(), keys.end());
  wanted.erase(std::string());
  // Step 2b: a title that opens the words or a glued quote and ends in an ellipsis.
  std::map<std::string, std::string> shortened;
  for (size_t k = 0; k < swallowed.size(); ++k) {
    if (keys[k].empty() || (k > 0 && glued_at[k] == 0)) continue;
    if (const std::string opening = before_ellipsis(keys[k]); !opening.empty()) {
      shortened.emplace(opening, keys[k]);
    }
  }
  const std::map<std::string, std::set<std::string>> texts = linked_texts(doc, wanted, shortened);
  for (size_t k = 0; k < swallowed.size(); ++k) {
    if (keys[k].empty()) continue;
    const Word& word = page.words[static_cast<size_t>(swallowed[k])];
    const size_t glued = glued_at[k];
    const auto found = texts.find(keys[k]);
    if (found == texts.end() || found->second.size() != 1) continue;
    const bool edges = word.first_char >= 0 &&
                       static_cast<size_t>(word.first_char) + glued < page.char_x.size();
    if (glued > 0 && !edges) continue;
    std::vector<int> words(swallowed.begin() + static_cast<std::ptrdiff_t>(k), swallowed.end());
    if (glued > 0) {
      cut_word(page, words[0], glued);
      words[0] = static_cast<int>(page.words.size()) - 1;
    }
    const std::string& url = *found->second.begin();
    for (const Line& line : page.lines) {
      LinkArea area;
      area.uri = url;
      bool any = false;
      for (int w : line.words) {
        if (std::find(words.begin(), words.end(), w) == words.end()) continue;
        Word& taken = page.words[static_cast<size_t>(w)];
        area.box = any ? unite(area.box, taken.box) : taken.box;
        any = true;
        taken.link = static_cast<int>(page.links.size());
      }
      if (any) page.links.push_back(area);
    }
    return true;
  }
  return false;
}

// The words of `page` under `url`, back from the last of `words` (the link's piece on the page
// it starts on), comparable().
std::string piece_before_break(const Page& page, const std::vector<int>& words,
                               const std::string& url) {
  std::string piece;
  for (size_t n = words.size(); n-- > 0;) {
    const Word& word = page.words[static_cast<size_t>(words[n])];
    if (web_url(page, word) != url) break;
    piece.insert(0, comparable(word.text));
  }
  return piece;
}

// How a link's text goes on over the next page's words: `words` of them whole, then the first
// `chars` code points of the next one, whose rest is closing punctuation ("cards" of "cards’,").
struct Continuation {
  size_t words = 0;
  size_t chars = 0;
};

// The code points of `word` that finish `text` after `have`, the rest of `word` holding no letter
// or digit; 0 when they do not.
size_t chars_finishing(const std::string& word, std::string have, const std::string& text) {
  size_t chars = 0;
  size_t i = 0;
  while (i < word.size() && have.size() < text.size()) {
    char32_t c = 0;
    const size_t length = std::max<size_t>(decode_utf8(word, i, c), 1);
    have += comparable(word.substr(i, length));
    i += length;
    ++chars;
    if (text.compare(0, have.size(), have) != 0) return 0;
  }
  if (have != text) return 0;
  for (size_t rest = i; rest < word.size();) {
    char32_t c = 0;
    rest += std::max<size_t>(decode_utf8(word, rest, c), 1);
    if (u_isalnum(static_cast<UChar32>(c))) return 0;
  }
  return i < word.size() ? chars : 0;
}

// Steps 3 and 6: how `next`'s `words`, from the first, finish `piece` as one of `texts` does;
// nothing when none does.
Continuation continuation(const Page& next, const std::vector<int>& words, const std::string& piece,
                          const std::vector<std::string>& texts) {
  for (const std::string& text : texts) {
    if (text.size() <= piece.size() || text.compare(0, piece.size(), piece) != 0) continue;
    std::string have = piece;
    for (size_t n = 0; n < words.size(); ++n) {
      const std::string& word = next.words[static_cast<size_t>(words[n])].text;
      const std::string longer = have + comparable(word);
      if (longer == text) return {n + 1, 0};
      if (longer.size() < text.size() && text.compare(0, longer.size(), longer) == 0) {
        have = longer;
        continue;
      }
      if (const size_t chars = chars_finishing(word, have, text); chars > 0) return {n, chars};
      break;
    }
  }
  return {};
}

// Steps 3 and 6: `next`'s first words take `url`, under a rectangle of their own, the last of
// them cut where the link's text ends inside it (where extract kept its characters' edges).
// Returns whether any word took it.
bool extend_link(Page& next, const std::vector<int>& words, Continuation length,
                 const std::string& url) {
  if (length.chars > 0) {
    const Word& cut = next.words[static_cast<size_t>(words[length.words])];
    const bool edges = cut.first_char >= 0 &&
                       static_cast<size_t>(cut.first_char) + length.chars < next.char_x.size();
    if (edges) {
      cut_word(next, words[length.words], length.chars);
      ++length.words;
    }
  }
  if (length.words == 0) return false;
  LinkArea area;
  area.uri = url;
  area.box = next.words[static_cast<size_t>(words[0])].box;
  for (size_t n = 1; n < length.words; ++n) {
    area.box = unite(area.box, next.words[static_cast<size_t>(words[n])].box);
  }
  const int index = static_cast<int>(next.links.size());
  next.links.push_back(area);
  for (size_t n = 0; n < length.words; ++n) next.words[static_cast<size_t>(words[n])].link = index;
  return true;
}

// The words of `page`'s running head under `url`: a web link covers no running head but for an
// annotation xdvipdfmx kept open over the page break (step 1b).
std::vector<int> running_head_under(const Page& page, const std::string& url) {
  std::vector<int> words;
  for (const Line& line : page.lines) {
    if (line.role != LineRole::kHeader) continue;
    for (int w : line.words) {
      if (web_url(page, page.words[static_cast<size_t>(w)]) == url) words.push_back(w);
    }
  }
  return words;
}

// Steps 1-3 for the body link ending `page`, when it ran on over a footnote's text; whether it
// mended one.
bool mend_body_link(const Doc& doc, Page& page, Page& next, Diagnostics& diag) {
  const Word* last_body = last_word_of(page, LineRole::kBody);
  const Word* next_first = first_word_of(next, LineRole::kBody);
  if (last_body == nullptr || next_first == nullptr || web_url(page, *last_body).empty()) {
    return false;
  }
  const Word& last = *last_body;
  const std::string url = web_url(page, last);
  // Step 1b: no footnote link closed the annotation, which went on over the next page's running
  // head to the link's end.
  const std::string& next_url = web_url(next, *next_first);
  const bool ran_to_next_page = !next_url.empty();
  const std::vector<int> head =
      ran_to_next_page && next_url == url ? running_head_under(next, url) : std::vector<int>{};
  if (ran_to_next_page && (next_url != url || head.empty())) return false;
  // The annotations after the body piece's that carry its URL: one a line of the footnote's
  // text it ran on over.
  size_t run_on_end = static_cast<size_t>(last.link) + 1;
  while (run_on_end < page.links.size() && page.links[run_on_end].uri == url) ++run_on_end;
  std::vector<int> swallowed;
  for (int w : words_of(page, LineRole::kFootnote)) {
    const Word& word = page.words[static_cast<size_t>(w)];
    if (word.link > last.link && static_cast<size_t>(word.link) < run_on_end) {
      swallowed.push_back(w);
    }
  }
  if (swallowed.empty()) return false;
  for (int w : swallowed) page.words[static_cast<size_t>(w)].link = -1;
  if (ran_to_next_page) {
    for (int w : head) next.words[static_cast<size_t>(w)].link = -1;  // step 1b
    diag.info("link-broken-over-page",
              "a link broken over the page ran on over the page's footnotes and the next page's "
              "running head (the URL taken off them); its text on the next page kept its link",
              page.number);
    return true;
  }
  const bool relinked = relink_swallowed_title(doc, page, swallowed);
  const std::string piece = piece_before_break(page, words_of(page, LineRole::kBody), url);
  const std::vector<int> next_body = words_of(next, LineRole::kBody);
  const bool extended = extend_link(
      next, next_body, continuation(next, next_body, piece, printed_texts(doc, url, page.number)),
      url);
  diag.info("link-broken-over-page",
            "a link broken over the page ran on over a footnote's text (its URL taken off the "
            "footnote" +
                std::string(relinked ? ", whose title took the URL the note links it to elsewhere"
                                     : "") +
                "); " +
                std::string(extended ? "its text on the next page linked again"
                                     : "its end on the next page is not known"),
            page.number);
  return true;
}

// Steps 4-6 for the footnote link ending `page`'s footnote area, when it ran on over the next
// page's body; whether it mended one.
bool mend_footnote_link(const Doc& doc, Page& page, Page& next, Diagnostics& diag) {
  const Word* last_note = last_word_of(page, LineRole::kFootnote);
  const Word* next_first = first_word_of(next, LineRole::kBody);
  if (last_note == nullptr || next_first == nullptr || web_url(page, *last_note).empty()) {
    return false;
  }
  const std::string url = web_url(page, *last_note);
  size_t run_on = 0;  // the next page's first annotations, which carry the note's URL
  while (run_on < next.links.size() && next.links[run_on].uri == url) ++run_on;
  const auto under_run_on = [run_on](const Word& word) {
    return word.link >= 0 && static_cast<size_t>(word.link) < run_on;
  };
  const Word* next_top = first_word_of(next, LineRole::kHeader);
  if (!under_run_on(*next_first) && (next_top == nullptr || !under_run_on(*next_top))) {
    return false;
  }
  // Step 5a: the words under the run-on, in reading order; the last of them is the page's last
  // word above its notes unless a link opened inside the annotation closed it.
  std::vector<int> swallowed;
  const Word* last_above_notes = nullptr;
  for (const Line& line : next.lines) {
    if (line.role == LineRole::kFootnote || line.words.empty()) continue;
    last_above_notes = &next.words[static_cast<size_t>(line.words.back())];
    for (int w : line.words) {
      if (under_run_on(next.words[static_cast<size_t>(w)])) swallowed.push_back(w);
    }
  }
  const bool closed_by_a_link = !swallowed.empty() && last_above_notes != nullptr &&
                                &next.words[static_cast<size_t>(swallowed.back())] !=
                                    last_above_notes;
  for (Word& word : next.words) {
    if (under_run_on(word)) word.link = -1;
  }
  const bool relinked = closed_by_a_link && relink_swallowed_title(doc, next, swallowed);
  const std::vector<int> notes = words_of(page, LineRole::kFootnote);
  const std::string piece = piece_before_break(page, notes, url);
  const std::vector<int> next_notes = words_of(next, LineRole::kFootnote);
  const bool extended = extend_link(
      next, next_notes,
      continuation(next, next_notes, piece, printed_texts(doc, url, page.number)), url);
  diag.info("link-broken-over-page",
            "a footnote's link broken over the page ran on over the next page's text (its URL "
            "taken off that text" +
                std::string(relinked ? ", whose link inside it took the URL the note links its "
                                       "text to elsewhere"
                                     : "") +
                "); " +
                std::string(extended ? "its text in the note's continuation linked again"
                                     : "its end on the next page is not known"),
            page.number);
  return true;
}

}  // namespace

void mend_links_broken_over_pages(Doc& doc, Diagnostics& diag) {
  for (size_t p = 0; p + 1 < doc.pages.size(); ++p) {
    const bool body = mend_body_link(doc, doc.pages[p], doc.pages[p + 1], diag);
    // Step 7: a footnote's run-on over the next page's first words hid the continuation of a
    // body link also broken over the page; with the run-on taken off, the body link is mended.
    if (mend_footnote_link(doc, doc.pages[p], doc.pages[p + 1], diag) && !body) {
      mend_body_link(doc, doc.pages[p], doc.pages[p + 1], diag);
    }
  }
}

}  // namespace coi::layout
