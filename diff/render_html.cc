// The HTML report of a diff: one self-contained page (inline CSS and script, no network).
// Summary counts at the top, then every change as a <section class="change"> with the old and
// new paragraph numbers, word-level <del>/<ins> highlighting and prev/next links; keys n and p
// jump between changes. The script marks <body data-script="ok"> once it has run, so that a
// headless browser can tell the page worked (tests/diff_html_test.cc).
#include <sstream>

#include "diff/markup.h"
#include "diff/render.h"

namespace coi {

namespace {

using diff_internal::escape_markup;

struct Entry {
  std::string change;  // data-change value
  std::string title;   // HTML
  std::string body;    // HTML
};

constexpr const char* kStyle = R"(
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60em;padding:1em;color:#222}
h1{font-size:1.3em} table.summary{border-collapse:collapse;margin:.5em 0}
table.summary td,table.summary th{border:1px solid #ccc;padding:.2em .6em;text-align:left}
section.change{border:1px solid #ddd;border-radius:4px;margin:1em 0;padding:.5em 1em}
section.change:target{border-color:#36c;box-shadow:0 0 0 2px #36c3}
section.change h2{font-size:1em;margin:.2em 0} .kind{font-weight:bold;text-transform:uppercase;
font-size:.8em;padding:.1em .4em;border-radius:3px;background:#eee} .section{color:#666}
del{background:#fdd;color:#900} ins{background:#dfd;color:#060;text-decoration:none}
p.words{margin:.4em 0} nav.step{font-size:.85em;text-align:right} nav.step a{margin-left:1em}
)";

constexpr const char* kScript = R"(
window.addEventListener('error', function (e) {
  document.body.setAttribute('data-js-error', String(e.message));
});
(function () {
  'use strict';
  var changes = Array.prototype.slice.call(document.querySelectorAll('section.change'));
  var current = -1;
  function go(k) {
    if (!changes.length) return;
    current = Math.max(0, Math.min(changes.length - 1, k));
    location.hash = changes[current].id;
  }
  document.addEventListener('keydown', function (e) {
    if (e.key === 'n') go(current + 1);
    if (e.key === 'p') go(current - 1);
  });
  function check(link, from) {
    if (link && !document.getElementById(link.getAttribute('href').slice(1))) {
      throw new Error('broken link in ' + from.id);
    }
  }
  changes.forEach(function (c, k) {
    check(c.querySelector('a.next'), c);
    check(c.querySelector('a.prev'), c);
    c.addEventListener('click', function () { current = k; });
  });
  document.body.setAttribute('data-changes', String(changes.length));
  document.body.setAttribute('data-script', 'ok');
})();
)";

std::string words_html(const std::vector<WordOp>& ops) {
  std::string out;
  for (const WordOp& w : ops) {
    if (w.space_before && !out.empty()) out += ' ';
    const std::string text = escape_markup(w.text);
    if (w.op == WordOp::Op::kSame)
      out += text;
    else if (w.op == WordOp::Op::kDelete)
      out += "<del>" + text + "</del>";
    else
      out += "<ins>" + text + "</ins>";
  }
  return out;
}

std::string numbers(const std::vector<DiffUnit>& units, const std::vector<int>& ids,
                    const char* cls) {
  std::string out;
  for (int id : ids) {
    out += std::string(out.empty() ? "" : " + ") + "<span class=\"" + cls + "\">" +
           escape_markup(unit_label(units[id])) + "</span>";
    if (const int page = unit_page(units[id]); page > 0)
      out += " (p. " + std::to_string(page) + ")";
  }
  return out.empty() ? "&mdash;" : out;
}

std::string change_html(const std::string& was, const std::string& now) {
  return (was.empty() ? "" : "<del>" + escape_markup(was) + "</del> ") +
         (now.empty() ? "" : "<ins>" + escape_markup(now) + "</ins>");
}

Entry paragraph_entry(const DiffReport& r, const ParagraphChange& p) {
  Entry e;
  e.change = change_name(p.change);
  const DiffUnit& u =
      p.new_units.empty() ? r.old_units[p.old_units[0]] : r.new_units[p.new_units[0]];
  e.title = numbers(r.old_units, p.old_units, "old-num") + " &rarr; " +
            numbers(r.new_units, p.new_units, "new-num") + " <span class=\"section\">" +
            escape_markup(u.section) + "</span>";
  if (p.change == Change::kInserted)
    e.body = "<p class=\"words\"><ins>" + escape_markup(u.text) + "</ins></p>";
  else if (p.change == Change::kDeleted)
    e.body = "<p class=\"words\"><del>" + escape_markup(u.text) + "</del></p>";
  else if (p.text_changed)
    e.body = "<p class=\"words\">" + words_html(p.words) + "</p>";
  for (const std::string& c : p.cites_added)
    e.body += "<p class=\"cite\">Cites newly: <ins>" + escape_markup(c) + "</ins></p>";
  for (const std::string& c : p.cites_removed)
    e.body += "<p class=\"cite\">No longer cites: <del>" + escape_markup(c) + "</del></p>";
  for (const LinkChange& l : p.links) {
    e.body += "<p class=\"link\">Link &ldquo;" + escape_markup(l.text) + "&rdquo;: " +
              change_html(l.old_url, l.new_url) + "</p>";
  }
  return e;
}

std::vector<Entry> entries(const DiffReport& r) {
  std::vector<Entry> out;
  for (const ParagraphChange& p : r.paragraphs) {
    if (p.change != Change::kUnchanged) out.push_back(paragraph_entry(r, p));
  }
  for (const HeadingChange& h : r.headings) {
    if (h.kind == HeadingChange::Kind::kUnchanged) continue;
    const std::string was = (h.old_number.empty() ? "" : h.old_number + " ") + h.old_text;
    const std::string now = (h.new_number.empty() ? "" : h.new_number + " ") + h.new_text;
    out.push_back({std::string("heading-") + change_name(h.kind), "heading",
                   "<p>" + change_html(was, now) + "</p>"});
  }
  for (const TableChange& t : r.tables) {
    std::string body = "<p>";
    if (!t.row.empty()) body += "row <b>" + escape_markup(t.row) + "</b> ";
    if (!t.column.empty()) body += "column <b>" + escape_markup(t.column) + "</b> ";
    if (t.kind == TableChange::Kind::kCell) body += ": " + change_html(t.old_text, t.new_text);
    out.push_back({std::string("table-") + change_name(t.kind),
                   "table " + escape_markup(t.table) +
                       (t.near.empty() ? "" : " after " + escape_markup(t.near)),
                   body + "</p>"});
  }
  for (const SourceChange& s : r.sources) {
    const std::string id = s.new_id.empty() ? s.old_id : s.new_id;
    out.push_back({std::string("source-") + change_name(s.kind),
                   "source " + escape_markup(id) + " <span class=\"section\">" +
                       escape_markup(s.title) + "</span>",
                   "<p>" + change_html(s.old_value, s.new_value) + "</p>"});
  }
  for (const MetaChange& m : r.meta) {
    out.push_back(
        {"meta", escape_markup(m.field), "<p>" + change_html(m.old_value, m.new_value) + "</p>"});
  }
  return out;
}

}  // namespace

std::string render_diff_html(const DiffReport& r) {
  const std::vector<Entry> list = entries(r);
  std::ostringstream out;
  const std::string title = "coi diff: " + r.old_name + " → " + r.new_name;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
      << escape_markup(title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n"
      << "<header>\n<h1>" << escape_markup(title) << "</h1>\n<p>Version "
      << escape_markup(r.old_meta.version) << " (" << escape_markup(r.old_meta.date) << ") &rarr; "
      << escape_markup(r.new_meta.version) << " (" << escape_markup(r.new_meta.date) << ")</p>\n";
  if (list.empty()) out << "<p id=\"same\">Same in substance.</p>\n";
  out << "<table class=\"summary\" "
         "id=\"summary\"><tr><th>Of</th><th>Change</th><th>Count</th></tr>\n";
  for (const ChangeCount& c : change_counts(r)) {
    out << "<tr data-of=\"" << escape_markup(c.what) << "\" data-change=\""
        << escape_markup(c.change) << "\"><td>" << escape_markup(c.what) << "</td><td>"
        << escape_markup(c.change) << "</td><td>" << c.count << "</td></tr>\n";
  }
  out << "</table>\n";
  if (!list.empty()) out << "<p><a href=\"#c1\">First change</a> (keys: n next, p previous)</p>\n";
  out << "</header>\n<main>\n";
  for (size_t k = 0; k < list.size(); ++k) {
    const std::string id = "c" + std::to_string(k + 1);
    out << "<section class=\"change\" id=\"" << id << "\" data-change=\""
        << escape_markup(list[k].change) << "\">\n<h2><span class=\"kind\">"
        << escape_markup(list[k].change) << "</span> " << list[k].title << "</h2>\n"
        << list[k].body << "\n<nav class=\"step\">";
    if (k > 0) out << "<a class=\"prev\" href=\"#c" << k << "\">previous</a>";
    out << "<a href=\"#summary\">top</a>";
    if (k + 1 < list.size()) out << "<a class=\"next\" href=\"#c" << k + 2 << "\">next</a>";
    out << "</nav>\n</section>\n";
  }
  out << "</main>\n<script>" << kScript << "</script>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace coi
