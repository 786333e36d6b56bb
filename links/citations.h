// Where each URL is cited: the notes' footnotes, bibliography sources and inline links of
// blocks, list items and table cells, gathered once per distinct URL across all notes.
#pragma once

#include <string>
#include <vector>

#include "pipeline/model.h"

namespace coi {

/// The places one note cites a URL.
struct Citation {
  std::string note;                     ///< the note's file name
  std::vector<int> footnotes;           ///< numbers of the footnotes holding the URL
  std::vector<std::string> paragraphs;  ///< numbers (else IDs) of blocks citing those footnotes
                                        ///< or holding the URL inline
  std::vector<std::string> sources;     ///< titles of the bibliography entries with the URL
};

/// A distinct URL (fragment removed) and every note citing it.
struct CitedUrl {
  std::string url;
  std::vector<Citation> citations;  ///< one per note, in the order the notes were given
};

/// Gathers the URLs of `docs` (named by `names`, same order), first-seen order, each once.
std::vector<CitedUrl> collect_cited_urls(const std::vector<Doc>& docs,
                                         const std::vector<std::string>& names);

}  // namespace coi
