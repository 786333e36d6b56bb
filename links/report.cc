#include "links/report.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <sstream>

#include "pipeline/url.h"

namespace coi {

namespace {

using json = nlohmann::ordered_json;

constexpr LinkClass kAllClasses[] = {LinkClass::kOk,      LinkClass::kMoved,
                                     LinkClass::kBroken,  LinkClass::kSoft404,
                                     LinkClass::kBlocked, LinkClass::kFailedTransient,
                                     LinkClass::kSkipped};

std::map<LinkClass, int> count_classes(const LinksRun& run) {
  std::map<LinkClass, int> counts;
  for (const LinkOutcome& o : run.outcomes) ++counts[o.result.link_class];
  return counts;
}

int count_changes(const LinksRun& run, NightlyChange change) {
  int n = 0;
  for (const LinkOutcome& o : run.outcomes) n += o.change == change;
  return n;
}

template <typename T>
std::string join(const std::vector<T>& values, const std::string& separator) {
  std::ostringstream out;
  for (size_t i = 0; i < values.size(); ++i) out << (i ? separator : "") << values[i];
  return out.str();
}

// "france.json: footnotes 12, 40; paragraphs 4.1.1, 5.2; sources "Title"".
std::string describe(const Citation& c) {
  std::string out = c.note + ":";
  std::string sep = " ";
  if (!c.footnotes.empty()) out += sep + "footnotes " + join(c.footnotes, ", "), sep = "; ";
  if (!c.paragraphs.empty()) out += sep + "paragraphs " + join(c.paragraphs, ", "), sep = "; ";
  if (!c.sources.empty()) out += sep + "sources \"" + join(c.sources, "\", \"") + "\"";
  return out;
}

std::string citations_text(const LinkOutcome& o) {
  std::string out;
  for (const Citation& c : o.cited.citations) out += "    " + describe(c) + "\n";
  return out;
}

std::string history_text(const LinkOutcome& o) {
  switch (o.change) {
    case NightlyChange::kNewlyBroken: return " [newly broken]";
    case NightlyChange::kStillBroken:
      return " [still broken, " + std::to_string(o.dead_runs) + " runs in a row]";
    case NightlyChange::kFixed: return " [fixed]";
    case NightlyChange::kNone: return "";
  }
  return "";
}

std::string xml_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        // Control characters are not allowed in XML 1.0.
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t') out += c;
    }
  }
  return out;
}

}  // namespace

const char* nightly_change_name(NightlyChange change) {
  switch (change) {
    case NightlyChange::kNewlyBroken: return "newly-broken";
    case NightlyChange::kStillBroken: return "still-broken";
    case NightlyChange::kFixed: return "fixed";
    case NightlyChange::kNone: return "";
  }
  return "";
}

std::string render_links_text(const LinksRun& run, double seconds) {
  std::map<LinkClass, int> counts = count_classes(run);
  int cached = 0;
  for (const LinkOutcome& o : run.outcomes) cached += !o.rechecked;
  std::ostringstream out;
  out << "coi links: " << run.outcomes.size() << " URLs (";
  bool first = true;
  for (LinkClass c : kAllClasses) {
    if (!counts[c]) continue;
    out << (first ? "" : ", ") << counts[c] << " " << link_class_name(c);
    first = false;
  }
  char timing[64];
  std::snprintf(timing, sizeof timing, "%.1f", seconds);
  out << "); " << cached << " not re-checked (fresh); " << run.stats.requests << " requests in "
      << timing << " s\n";
  out << "newly broken: " << count_changes(run, NightlyChange::kNewlyBroken)
      << ", still broken: " << count_changes(run, NightlyChange::kStillBroken)
      << ", fixed: " << count_changes(run, NightlyChange::kFixed) << "\n";
  for (LinkClass c : {LinkClass::kBroken, LinkClass::kSoft404, LinkClass::kMoved,
                      LinkClass::kBlocked, LinkClass::kFailedTransient}) {
    for (const LinkOutcome& o : run.outcomes) {
      if (o.result.link_class != c) continue;
      out << "\n" << link_class_name(c) << ": " << o.result.url << history_text(o) << "\n    "
          << o.result.reason << "\n" << citations_text(o);
    }
  }
  for (const LinkOutcome& o : run.outcomes) {
    if (o.change == NightlyChange::kFixed) out << "\nfixed: " << o.result.url << "\n" << citations_text(o);
  }
  return out.str();
}

std::string render_links_json(const LinksRun& run, double seconds) {
  std::map<LinkClass, int> counts = count_classes(run);
  json summary{{"urls", run.outcomes.size()}, {"requests", run.stats.requests},
               {"seconds", seconds}};
  for (LinkClass c : kAllClasses) summary[link_class_name(c)] = counts[c];
  summary["newly_broken"] = count_changes(run, NightlyChange::kNewlyBroken);
  summary["still_broken"] = count_changes(run, NightlyChange::kStillBroken);
  summary["fixed"] = count_changes(run, NightlyChange::kFixed);
  json urls = json::array();
  for (const LinkOutcome& o : run.outcomes) {
    const LinkResult& r = o.result;
    json redirects = json::array();
    for (const Hop& h : r.redirects) redirects.push_back(json{{"url", h.url}, {"status", h.status}});
    json citations = json::array();
    for (const Citation& c : o.cited.citations) {
      citations.push_back(json{{"note", c.note}, {"footnotes", c.footnotes},
                               {"paragraphs", c.paragraphs}, {"sources", c.sources}});
    }
    urls.push_back(json{{"url", r.url},
                        {"class", link_class_name(r.link_class)},
                        {"status", r.status},
                        {"reason", r.reason},
                        {"final_url", r.final_url},
                        {"redirects", redirects},
                        {"retries", r.retries},
                        {"requests", r.requests},
                        {"rechecked", o.rechecked},
                        {"change", o.change == NightlyChange::kNone ? json(nullptr)
                                                             : json(nightly_change_name(o.change))},
                        {"dead_runs", o.dead_runs},
                        {"citations", citations}});
  }
  return json{{"coi_links_report", 1}, {"summary", summary}, {"urls", urls}}.dump(2) + "\n";
}

std::string render_links_junit(const LinksRun& run, double seconds) {
  std::map<LinkClass, int> counts = count_classes(run);
  const int failures = counts[LinkClass::kBroken] + counts[LinkClass::kSoft404];
  const int errors = counts[LinkClass::kFailedTransient];
  const int skipped = counts[LinkClass::kBlocked] + counts[LinkClass::kSkipped];
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"
      << "  <testsuite name=\"coi links\" tests=\"" << run.outcomes.size() << "\" failures=\""
      << failures << "\" errors=\"" << errors << "\" skipped=\"" << skipped << "\" time=\""
      << seconds << "\">\n";
  for (const LinkOutcome& o : run.outcomes) {
    const LinkResult& r = o.result;
    std::optional<Url> url = parse_url(r.url);
    const std::string name = link_class_name(r.link_class);
    const std::string message = xml_escape(name + ": " + r.reason + history_text(o));
    std::string where;
    for (const Citation& c : o.cited.citations) where += describe(c) + "\n";
    out << "    <testcase classname=\"links." << xml_escape(url ? url->host : "other")
        << "\" name=\"" << xml_escape(r.url) << "\">\n";
    switch (r.link_class) {
      case LinkClass::kBroken:
      case LinkClass::kSoft404:
        out << "      <failure type=\"" << name << "\" message=\"" << message << "\">"
            << xml_escape(where) << "</failure>\n";
        break;
      case LinkClass::kFailedTransient:
        out << "      <error type=\"" << name << "\" message=\"" << message << "\">"
            << xml_escape(where) << "</error>\n";
        break;
      case LinkClass::kBlocked:
      case LinkClass::kSkipped:
        out << "      <skipped message=\"" << message << "\"/>\n";
        break;
      case LinkClass::kMoved:
        out << "      <system-out>" << message << "\n" << xml_escape(where) << "</system-out>\n";
        break;
      case LinkClass::kOk: break;
    }
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
  return out.str();
}

}  // namespace coi
