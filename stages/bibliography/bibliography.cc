// The bibliography stage: the entries under "Sources cited" and "Sources consulted but not cited"
// become Sources, and leave the block flow (the part keeps its headings and "Back to Contents").
//
// Step 1: a heading matching `cited_heading` or `consulted_heading` opens that list; any other
//         heading closes it. Inside a list, each paragraph (or list item) is an entry or a
//         publisher line.
// Step 2: a paragraph with no link that ends in a comma ("Assurance Maladie,") is a publisher
//         line: the entries after it that print no publisher of their own belong to it, until the
//         next publisher line, an entry with its own publisher, or the end of the list.
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
#include "stages/bibliography/bibliography.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>

#include "stages/text/citation.h"
#include "stages/text/url_normalize.h"

namespace coi {

namespace {

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
  BibliographyReader(const BibliographyConfig& config, Diagnostics& diag)
      : config_(config), diag_(diag) {
    patterns_.date = config.date;
    patterns_.accessed = config.accessed;
  }

  // Step 1: returns true when `block` was consumed as an entry or publisher line.
  bool take(const Block& block) {
    if (block.kind == BlockKind::kHeading) {
      const std::string text = plain_text(block.inlines);
      list_ = config_.cited_heading.full_match(text)       ? "cited"
              : config_.consulted_heading.full_match(text) ? "consulted"
                                                           : "";
      group_.clear();
      return false;
    }
    if (list_.empty()) return false;
    if (block.kind == BlockKind::kParagraph) {
      read_entry(block.inlines, block.where, block);
      return true;
    }
    if (block.kind == BlockKind::kList) {
      for (const ListItem& item : block.items) read_entry(item.inlines, item.where, block);
      return true;
    }
    return false;
  }

  std::vector<Source> take_sources() { return std::move(sources_); }

 private:
  void read_entry(const Inlines& inlines, const Places& where, const Block& block) {
    std::vector<std::string> groups;
    const std::string text = plain_text(inlines);
    if (!has_link(inlines) && config_.group_line.full_match(text, groups)) {  // step 2
      group_ = groups.empty() ? text : groups[0];
      return;
    }
    const CitationParts parts = parse_citation(inlines, patterns_);  // step 3
    Source source;
    source.list = list_;
    // An entry printing the publisher line's own name ("Forum Réfugiés, Reception conditions")
    // under it stays in the group; another publisher ends it.
    if (!parts.prefix.empty() && parts.prefix != group_) group_.clear();
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
      diag_.warn("unreadable-source", "no title in bibliography entry: " + text, page, block.id);
    } else if (!parts.rest.empty()) {
      diag_.warn("unread-source-text", "text left unread in bibliography entry: " + parts.rest,
                 page, block.id);
    }
    source.id = make_id(source);
    sources_.push_back(std::move(source));
  }

  // Step 4.
  std::string make_id(const Source& source) {
    const std::string key = source.url.empty()
                                ? fold_for_match(source.group) + "|" + fold_for_match(source.title)
                                : normalize_url(source.url, config_.ignored_url_parameters);
    const std::string base = config_.id_prefix + hex_hash(key, config_.id_hash_digits);
    const int seen = ++id_counts_[base];
    return seen == 1 ? base : base + "-" + std::to_string(seen);
  }

  const BibliographyConfig& config_;
  Diagnostics& diag_;
  CitationPatterns patterns_;
  std::string list_;
  std::string group_;
  std::vector<Source> sources_;
  std::map<std::string, int> id_counts_;
};

}  // namespace

Result<Doc> run_bibliography(Doc doc, const BibliographyConfig& config, Diagnostics& diag) {
  BibliographyReader reader(config, diag);
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
