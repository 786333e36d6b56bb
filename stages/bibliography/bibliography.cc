// The bibliography stage: the entries under "Sources cited" and "Sources consulted but not cited"
// become Sources, and leave the block flow (the part keeps its headings and "Back to Contents").
//
// Step 1: a heading matching `cited_heading` or `consulted_heading` opens that list; any other
//         heading closes it. Inside a list, each paragraph, quote (an entry indented under its
//         publisher may read as one) or list item is an entry or a publisher line.
// Step 2: a paragraph with no link that ends in a comma ("Assurance Maladie,") is a publisher
//         line: the entries after it that print no publisher of their own belong to it, until the
//         next publisher line, an entry with its own publisher, or the end of the list. An entry
//         with its own publisher stays in the group when it is printed indented under the
//         publisher line (by `group_indent` or more) or names the same publisher.
// Step 2b: an entry whose citation is complete (it has a date) but is followed by more text that
//         reads as another entry or a publisher line is two entries: the paragraph ran on over a
//         page break ("..., no date. Accessed: 27 November 2025" | "Prostitution, no date. ...").
//         An unlinked one run on into a publisher line ends in a comma as the publisher line
//         does, but holds a title and a date before it: it is an entry, then the publisher line
//         ("Home Office (HO), ‘Statistics 2020 ...’, updated 18 August 2017. Last accessed: 26
//         August 2025" filling its last line at a page's foot | "Institut für Migrationsforschung,").
//         So is a linked entry whose text before the link, which would be its publisher, reads
//         as a complete citation: "‘Title’, no date. Accessed: 23 January 2025" at a page's foot,
//         unlinked, run on into "‘[Title]’, 2015. Accessed: ..." at the next page's top.
//         And two unlinked entries with quoted titles, run together where a driver dropped the
//         links (Cairo, seeds 1873 XeLaTeX and 1874 WeasyPrint: "‘Nigeria: ...’, updated 14
//         June 2019. Last accessed: 14 April 2024 ‘Submission: ...’, no date. ..."), are two
//         where an opening mark after a space ends a complete citation and opens another;
//         and two with plain titles (Cairo, seed 2202 XeLaTeX: "Briefing on ..., 4 January
//         2025. Last accessed: 17 June 2024 Concluding observations: ..., 8 June 2017. ...")
//         where a capital after a year ends a complete citation with an accessed date and
//         opens another; so too where the other is linked and prints its own publisher before
//         its link (LibreOffice, seed 2419: "..., October 2021. Last accessed: 19 April 2025"
//         filling a page's last line | "Freedom House, [France: land disputes ...], 2016. ...").
// Step 2c: an entry broken by a page break reads as two paragraphs, the page's foot and the next
//         page's top. The part at the top continues the entry before when that entry, on an
//         earlier page, stops short of its accessed date (XeLaTeX, seeds 1808, 1811, 1820: "...,
//         updated 9 June 2025. Last accessed: 2 October" | "2024"), and either
//         (a) opens with the link the entry ends in, the link's text broken over the page
//             (seed 1817: "‘[Fact sheet: ... in Türkiye,]" | "[2019]’, no date. ..."), or
//         (b) has no link and no date of its own, and the two read together as one whole
//             citation (a title, a date, nothing left unread).
//         An entry whose next page opens another entry is left whole: the two read together leave
//         the second's title unread. So each entry is held until the next is offered.
// Step 3: an entry is read with parse_citation (stages/text/citation.h): its own prefix
//         ("BBC, ...") is its author and group; otherwise the publisher line's name is.
// Step 4: the ID: `id_prefix` + a hash of the normalised URL, or of the folded publisher and title
//         where there is no URL, so it stays when nothing about the source changes between
//         versions; a second source with the same key gets "-2", then "-3", in printed order.
//
//   Sources cited                        (heading: list "cited")
//   Assurance Maladie,                   (publisher line)
//      [Universal health protection], 25 March 2025. Accessed: 24 November 2025
//                                        -> group/author "Assurance Maladie", date, accessed
//   BBC, [Mayors call ...], 3 March 2025 -> group/author "BBC"
//   Forum Réfugiés,                      (publisher line)
//      Forum Réfugiés, [Reception conditions], 11 June 2025
//                                        -> group "Forum Réfugiés"; the group stays open
#include "stages/bibliography/bibliography.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "stages/text/citation.h"
#include "stages/text/inline_runs.h"
#include "stages/text/normalized_urls.h"

namespace coi {

namespace {

// `inlines` cut at `offset` bytes of their plain text (footnote refs stay with the first part).
std::pair<Inlines, Inlines> split_at(const Inlines& inlines, size_t offset) {
  Inlines head, tail;
  size_t at = 0;
  for (const Inline& run : inlines) {
    const size_t size = run.kind == InlineKind::kFootnoteRef ? 0 : run.text.size();
    if (at + size <= offset) {
      head.push_back(run);
    } else if (at >= offset) {
      tail.push_back(run);
    } else {
      Inline first = run, second = run;
      first.text = run.text.substr(0, offset - at);
      second.text = run.text.substr(offset - at);
      head.push_back(std::move(first));
      tail.push_back(std::move(second));
    }
    at += size;
  }
  return {std::move(head), std::move(tail)};
}

bool has_link(const Inlines& inlines) {
  for (const Inline& run : inlines) {
    if (run.kind == InlineKind::kLink) return true;
  }
  return false;
}

std::string hex_hash(const std::string& key, int digits) {
  uint64_t h = 1469598103934665603ULL;  // FNV-1a, 64 bits: stable across platforms and runs
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(h));
  return std::string(buffer, static_cast<size_t>(std::clamp(digits, 4, 16)));
}

class BibliographyReader {
 public:
  // `memo`: the document's, where the sources' normalised URLs are kept for resolve.
  BibliographyReader(const BibliographyConfig& config, const DocMemo& memo, Diagnostics& diag)
      : config_(config), urls_(normalized_urls(memo, config.ignored_url_parameters)), diag_(diag) {
    patterns_.date = config.date;
    patterns_.accessed = config.accessed;
  }

  // Step 1: returns true when `block` was consumed as an entry or publisher line.
  bool take(const Block& block) {
    if (block.kind == BlockKind::kHeading) {
      flush();
      const std::string text = plain_text(block.inlines);
      list_ = config_.cited_heading.full_match(text)       ? std::optional(SourceList::kCited)
              : config_.consulted_heading.full_match(text) ? std::optional(SourceList::kConsulted)
                                                           : std::nullopt;
      group_.clear();
      return false;
    }
    if (!list_) return false;
    if (block.kind == BlockKind::kParagraph || block.kind == BlockKind::kQuote) {
      offer(block.inlines, block.where, block.id);
      return true;
    }
    if (block.kind == BlockKind::kList) {
      for (const ListItem& item : block.items) offer(item.inlines, item.where, block.id);
      return true;
    }
    return false;
  }

  std::vector<Source> take_sources() {
    flush();
    return std::move(sources_);
  }

 private:
  // An entry as printed, held until the next shows whether it continues it (step 2c).
  struct HeldEntry {
    Inlines inlines;
    Places where;
    std::string block_id;  ///< the block it was printed in, for diagnostics
  };

  void offer(const Inlines& inlines, const Places& where, const std::string& block_id) {
    if (held_) {
      if (std::optional<Inlines> joined = continued(*held_, inlines, where)) {
        held_->inlines = std::move(*joined);
        held_->where.insert(held_->where.end(), where.begin(), where.end());
        return;
      }
      flush();
    }
    held_ = HeldEntry{inlines, where, block_id};
  }

  void flush() {
    if (!held_) return;
    read_entry(held_->inlines, held_->where, held_->block_id);
    held_.reset();
  }

  // Step 2c: `held` and the entry after it as one, when the page break parted one entry.
  std::optional<Inlines> continued(const HeldEntry& held, const Inlines& next,
                                   const Places& next_where) const {
    if (held.where.empty() || next_where.empty() || next.empty() || held.inlines.empty() ||
        next_where.front().page <= held.where.back().page) {
      return std::nullopt;
    }
    const CitationParts parts = parse_citation(held.inlines, patterns_);
    if (!parts.accessed.empty() || is_group_line(held.inlines, parts)) return std::nullopt;
    const Inline& last = held.inlines.back();
    const Inline& first = next.front();
    if (last.kind == InlineKind::kLink && first.kind == InlineKind::kLink &&
        last.url == first.url) {  // (a)
      return joined(held.inlines, next);
    }
    if (has_link(next) || !parse_citation(next, patterns_).date.empty()) return std::nullopt;
    Inlines both = joined(held.inlines, next);  // (b)
    const CitationParts whole = parse_citation(both, patterns_);
    if (whole.title.empty() || whole.date.empty() || !whole.rest.empty()) return std::nullopt;
    return both;
  }

  // `head` then `tail` with a space between, a run broken between them made one again.
  static Inlines joined(const Inlines& head, const Inlines& tail) {
    Inlines both = head;
    Inline space;
    space.text = " ";
    append_run(both, space);
    for (const Inline& run : tail) {
      if (both.size() >= 2 && run.kind == InlineKind::kLink &&
          both[both.size() - 2].kind == InlineKind::kLink && both[both.size() - 2].url == run.url) {
        both.pop_back();  // the space goes inside the link it breaks
        both.back().text += " " + run.text;
        continue;
      }
      append_run(both, run);
    }
    tidy_whitespace(both);
    return both;
  }

  bool is_group_line(const Inlines& inlines, const CitationParts& parts) const {
    return !has_link(inlines) && config_.group_line.full_match(plain_text(inlines)) &&
           (parts.title.empty() || parts.date.empty() || parts.rest.empty());
  }

  void read_entry(const Inlines& inlines, const Places& where, const std::string& block_id) {
    std::vector<std::string> groups;
    const std::string text = plain_text(inlines);
    const CitationParts parts = parse_citation(inlines, patterns_);  // step 3
    if (is_group_line(inlines, parts)) {  // step 2
      config_.group_line.full_match(text, groups);
      group_ = groups.empty() ? text : groups[0];
      group_left_ = where.empty() ? 0 : where.front().box.x0;
      return;
    }
    if (const std::optional<size_t> at = run_on_at(inlines, parts)) {  // step 2b
      auto [head, tail] = split_at(inlines, *at);
      tidy_whitespace(head);
      tidy_whitespace(tail);
      // The run-on crossed a page break: the next entry is on the last page of the paragraph.
      const Places head_where(where.begin(), where.size() > 1 ? where.end() - 1 : where.end());
      const Places tail_where(where.empty() ? where.end() : where.end() - 1, where.end());
      read_entry(head, head_where, block_id);
      read_entry(tail, tail_where, block_id);
      return;
    }
    Source source;
    source.list = *list_;
    if (!parts.prefix.empty() && !stays_in_group(parts.prefix, where)) group_.clear();
    source.group = parts.prefix.empty() ? group_ : parts.prefix;
    source.author = source.group;
    source.title = parts.title;
    source.url = parts.url;
    source.detail = parts.detail;
    source.date = parts.date;
    source.accessed = parts.accessed;
    source.inlines = inlines;
    source.where = where;
    const int page = where.empty() ? 0 : where.front().page;
    if (source.title.empty()) {
      diag_.warn("unreadable-source", "no title in bibliography entry: " + text, page, block_id);
    } else if (!parts.rest.empty()) {
      diag_.warn("unread-source-text", "text left unread in bibliography entry: " + parts.rest,
                 page, block_id);
    }
    source.id = make_id(source);
    sources_.push_back(std::move(source));
  }

  // Step 2b: where the text after a complete citation starts, when it reads as an entry or a
  // publisher line.
  std::optional<size_t> run_on_at(const Inlines& inlines, const CitationParts& parts) const {
    if (!parts.url.empty() && !parts.prefix.empty()) {
      if (const std::optional<size_t> at = linked_run_on_at(inlines, parts)) return at;
      if (const std::optional<size_t> at = accessed_run_on_at(inlines);
          at && *at < plain_text(inlines).find(parts.prefix) + parts.prefix.size()) {
        return at;
      }
    }
    if (parts.url.empty()) {
      if (const std::optional<size_t> at = quoted_run_on_at(inlines)) return at;
      if (const std::optional<size_t> at = accessed_run_on_at(inlines)) return at;
    }
    if (parts.date.empty() || parts.rest.empty() || parts.title.empty()) return std::nullopt;
    const std::string text = plain_text(inlines);
    const size_t at = text.rfind(parts.rest);
    if (at == std::string::npos || at == 0) return std::nullopt;
    Inlines tail = split_at(inlines, at).second;
    if (!has_link(tail) && config_.group_line.full_match(plain_text(tail))) return at;
    const CitationParts next = parse_citation(tail, patterns_);
    if (next.title.empty() || next.date.empty()) return std::nullopt;
    return at;
  }

  // Step 2b for two unlinked entries with quoted titles run together: where an opening mark
  // after a space ends a complete citation and opens another, the second entry starts. Read
  // whole, the first title would close at the second's closing mark.
  std::optional<size_t> quoted_run_on_at(const Inlines& inlines) const {
    static constexpr std::string_view kOpening = " \u2018";  // " ‘"
    const std::string text = plain_text(inlines);
    for (size_t at = text.find(kOpening, 1); at != std::string::npos;
         at = text.find(kOpening, at + 1)) {
      auto [head, tail] = split_at(inlines, at + 1);
      const CitationParts before = parse_citation(head, patterns_);
      if (before.title.empty() || before.date.empty() || !before.rest.empty()) continue;
      const CitationParts next = parse_citation(tail, patterns_);
      if (!next.title.empty() && !next.date.empty()) return at + 1;
    }
    return std::nullopt;
  }

  // Step 2b for two entries with plain titles run together: where a complete citation ending in
  // its accessed date's year is followed by a capital opening another, the second entry starts.
  // Read whole, the first entry's title would be the prefix and its date and accessed date the
  // start of the second's title; nothing would be left unread. The second may be linked, its
  // publisher printed before its link: then the split lies in what would be its prefix (an
  // unlinked entry whose last line filled its page's foot, run on into "Freedom House,
  // [France: land disputes ...], 2016. ..." at the next page's top: LibreOffice, seed 2419 p. 25,
  // and Ghostscript's re-print of it).
  std::optional<size_t> accessed_run_on_at(const Inlines& inlines) const {
    const std::string text = plain_text(inlines);
    for (size_t at = text.find(' ', 1); at != std::string::npos; at = text.find(' ', at + 1)) {
      const bool after_year = std::isdigit(static_cast<unsigned char>(text[at - 1]));
      if (!after_year || at + 1 >= text.size() ||
          !std::isupper(static_cast<unsigned char>(text[at + 1]))) {
        continue;
      }
      auto [head, tail] = split_at(inlines, at + 1);
      tidy_whitespace(head);
      const CitationParts before = parse_citation(head, patterns_);
      if (before.title.empty() || before.date.empty() || before.accessed.empty() ||
          !before.rest.empty()) {
        continue;
      }
      const CitationParts next = parse_citation(tail, patterns_);
      if (!next.title.empty() && !next.date.empty()) return at + 1;
    }
    return std::nullopt;
  }

  // Step 2b for a linked entry: where the text before its link, read as the entry's publisher,
  // holds a complete unlinked citation, that citation is the entry before (an unlinked entry at a
  // page's foot run on into the linked one at the next page's top), and the entry starts after it.
  std::optional<size_t> linked_run_on_at(const Inlines& inlines, const CitationParts& parts) const {
    const std::string text = plain_text(inlines);
    const size_t prefix = text.find(parts.prefix);
    if (prefix == std::string::npos) return std::nullopt;
    const size_t at = text.find_first_not_of(' ', prefix + parts.prefix.size());
    if (at == std::string::npos) return std::nullopt;
    const CitationParts before = parse_citation(split_at(inlines, at).first, patterns_);
    if (before.title.empty() || before.date.empty() || !before.rest.empty()) return std::nullopt;
    return at;
  }

  // Step 2: whether an entry printing its own publisher still belongs to the open group.
  bool stays_in_group(const std::string& prefix, const Places& where) const {
    if (group_.empty()) return false;
    if (fold_for_match(prefix) == fold_for_match(group_)) return true;
    return !where.empty() && where.front().box.x0 >= group_left_ + config_.group_indent;
  }

  // Step 4.
  std::string make_id(const Source& source) {
    const std::string key = source.url.empty()
                                ? fold_for_match(source.group) + "|" + fold_for_match(source.title)
                                : urls_.of(source.url);
    const std::string base = config_.id_prefix + hex_hash(key, config_.id_hash_digits);
    const int seen = ++id_counts_[base];
    return seen == 1 ? base : base + "-" + std::to_string(seen);
  }

  const BibliographyConfig& config_;
  const NormalizedUrls& urls_;
  Diagnostics& diag_;
  CitationPatterns patterns_;
  std::optional<SourceList> list_;  // the list under the last heading; none outside both
  std::optional<HeldEntry> held_;   // the last entry offered, not read yet (step 2c)
  std::string group_;
  double group_left_ = 0;  ///< left edge of the open group's publisher line
  std::vector<Source> sources_;
  std::map<std::string, int> id_counts_;
};

}  // namespace

Result<Doc> run_bibliography(Doc doc, const BibliographyConfig& config, Diagnostics& diag) {
  BibliographyReader reader(config, doc.memo, diag);
  std::vector<Block> kept;
  kept.reserve(doc.blocks.size());
  for (Block& block : doc.blocks) {
    if (!reader.take(block)) kept.push_back(std::move(block));
  }
  doc.blocks = std::move(kept);
  doc.sources = reader.take_sources();
  return doc;
}

}  // namespace coi
