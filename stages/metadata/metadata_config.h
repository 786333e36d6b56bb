// Settings of the metadata stage (section [metadata] of config/coi.toml). Each pattern is
// searched anywhere in a line or block text (RE2); its first capture group is the value.
#pragma once

#include <string>
#include <vector>

#include "pipeline/config_section.h"
#include "pipeline/pattern.h"

namespace coi {

struct MetadataConfig {
  /// A cover line naming the kind of document; group 1 is the kind.
  Pattern kind;
  /// A cover line naming the publisher; group 1 is the publisher.
  Pattern publisher;
  /// The version, on the cover or in the front matter / version control.
  Pattern version;
  /// A cover line that is the publication date ("February 2026").
  Pattern date;
  /// The country: the part of the title before its colon ("France: Safe third country").
  Pattern title_country;
  /// The date the note is valid from.
  Pattern valid_from;
  /// The information cut-off date, tried in order (the first pattern that matches anywhere wins).
  std::vector<Pattern> cutoff;

  /// Reads the [metadata] section; defaults stay where a key is absent.
  void load(ConfigSection& s) {
    s.read_pattern("kind", kind,
                   R"((Country (?:Policy and )?Information (?:Note|Report)s?|Country Policy Summary))");
    s.read_pattern("publisher", publisher, R"(^(Home Office|UK Visas and Immigration)$)");
    s.read_pattern("version", version, R"((?i)\bversion:?\s+(\d+(?:\.\d+)*))");
    s.read_pattern("date", date,
                   R"(^((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})$)");
    s.read_pattern("title_country", title_country, R"(^\s*([^:]+?)\s*:)");
    s.read_pattern("valid_from", valid_from, R"((?i)\bvalid from:?\s+(\d{1,2} (?-i:\p{Latin}+) \d{4}))");
    s.read_patterns("cutoff", cutoff,
                    {R"((?i)information cut-?off(?: date)?(?: is| was| of)?:?\s+(\d{1,2} (?-i:\p{Latin}+) \d{4}))",
                     R"((?i)available on or before (?:the )?(\d{1,2} (?-i:\p{Latin}+) \d{4}))",
                     R"((?i)section updated:?\s+(\d{1,2} (?-i:\p{Latin}+) \d{4}))"});
  }
};

}  // namespace coi
