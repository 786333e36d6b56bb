// Settings of the resolve stage (section [resolve] of config/coi.toml).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pipeline/config_section.h"
#include "pipeline/pattern.h"
#include "pipeline/url.h"
#include "stages/text/citation.h"

namespace coi {

struct ResolveConfig {
  /// Part slug of the note's list of acronyms (a 2-column table: abbreviation, expansion).
  std::string acronyms_part = "acronyms";
  /// Heading of that list, for notes whose parts are not labelled.
  Pattern acronyms_heading;
  /// Publisher aliases known beforehand ([resolve.aliases]: "USSD" = "U.S. Department of State"),
  /// added to those learnt from the note.
  std::map<std::string, std::string> aliases = {
      {"HO", "Home Office"},
      {"UNHCR", "United Nations High Commissioner for Refugees"},
      {"USSD", "U.S. Department of State"},
      {"EUAA", "European Union Agency for Asylum"},
      {"EASO", "European Asylum Support Office"},
      {"ECtHR", "European Court of Human Rights"},
      {"CoE", "Council of Europe"},
      {"OHCHR", "Office of the High Commissioner for Human Rights"},
      {"HRW", "Human Rights Watch"},
      {"AI", "Amnesty International"},
      {"IOM", "International Organization for Migration"},
      {"WHO", "World Health Organization"},
      {"EC", "European Commission"}};
  /// Words ignored when comparing publisher names ("Ministry of the Interior" = "Ministry of
  /// Interior"); compared after folding (lower case, no accents).
  std::vector<std::string> stop_words = {"the", "of", "and", "for", "on", "in", "de", "du",
                                         "des", "la", "le", "les", "et"};
  /// Date phrase of a footnote after its title and detail; group 1 is the date.
  Pattern date;
  /// Accessed date after the date phrase; group 1 is the date.
  Pattern accessed;
  /// A footnote's lead text before the citation it ends with ("Observers said ... See HRW,
  /// ‘Title’, 2024"); group 1 is the citation. Default: the text after the last "See" or "See
  /// also" that opens the footnote or a sentence.
  Pattern lead;
  /// URL query parameters ignored when comparing URLs ("utm_*" matches a prefix).
  std::vector<std::string> ignored_url_parameters = kDefaultIgnoredUrlParameters;
  /// Confidence of a match on the normalised URL (0..1).
  double url_confidence = 1.0;
  /// Confidence of a title match (ellipses allowed) with the publisher or one of its aliases.
  double alias_title_confidence = 0.95;
  /// Confidence of a title match whose publisher did not match.
  double title_confidence = 0.75;
  /// Confidence of a near title match (shared words) with the publisher matching.
  double fuzzy_confidence = 0.6;
  /// Confidence, at most, when a footnote's link URL names one source and its printed title
  /// another (the title's source is kept). Below high_confidence, so it is never trusted blindly.
  double url_title_disagreement_confidence = 0.5;
  /// Subtracted when the footnote's date differs from the source's (both printed). Default 0.2.
  double date_mismatch_penalty = 0.2;
  /// A title match without the publisher needs at least this many words (short titles such as
  /// "Home" are shared by many publishers).
  int title_only_min_words = 3;
  /// Near title match: shared words / all words of both titles, at least. Default 0.8.
  double fuzzy_min_similarity = 0.8;
  /// Near title match: fewest words the footnote's title must have.
  int fuzzy_min_words = 2;
  /// Shortest text (characters, folded) around a "..." that counts towards a title match.
  int ellipsis_min_chars = 8;
  /// Resolutions at or above this confidence are "high confidence" (reported in the summary).
  double high_confidence = 0.9;

  /// Reads the [resolve] section; defaults stay where a key is absent.
  void load(ConfigSection& s) {
    s.read("acronyms_part", acronyms_part);
    s.read_pattern("acronyms_heading", acronyms_heading, "(?i)(?:list of )?(?:acronyms|abbreviations)");
    s.read("aliases", aliases);
    s.read("stop_words", stop_words);
    s.read_pattern("date_pattern", date, kDefaultDatePattern);
    s.read_pattern("accessed_pattern", accessed, kDefaultAccessedPattern);
    s.read_pattern("lead_pattern", lead, "(?s).*(?:^|[.!?]\\s+)See(?:\\s+also)?:?\\s+(.+)");
    s.read("ignored_url_parameters", ignored_url_parameters);
    s.read("url_confidence", url_confidence);
    s.read("alias_title_confidence", alias_title_confidence);
    s.read("title_confidence", title_confidence);
    s.read("fuzzy_confidence", fuzzy_confidence);
    s.read("url_title_disagreement_confidence", url_title_disagreement_confidence);
    s.read("date_mismatch_penalty", date_mismatch_penalty);
    s.read("title_only_min_words", title_only_min_words);
    s.read("fuzzy_min_similarity", fuzzy_min_similarity);
    s.read("fuzzy_min_words", fuzzy_min_words);
    s.read("ellipsis_min_chars", ellipsis_min_chars);
    s.read("high_confidence", high_confidence);
    s.check("url_title_disagreement_confidence",
            url_title_disagreement_confidence < high_confidence, "below high_confidence");
  }
};

}  // namespace coi
