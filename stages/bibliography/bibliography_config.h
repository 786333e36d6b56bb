// Settings of the bibliography stage (section [bibliography] of config/coi.toml).
#pragma once

#include <string>
#include <vector>

#include "pipeline/config_section.h"
#include "pipeline/pattern.h"
#include "pipeline/url.h"
#include "stages/text/citation.h"

namespace coi {

struct BibliographyConfig {
  /// Heading text that opens the list of sources cited. Default "Sources cited".
  Pattern cited_heading;
  /// Heading text that opens the list of sources consulted but not cited.
  Pattern consulted_heading;
  /// A publisher line printed above its entries ("Assurance Maladie,"); group 1 is the publisher.
  Pattern group_line;
  /// Date phrase after an entry's title and detail; group 1 is the date (stages/text/citation.h).
  Pattern date;
  /// Accessed date after the date phrase; group 1 is the date.
  Pattern accessed;
  /// An entry printing its own publisher stays in the group above it when indented this far right
  /// of the group's publisher line, in points. Default 6 (Word indents grouped entries ~0.5 in).
  double group_indent = 6.0;
  /// URL query parameters ignored when deriving IDs ("utm_*" matches a prefix).
  std::vector<std::string> ignored_url_parameters = kDefaultIgnoredUrlParameters;
  /// Source IDs are this prefix + a hash of the normalised URL (or publisher and title).
  std::string id_prefix = "src-";
  /// Hex digits of that hash kept in the ID. Default 8 (collisions get "-2", "-3"...).
  int id_hash_digits = 8;

  /// Reads the [bibliography] section; defaults stay where a key is absent.
  void load(ConfigSection& s) {
    s.read_pattern("cited_heading", cited_heading, "(?i)sources cited");
    s.read_pattern("consulted_heading", consulted_heading, "(?i)sources consulted(?: but not cited)?");
    s.read_pattern("group_line", group_line, "(.+?)\\s*[,:]");
    s.read_pattern("date_pattern", date, kDefaultDatePattern);
    s.read_pattern("accessed_pattern", accessed, kDefaultAccessedPattern);
    s.read("group_indent", group_indent);
    s.read("ignored_url_parameters", ignored_url_parameters);
    s.read("id_prefix", id_prefix);
    s.read("id_hash_digits", id_hash_digits);
  }
};

}  // namespace coi
