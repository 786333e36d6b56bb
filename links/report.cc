#include "links/report.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>
#include <sstream>

#include "pipeline/url.h"

namespace coi {

namespace {

using json = nlohmann::ordered_json;

// "france.json: footnotes 12, 40; paragraphs 4.1.1, 5.2; sources "Title"".
std::string describe(const Citation& c) {
  std::string out = c.note + ":";
  std::string sep = " ";
  if (!c.footnotes.empty()) {
    out += sep + "footnotes " + join_values(c.footnotes, ", ");
    sep = "; ";
  }
  if (!c.paragraphs.empty()) {
    out += sep + "paragraphs " + join_values(c.paragraphs, ", ");
    sep = "; ";
  }
  if (!c.sources.empty()) out += sep + "sources \"" + join_values(c.sources, "\", \"") + "\"";
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

}  // namespace

LinksSummary summarize_links_run(const LinksRun& run) {
  LinksSummary s;
  s.urls = static_cast<int>(run.outcomes.size());
  s.requests = run.stats.requests;
  for (LinkClass c : kReportClasses) s.classes[c] = 0;
  for (const LinkOutcome& o : run.outcomes) {
    const LinkClass c = o.result.link_class;
    ++s.classes[c];
    s.fresh += !o.rechecked;
    s.checked += o.rechecked && c != LinkClass::kSkipped && c != LinkClass::kNotChecked;
    s.newly_broken += o.change == NightlyChange::kNewlyBroken;
    s.still_broken += o.change == NightlyChange::kStillBroken;
    s.fixed += o.change == NightlyChange::kFixed;
  }
  return s;
}

std::string escape_xml(const std::string& text) {
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
  const LinksSummary summary = summarize_links_run(run);
  std::ostringstream out;
  out << "coi links: " << summary.urls << " URLs (";
  bool first = true;
  for (LinkClass c : kReportClasses) {
    const int n = summary.classes.at(c);
    if (!n) continue;
    out << (first ? "" : ", ") << n << " " << link_class_name(c);
    first = false;
  }
  char timing[64];
  std::snprintf(timing, sizeof timing, "%.1f", seconds);
  out << "); " << summary.fresh << " not re-checked (fresh); " << summary.requests
      << " requests in " << timing << " s\n";
  out << "newly broken: " << summary.newly_broken << ", still broken: " << summary.still_broken
      << ", fixed: " << summary.fixed << "\n";
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
  const LinksSummary counts = summarize_links_run(run);
  json summary{{"urls", counts.urls},
               {"checked", counts.checked},
               {"fresh", counts.fresh},
               {"requests", counts.requests},
               {"seconds", seconds}};
  for (LinkClass c : kReportClasses) summary[link_class_name(c)] = counts.classes.at(c);
  summary["newly_broken"] = counts.newly_broken;
  summary["still_broken"] = counts.still_broken;
  summary["fixed"] = counts.fixed;
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
  const std::map<LinkClass, int> counts = summarize_links_run(run).classes;
  const int failures = counts.at(LinkClass::kBroken) + counts.at(LinkClass::kSoft404);
  const int errors = counts.at(LinkClass::kFailedTransient);
  const int skipped = counts.at(LinkClass::kBlocked) + counts.at(LinkClass::kSkipped) +
                      counts.at(LinkClass::kNotChecked);
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"
      << "  <testsuite name=\"coi links\" tests=\"" << run.outcomes.size() << "\" failures=\""
      << failures << "\" errors=\"" << errors << "\" skipped=\"" << skipped << "\" time=\""
      << seconds << "\">\n";
  for (const LinkOutcome& o : run.outcomes) {
    const LinkResult& r = o.result;
    std::optional<Url> url = parse_url(r.url);
    const std::string name = link_class_name(r.link_class);
    const std::string message = escape_xml(name + ": " + r.reason + history_text(o));
    std::string where;
    for (const Citation& c : o.cited.citations) where += describe(c) + "\n";
    out << "    <testcase classname=\"links." << escape_xml(url ? url->host : "other")
        << "\" name=\"" << escape_xml(r.url) << "\">\n";
    switch (r.link_class) {
      case LinkClass::kBroken:
      case LinkClass::kSoft404:
        out << "      <failure type=\"" << name << "\" message=\"" << message << "\">"
            << escape_xml(where) << "</failure>\n";
        break;
      case LinkClass::kFailedTransient:
        out << "      <error type=\"" << name << "\" message=\"" << message << "\">"
            << escape_xml(where) << "</error>\n";
        break;
      case LinkClass::kBlocked:
      case LinkClass::kSkipped:
      case LinkClass::kNotChecked:
        out << "      <skipped message=\"" << message << "\"/>\n";
        break;
      case LinkClass::kMoved:
        out << "      <system-out>" << message << "\n" << escape_xml(where) << "</system-out>\n";
        break;
      case LinkClass::kOk: break;
    }
    out << "    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
  return out.str();
}

}  // namespace coi
