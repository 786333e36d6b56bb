#include "links/page_signals.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace coi {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The raw content of the first <tag ...>...</tag> (to the end of the prefix when the closing
// tag was cut off); empty when there is no such element.
std::string_view element_content(std::string_view html, std::string_view tag) {
  const std::string lowered = lower(html);
  const std::string open = "<" + std::string(tag);
  for (size_t at = lowered.find(open); at != std::string::npos;
       at = lowered.find(open, at + 1)) {
    const size_t after = at + open.size();
    // "<h1>" or "<h1 class=...>", not "<h10>" or "<titlebar>".
    if (after < lowered.size() && lowered[after] != '>' &&
        !std::isspace(static_cast<unsigned char>(lowered[after]))) {
      continue;
    }
    const size_t start = lowered.find('>', after);
    if (start == std::string::npos) return {};
    const size_t end = lowered.find("</" + std::string(tag), start);
    return html.substr(start + 1, (end == std::string::npos ? html.size() : end) - start - 1);
  }
  return {};
}

// Entities decoded (the common named ones), tags dropped when `drop_tags`, whitespace runs
// collapsed to one space, ends trimmed.
std::string plain_text(std::string_view raw, bool drop_tags) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''},
      {"&apos;", '\''}, {"&nbsp;", ' '}};
  std::string out;
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (drop_tags && c == '<') {
      const size_t close = raw.find('>', i);
      if (close == std::string_view::npos) break;
      i = close;
      c = ' ';  // "<br>" and block tags separate words
    } else if (c == '&') {
      for (const auto& [entity, replacement] : kEntities) {
        if (raw.substr(i, entity.size()) == entity) {
          c = replacement;
          i += entity.size() - 1;
          break;
        }
      }
    }
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string html_title(std::string_view html) {
  // <title> holds text only (RCDATA): a "<" in it is a character, not a tag.
  return plain_text(element_content(html, "title"), /*drop_tags=*/false);
}

std::string html_main_heading(std::string_view html) {
  return plain_text(element_content(html, "h1"), /*drop_tags=*/true);
}

}  // namespace coi
