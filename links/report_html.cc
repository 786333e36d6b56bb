// The page, top to bottom:
//   <header>   when the run started, how long it took, how many requests it sent
//   #summary   one figure per entry of the JSON report's summary, each <dd data-key="KEY">
//              holding the same number (a browser test compares them)
//   #changes   since the last run: newly broken, fixed, still broken with its nights in a row
//   #links     one row per (URL, citing note) for the classes someone has to act on: broken,
//              soft-404, blocked and moved (with the new URL for the bibliography)
// The inline script sorts the table (a button in each column head), filters it (class, note,
// free text) and marks <body data-script="ok"> once it has run. Without the script the page
// still shows everything; narrow screens get one card per row; printing drops the controls.
#include "links/report_html.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>
#include <vector>

#include "links/report.h"
#include "pipeline/url.h"

namespace coi {

namespace {

// The classes listed per note, most urgent first (their rank sorts the class column).
constexpr LinkClass kActionClasses[] = {LinkClass::kBroken, LinkClass::kSoft404,
                                        LinkClass::kBlocked, LinkClass::kMoved};

const char* kStyle = R"css(
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5f5f5f; --line: #d0d0d0; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, sans-serif; color: var(--ink); margin: 0 auto;
       max-width: 80rem; padding: 1rem; }
h1 { font-size: 1.4rem; margin: 0 0 .2rem; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid var(--line); }
.when, .reason, .empty { color: var(--muted); }
.reason { font-size: .85em; }
dl.counts { display: flex; flex-wrap: wrap; gap: .5rem; margin: 0; }
dl.counts div { border: 1px solid var(--line); border-radius: 6px; padding: .3rem .7rem;
                min-width: 7rem; }
dl.counts dt { font-size: .8rem; color: var(--muted); }
dl.counts dd { margin: 0; font-size: 1.3rem; font-weight: 600; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: 4px; font-size: .85em;
         font-weight: 600; white-space: nowrap; }
.broken, .soft-404 { background: #fbe3e3; color: #8a1111; }
.blocked { background: #fff1cc; color: #6b4e00; }
.moved { background: #e2ecfb; color: #143f7a; }
ul.changes { padding-left: 1.2rem; }
.controls { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center;
            margin: .5rem 0; }
.controls select, .controls input { font: inherit; padding: .15rem .3rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .45rem;
         border-bottom: 1px solid var(--line); }
th button { font: inherit; font-weight: 600; border: 0; background: none; padding: 0;
            cursor: pointer; color: inherit; }
th[aria-sort=ascending] button::after { content: " \25B2"; }
th[aria-sort=descending] button::after { content: " \25BC"; }
td a { overflow-wrap: anywhere; }
tr[hidden] { display: none; }
@media (max-width: 700px) {
  table, tbody, tr, td { display: block; }
  thead { display: none; }
  tr { border: 1px solid var(--line); border-radius: 6px; margin: .6rem 0; padding: .3rem; }
  td { border: 0; padding: .15rem .3rem; }
  td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
  td:empty { display: none; }
}
@media print {
  .controls, th button::after { display: none; }
  body { max-width: none; font-size: 10pt; }
  tr { break-inside: avoid; }
  a { color: inherit; }
}
)css";

const char* kScript = R"js(
(function () {
  var table = document.getElementById('links');
  if (table) {
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var byClass = document.getElementById('filter-class');
    var byNote = document.getElementById('filter-note');
    var byText = document.getElementById('filter-text');
    var shown = document.getElementById('shown');
    var filter = function () {
      var text = byText.value.trim().toLowerCase(), count = 0;
      rows.forEach(function (row) {
        var keep = (!byClass.value || row.dataset.class === byClass.value) &&
                   (!byNote.value || row.dataset.note === byNote.value) &&
                   (!text || row.textContent.toLowerCase().indexOf(text) >= 0);
        row.hidden = !keep;
        if (keep) count++;
      });
      shown.textContent = count + ' of ' + rows.length + ' shown';
    };
    [byClass, byNote].forEach(function (e) { e.addEventListener('change', filter); });
    byText.addEventListener('input', filter);
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function (head, column) {
      head.querySelector('button').addEventListener('click', function () {
        var up = head.getAttribute('aria-sort') !== 'ascending';
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        head.setAttribute('aria-sort', up ? 'ascending' : 'descending');
        var key = function (row) {
          var cell = row.cells[column];
          return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent;
        };
        rows.sort(function (a, b) {
          var order = key(a).localeCompare(key(b), undefined, {numeric: true});
          return up ? order : -order;
        });
        rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
      });
    });
    filter();
  }
  document.body.dataset.script = 'ok';
})();
)js";

std::string text(const std::string& s) { return escape_xml(s); }

// A link when the URL is http(s) (a note may cite anything, "javascript:" included), else text.
std::string url_html(const std::string& url) {
  std::optional<Url> parsed = parse_url(url);
  if (!parsed || (parsed->scheme != "http" && parsed->scheme != "https")) return text(url);
  return "<a href=\"" + text(url) + "\">" + text(url) + "</a>";
}

std::string utc_time(long long unix_seconds) {
  const std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char out[32];
  std::strftime(out, sizeof out, "%Y-%m-%d %H:%M UTC", &tm);
  return out;
}

std::string nights(int n) { return std::to_string(n) + (n == 1 ? " night" : " nights"); }

// The figures of the JSON report's summary, under the same keys.
void write_summary(std::ostringstream& out, const LinksSummary& s) {
  std::vector<std::pair<std::string, int>> figures = {
      {"urls", s.urls}, {"checked", s.checked}, {"fresh", s.fresh}};
  for (LinkClass c : kReportClasses) figures.emplace_back(link_class_name(c), s.classes.at(c));
  static const std::map<std::string, std::string> kLabels = {
      {"urls", "URLs cited"}, {"checked", "checked"}, {"fresh", "fresh (not re-checked)"},
      {"soft-404", "soft 404"}, {"failed-transient", "transient"}, {"not-checked", "not checked"}};
  out << "<section id=\"summary\"><h2>Summary</h2>\n<dl class=\"counts\">\n";
  for (const auto& [key, n] : figures) {
    auto label = kLabels.find(key);
    out << "<div><dt>" << text(label == kLabels.end() ? key : label->second)
        << "</dt><dd data-key=\"" << key << "\">" << n << "</dd></div>\n";
  }
  out << "</dl></section>\n";
}

void write_changes(std::ostringstream& out, const LinksRun& run, const LinksSummary& s) {
  out << "<section id=\"changes\"><h2>Since the last run</h2>\n<dl class=\"counts\">\n"
      << "<div><dt>newly broken</dt><dd data-key=\"newly_broken\">" << s.newly_broken
      << "</dd></div>\n<div><dt>fixed</dt><dd data-key=\"fixed\">" << s.fixed
      << "</dd></div>\n<div><dt>still broken</dt><dd data-key=\"still_broken\">"
      << s.still_broken << "</dd></div>\n</dl>\n";
  const std::pair<NightlyChange, const char*> kLists[] = {
      {NightlyChange::kNewlyBroken, "Newly broken"},
      {NightlyChange::kFixed, "Fixed"},
      {NightlyChange::kStillBroken, "Still broken"}};
  for (const auto& [change, title] : kLists) {
    std::ostringstream items;
    for (const LinkOutcome& o : run.outcomes) {
      if (o.change != change) continue;
      std::vector<std::string> notes;
      for (const Citation& c : o.cited.citations) notes.push_back(c.note);
      items << "<li>" << url_html(o.result.url) << " <span class=\"reason\">("
            << text(join_values(notes, ", "))
            << (change == NightlyChange::kStillBroken ? "; " + nights(o.dead_runs) + " in a row"
                                                      : "")
            << ")</span></li>\n";
    }
    if (items.tellp() > 0) {
      out << "<h3>" << title << "</h3>\n<ul class=\"changes\" data-change=\""
          << nightly_change_name(change) << "\">\n" << items.str() << "</ul>\n";
    }
  }
  out << "</section>\n";
}

// One row per (URL, note citing it), most urgent class first, notes in the order given.
void write_rows(std::ostringstream& out, const LinksRun& run,
                const std::vector<std::string>& notes) {
  for (const std::string& note : notes) {
    for (size_t rank = 0; rank < std::size(kActionClasses); ++rank) {
      const LinkClass c = kActionClasses[rank];
      for (const LinkOutcome& o : run.outcomes) {
        if (o.result.link_class != c) continue;
        for (const Citation& citation : o.cited.citations) {
          if (citation.note != note) continue;
          const LinkResult& r = o.result;
          const std::string name = link_class_name(c);
          std::string history;
          if (o.change == NightlyChange::kNewlyBroken) history = "newly broken";
          if (o.change == NightlyChange::kStillBroken) history = nights(o.dead_runs) + " in a row";
          out << "<tr data-class=\"" << name << "\" data-note=\"" << text(note) << "\">"
              << "<td data-label=\"Note\">" << text(note) << "</td>"
              << "<td data-label=\"Class\" data-sort=\"" << rank << "\"><span class=\"badge "
              << name << "\">" << name << "</span></td>"
              << "<td data-label=\"URL\">" << url_html(r.url) << "<div class=\"reason\">"
              << text(r.reason) << "</div></td>"
              << "<td data-label=\"Footnotes\">" << join_values(citation.footnotes, ", ")
              << "</td><td data-label=\"Paragraphs\">"
              << text(join_values(citation.paragraphs, ", ")) << "</td>"
              << "<td data-label=\"Source\">" << text(join_values(citation.sources, "; "))
              << "</td><td data-label=\"New URL\">"
              << (c == LinkClass::kMoved ? url_html(r.final_url) : "") << "</td>"
              << "<td data-label=\"History\" data-sort=\"" << o.dead_runs << "\">"
              << text(history) << "</td></tr>\n";
        }
      }
    }
  }
}

void write_table(std::ostringstream& out, const LinksRun& run, const LinksSummary& s) {
  std::vector<std::string> notes;
  for (const LinkOutcome& o : run.outcomes) {
    for (const Citation& c : o.cited.citations) {
      if (std::find(notes.begin(), notes.end(), c.note) == notes.end()) notes.push_back(c.note);
    }
  }
  std::ostringstream rows;
  write_rows(rows, run, notes);
  out << "<section id=\"findings\"><h2>Links to look at, by note</h2>\n";
  if (rows.tellp() == 0) {
    out << "<p class=\"empty\">None: no link is broken, soft 404, blocked or moved.</p>"
        << "</section>\n";
    return;
  }
  out << "<div class=\"controls\"><label>Class <select id=\"filter-class\">"
      << "<option value=\"\">all</option>";
  for (LinkClass c : kActionClasses) {
    if (s.classes.at(c) == 0) continue;
    out << "<option value=\"" << link_class_name(c) << "\">" << link_class_name(c) << " ("
        << s.classes.at(c) << ")</option>";
  }
  out << "</select></label>\n<label>Note <select id=\"filter-note\"><option value=\"\">all"
      << "</option>";
  for (const std::string& note : notes) {
    out << "<option value=\"" << text(note) << "\">" << text(note) << "</option>";
  }
  out << "</select></label>\n<label>Find <input id=\"filter-text\" type=\"search\"></label>\n"
      << "<span id=\"shown\" class=\"when\"></span></div>\n<table id=\"links\"><thead><tr>";
  for (const char* head :
       {"Note", "Class", "URL", "Footnotes", "Paragraphs", "Source", "New URL", "History"}) {
    out << "<th scope=\"col\"><button type=\"button\">" << head << "</button></th>";
  }
  out << "</tr></thead>\n<tbody>\n" << rows.str() << "</tbody></table></section>\n";
}

}  // namespace

std::string render_links_html(const LinksRun& run, double seconds) {
  const LinksSummary summary = summarize_links_run(run);
  char took[32];
  std::snprintf(took, sizeof took, "%.1f", seconds);
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>coi links, " << utc_time(run.checked_at) << "</title>\n<style>" << kStyle
      << "</style></head>\n<body>\n<header><h1>Cited links</h1>\n<p class=\"when\">Run of "
      << utc_time(run.checked_at) << ": " << summary.urls << " URLs, " << summary.requests
      << " requests in " << took << " s.</p></header>\n";
  write_summary(out, summary);
  write_changes(out, run, summary);
  write_table(out, run, summary);
  out << "<script>" << kScript << "</script>\n</body></html>\n";
  return out.str();
}

}  // namespace coi
