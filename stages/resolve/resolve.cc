// The resolve stage: which bibliography source each footnote cites.
//
// Step 1: every footnote and source is read with parse_citation (stages/text/citation.h):
//         prefix (publisher), title, URL, detail, date. A footnote that ends its own sentences
//         with a citation ("... See HRW, ‘Title’, 2024") is read from the citation (`lead`).
// Step 2: by URL. Normalised URLs (pipeline/url.h) equal: one source is resolved
//         ("url"); several are narrowed by title, and stay ambiguous if still several.
//         The URL comes from a link annotation, which a producer can misplace (a rectangle one
//         line off gives a footnote its neighbour's URL), while the title and the publisher are
//         printed text. So the URL is cross-checked: when the footnote's title is not its URL
//         source's and names, by step 3, exactly one other source, the two disagree and the
//         title's source is kept (the reader sees the title), even where both sources share the
//         publisher (a neighbour's URL is often the same publisher's). A title that names no other
//         source (notes shorten titles) leaves the URL's source, confidently when the publisher
//         is its, else not confidently. The title is the link's text, or where that names no
//         source, the title the footnote's words print with the link read as text (a misplaced
//         rectangle can cover "UNHCR, ‘Situation update" rather than the title, or the title and
//         the date's day after it). A disagreement stays below high confidence
//         (`url_title_disagreement_confidence`) and is reported.
// Step 3: by title. Titles are folded (case, accents, quotes, word-joining hyphens) and an
//         ellipsis ("...", "…" or ". . .", find_ellipsis) in the footnote's title stands for any
//         text: "Can people afford to pay for health care?... protection in France" matches the
//         longer title. Candidates whose publisher matches the footnote's prefix
//         (stages/resolve/publishers.h, aliases learnt from the note) give "alias-title".
//         Without a publisher match, and when the footnote's publisher is not one the
//         bibliography knows, a title of at least `title_only_min_words` words gives "title" at
//         a lower confidence.
// Step 4: by near title: among the publisher's sources, one whose title shares most words with
//         the footnote's ("Activity Report 2024" / "2024 Activity Report") gives "alias-fuzzy".
// Step 5: several candidates left are narrowed by date, then, for a title cut at its end with an
//         ellipsis, by the cut as printed: a writer who cuts a title copies its words, punctuation
//         and all, so "Response to information request ..." cuts "Response to information request
//         on freedom of expression", not "Response to information request: the situation ...",
//         which folding cannot tell apart (held19 seed 2309 note 50, its link gone in Cairo's
//         re-prints: the publisher's two sources, both "no date"). If still several, nothing is
//         guessed: the footnote is reported as ambiguous (method "ambiguous"). A date that
//         disagrees lowers the confidence. Footnotes matching nothing are reported as unresolved.
//
//   "GoF Mol, Asylum applications (section 3.1), 26 June 2025"
//     vs "Government of France (GoF), Ministry of the Interior (Mol), [Asylum applications], ..."
//     -> no URL; title equal; publisher "GoF Mol" matches -> alias-title, 0.95
#include "stages/resolve/resolve.h"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "stages/resolve/publishers.h"
#include "stages/text/citation.h"
#include "stages/text/normalized_urls.h"

namespace coi {

namespace {

struct SourceFacts {
  std::string url;    ///< normalised
  std::string title;  ///< folded
  std::vector<std::string> words;  ///< distinct, sorted (for similarity)
  const std::set<std::string>* names = nullptr;  ///< publisher name keys (of its group)
  std::string date;   ///< folded
};

struct Match {
  std::vector<size_t> sources;
  ResolveMethod method = ResolveMethod::kNone;
  double confidence = 0;
};

// The folded pieces of a title around its ellipses, and whether it opens or closes with one.
struct TitlePattern {
  std::vector<std::string> pieces;
  bool open_start = false, open_end = false;
};

// An ellipsis as a writer prints it: "...", "\u2026" or a typesetter's spaced ". . .": where it
// starts in a text and how many bytes it takes; `at` is npos where there is none.
struct Ellipsis {
  size_t at = std::string::npos;
  size_t size = 0;
};

// The first ellipsis of `text` at or after `from`. Step 3's pattern and step 5's printed cut both
// find a title's ellipses here, so a cut one of them reads the other reads too.
Ellipsis find_ellipsis(std::string_view text, size_t from = 0) {
  Ellipsis first;
  for (const std::string_view form : {std::string_view("..."), std::string_view("\u2026"),
                                      std::string_view(". . .")}) {
    const size_t at = text.find(form, from);
    if (at < first.at) first = Ellipsis{at, form.size()};
  }
  return first;
}

TitlePattern title_pattern(const std::string& title) {
  TitlePattern p;
  size_t start = 0;
  while (true) {
    const Ellipsis ellipsis = find_ellipsis(title, start);
    const size_t at = ellipsis.at;
    const std::string piece =
        fold_for_match(title.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == 0) p.open_start = true;
    if (!piece.empty()) p.pieces.push_back(piece);
    if (at == std::string::npos) break;
    start = at + ellipsis.size;
    while (start < title.size() && title[start] == '.') ++start;
    if (title.find_first_not_of(" .", start) == std::string::npos) p.open_end = true;
  }
  return p;
}

bool title_matches(const TitlePattern& p, const std::string& title, int min_chars) {
  if (p.pieces.empty()) return false;
  if (p.pieces.size() == 1 && !p.open_start && !p.open_end) return p.pieces[0] == title;
  size_t total = 0, at = 0;
  for (size_t i = 0; i < p.pieces.size(); ++i) {
    const std::string& piece = p.pieces[i];
    total += piece.size();
    const size_t found = title.find(piece, at);
    if (found == std::string::npos) return false;
    if (i == 0 && !p.open_start && found != 0) return false;
    at = found + piece.size();
  }
  if (!p.open_end && !title.ends_with(p.pieces.back())) return false;
  return static_cast<int>(total) >= min_chars;
}

// `words` sorted and without repeats: the shape similarity() takes, made once per title.
std::vector<std::string> distinct(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// Jaccard similarity of two distinct() word lists; a merge, as it runs for every footnote and
// source pair that reaches step 4.
double similarity(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t shared = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    const int order = i->compare(*j);
    if (order == 0) ++shared;
    if (order <= 0) ++i;
    if (order >= 0) ++j;
  }
  const size_t all = a.size() + b.size() - shared;
  return all == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(all);
}

class Resolver {
 public:
  Resolver(Doc& doc, const ResolveConfig& config, Diagnostics& diag)
      : doc_(doc),
        config_(config),
        diag_(diag),
        publishers_(doc, config),
        urls_(normalized_urls(doc.memo, config.ignored_url_parameters)) {
    patterns_.date = config.date;
    patterns_.accessed = config.accessed;
    patterns_.lead = config.lead;
    for (const std::string& word : config.stop_words) stop_words_.push_back(fold_for_match(word));
    for (size_t i = 0; i < doc.sources.size(); ++i) {
      const Source& s = doc.sources[i];
      SourceFacts facts;
      facts.url = s.url.empty() ? "" : normalized_url(s.url);
      facts.title = fold_for_match(s.title);
      facts.words = distinct(match_words(facts.title, stop_words_));
      // Many sources share a group: its names are keyed once.
      auto [names, added] = names_of_group_.try_emplace(s.group);
      if (added) names->second = publishers_.names(s.group);
      facts.names = &names->second;
      facts.date = fold_for_match(s.date);
      if (!facts.url.empty()) by_url_[facts.url].push_back(i);
      by_title_[facts.title].push_back(i);
      facts_.push_back(std::move(facts));
    }
  }

  void run() {
    for (Footnote& note : doc_.footnotes) resolve(note);
  }

 private:
  void resolve(Footnote& note) {
    const CitationParts parts = parse_citation(note.inlines, patterns_);
    prefix_ = keyed_prefix(parts.prefix);
    const TitlePattern& title = title_pattern_of(parts.title);
    Match match = by_url(parts, title);
    cross_check_title(note, title, match);
    if (match.sources.empty()) match = by_title(title);
    if (match.sources.empty() && !parts.long_title.empty()) {
      match = by_title(title_pattern_of(parts.long_title));
    }
    if (match.sources.empty()) match = by_near_title(parts);
    const std::string date = fold_for_match(parts.date);
    narrow_by_date(match, date);
    narrow_by_printed_cut(match, parts.title, title);
    record(note, date, match);
  }

  // A footnote's title read as a pattern, once per distinct title: a note cites a source many
  // times by the same title, and folding it is most of the pattern's cost.
  const TitlePattern& title_pattern_of(const std::string& title) const {
    auto [it, added] = title_patterns_.try_emplace(title);
    if (added) it->second = title_pattern(title);
    return it->second;
  }

  // A URL normalised (pipeline/url.h), once per distinct URL: notes cite a source many times,
  // and the bibliography prints (and normalised, for its IDs) the URLs they link to.
  const std::string& normalized_url(const std::string& url) const {
    return urls_.of(url);
  }

  // A footnote's prefix keyed (Publishers::prefix), once per distinct prefix ("HRW", "UNHCR").
  const Publishers::Prefix& keyed_prefix(const std::string& prefix) const {
    auto [it, added] = keyed_prefixes_.try_emplace(prefix);
    if (added) it->second = publishers_.prefix(prefix);
    return it->second;
  }

  // Step 2.
  Match by_url(const CitationParts& parts, const TitlePattern& title) const {
    Match m{{}, ResolveMethod::kUrl, config_.url_confidence};
    if (parts.url.empty()) return m;
    auto it = by_url_.find(normalized_url(parts.url));
    if (it == by_url_.end()) return m;
    m.sources = it->second;
    if (m.sources.size() > 1) {
      std::vector<size_t> titled;
      for (size_t i : m.sources) {
        if (title_matches(title, facts_[i].title, config_.ellipsis_min_chars)) titled.push_back(i);
      }
      if (!titled.empty()) m.sources = titled;
    }
    return m;
  }

  // Step 2, the cross-check of a URL match against the printed title and publisher.
  void cross_check_title(const Footnote& note, const TitlePattern& title, Match& match) {
    if (match.sources.size() != 1) return;
    const size_t linked = match.sources.front();
    if (title_matches(title, facts_[linked].title, config_.ellipsis_min_chars)) return;
    // A publisher in common does not settle it when the title names another source: one
    // publisher's notes sit side by side in a footnote area, where a rectangle one line off takes
    // the neighbour's URL. Only a title that names nothing else (shortened) leaves it to the
    // publisher.
    Match titled = title.pieces.empty() ? Match{} : by_title(title);
    if (titled.sources.size() != 1) titled = by_printed_title(note);
    const bool names_another = titled.sources.size() == 1 && titled.sources.front() != linked;
    if (!names_another && publishers_.matches(prefix_, *facts_[linked].names)) return;
    const std::string n = std::to_string(note.number);
    const int page = note.where.empty() ? 0 : note.where.front().page;
    const std::string& url_source = doc_.sources[linked].id;
    if (names_another) {
      const std::string& named = doc_.sources[titled.sources.front()].id;
      diag_.warn("citation-url-title-disagree",
                 "footnote " + n + " links to " + url_source + " but its title is that of " +
                     named + "; " + named + " kept, not confidently",
                 page);
      match = titled;
    } else {
      diag_.warn("citation-url-title-disagree",
                 "footnote " + n + " links to " + url_source +
                     " but prints neither its title nor its publisher; kept, not confidently",
                 page);
    }
    match.confidence = std::min(match.confidence, config_.url_title_disagreement_confidence);
  }

  // Step 2: the footnote read from its printed words alone, its links as text, then by title.
  // A link whose rectangle a producer misplaced covers other words than the title ("UNHCR,
  // ‘Situation update") and carries another note's URL; the words still name the title.
  Match by_printed_title(const Footnote& note) {
    Inlines printed = note.inlines;
    for (Inline& run : printed) {
      if (run.kind == InlineKind::kLink) run.kind = InlineKind::kText;
    }
    const CitationParts parts = parse_citation(printed, patterns_);
    const TitlePattern& title = title_pattern_of(parts.title);
    if (title.pieces.empty()) return Match{};
    const Publishers::Prefix linked_prefix = prefix_;
    prefix_ = keyed_prefix(parts.prefix);
    Match titled = by_title(title);
    prefix_ = linked_prefix;
    return titled;
  }

  // Step 3.
  Match by_title(const TitlePattern& title) const {
    std::string printed;
    for (const std::string& piece : title.pieces) printed += piece + " ";
    std::vector<size_t> titled, published;
    for (size_t i : title_candidates(title)) {
      if (!title_matches(title, facts_[i].title, config_.ellipsis_min_chars)) continue;
      titled.push_back(i);
      if (publishers_.matches(prefix_, *facts_[i].names)) published.push_back(i);
    }
    if (!published.empty()) return Match{published, ResolveMethod::kAliasTitle, config_.alias_title_confidence};
    // A publisher the bibliography knows, whose entries lack this title: another publisher's
    // entry of the same title is not what it cites.
    if (known_publisher()) return Match{};
    const auto words = match_words(printed, stop_words_);
    if (static_cast<int>(words.size()) < config_.title_only_min_words) return Match{};
    return Match{titled, ResolveMethod::kTitle, config_.title_confidence};
  }

  // The sources a title pattern may match, ascending: those of equal title when the pattern has
  // no ellipsis (looked up, so that resolving stays linear in the footnotes), else all.
  std::vector<size_t> title_candidates(const TitlePattern& title) const {
    if (title.pieces.size() == 1 && !title.open_start && !title.open_end) {
      auto it = by_title_.find(title.pieces.front());
      return it == by_title_.end() ? std::vector<size_t>{} : it->second;
    }
    std::vector<size_t> all(facts_.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = i;
    return all;
  }

  // Whether any source answers to the current prefix; remembered per prefix, as the answer
  // takes a pass over the whole bibliography.
  bool known_publisher() const {
    std::string key = prefix_.whole;
    for (const std::string& word : prefix_.words) key += "\n" + word;
    auto [it, added] = known_publishers_.try_emplace(key, false);
    if (added) {
      it->second = std::any_of(facts_.begin(), facts_.end(), [&](const SourceFacts& f) {
        return publishers_.matches(prefix_, *f.names);
      });
    }
    return it->second;
  }

  // Step 4.
  Match by_near_title(const CitationParts& parts) const {
    const auto words = match_words(fold_for_match(parts.title), stop_words_);
    Match m{{}, ResolveMethod::kAliasFuzzy, config_.fuzzy_confidence};
    if (static_cast<int>(words.size()) < config_.fuzzy_min_words) return m;
    const std::vector<std::string> distinct_words = distinct(words);
    for (size_t i = 0; i < facts_.size(); ++i) {
      if (similarity(distinct_words, facts_[i].words) >= config_.fuzzy_min_similarity &&
          publishers_.matches(prefix_, *facts_[i].names)) {
        m.sources.push_back(i);
      }
    }
    return m;
  }

  // Step 5.
  void narrow_by_date(Match& m, const std::string& date) const {
    if (m.sources.size() < 2 || date.empty()) return;
    std::vector<size_t> dated;
    for (size_t i : m.sources) {
      if (facts_[i].date == date) dated.push_back(i);
    }
    if (!dated.empty()) m.sources = dated;
  }

  // Step 5, by the cut: of several candidates, those whose title goes on after the text the
  // footnote prints before its ellipsis, as printed, with a space (a whole word cut off). Only a
  // narrowing: where no title goes on so (a writer who dropped a colon at the cut), the
  // candidates stay as they were.
  void narrow_by_printed_cut(Match& m, const std::string& printed_title,
                             const TitlePattern& title) const {
    if (m.sources.size() < 2 || title.pieces.size() != 1 || title.open_start || !title.open_end) {
      return;
    }
    const size_t ellipsis = find_ellipsis(printed_title).at;
    if (ellipsis == std::string::npos || ellipsis == 0) return;
    const size_t end = printed_title.find_last_not_of(' ', ellipsis - 1);
    if (end == std::string::npos) return;
    const std::string_view cut = std::string_view(printed_title).substr(0, end + 1);
    std::vector<size_t> cut_here;
    for (size_t i : m.sources) {
      const std::string& full = doc_.sources[i].title;
      if (full.size() > cut.size() && full.starts_with(cut) && full[cut.size()] == ' ') {
        cut_here.push_back(i);
      }
    }
    if (!cut_here.empty()) m.sources = cut_here;
  }

  // `date`: the footnote's date, folded.
  void record(Footnote& note, const std::string& date, const Match& m) {
    const int page = note.where.empty() ? 0 : note.where.front().page;
    const std::string n = std::to_string(note.number);
    if (m.sources.size() > 1) {
      std::string ids;
      for (size_t i : m.sources) ids += (ids.empty() ? "" : ", ") + doc_.sources[i].id;
      note.method = ResolveMethod::kAmbiguous;
      diag_.warn("ambiguous-citation", "footnote " + n + " matches " +
                                           std::to_string(m.sources.size()) + " sources (" + ids +
                                           "); left unresolved", page);
      return;
    }
    if (m.sources.empty()) {
      diag_.warn("unresolved-citation",
                 "footnote " + n + " matches no source: " + plain_text(note.inlines), page);
      return;
    }
    const size_t i = m.sources.front();
    const bool dates_differ = !date.empty() && !facts_[i].date.empty() && date != facts_[i].date;
    note.source_id = doc_.sources[i].id;
    note.method = m.method;
    const bool penalised = dates_differ && m.method != ResolveMethod::kUrl;
    note.confidence =
        std::max(0.0, m.confidence - (penalised ? config_.date_mismatch_penalty : 0.0));
  }

  Doc& doc_;
  const ResolveConfig& config_;
  Diagnostics& diag_;
  Publishers publishers_;
  const NormalizedUrls& urls_;  ///< kept in the document's memo, shared with the bibliography
  CitationPatterns patterns_;
  Publishers::Prefix prefix_;  ///< the prefix of the footnote being resolved
  std::vector<std::string> stop_words_;
  std::unordered_map<std::string, std::set<std::string>> names_of_group_;  ///< group -> names
  std::vector<SourceFacts> facts_;
  std::unordered_map<std::string, std::vector<size_t>> by_url_;
  std::unordered_map<std::string, std::vector<size_t>> by_title_;  ///< folded title -> sources
  mutable std::unordered_map<std::string, bool> known_publishers_;  ///< prefix key -> known
  mutable std::unordered_map<std::string, Publishers::Prefix> keyed_prefixes_;  ///< as printed
  mutable std::unordered_map<std::string, TitlePattern> title_patterns_;  ///< title -> pattern
};

}  // namespace

Result<Doc> run_resolve(Doc doc, const ResolveConfig& config, Diagnostics& diag) {
  for (Footnote& note : doc.footnotes) {
    note.source_id.clear();
    note.method = ResolveMethod::kNone;
    note.confidence = 0;
  }
  Resolver(doc, config, diag).run();
  return doc;
}

}  // namespace coi
