// The HTML report of a diff: one self-contained page (inline CSS and script, no network).
// Summary counts and a bar of controls at the top (previous/next buttons, a filter by kind of
// change, renumbered-only changes hidden by default since they are noise to a reviewer), the
// list of changes by section, then every change as a <section class="change" id="change-N">
// with the old and new paragraph numbers, word-level <del>/<ins> highlighting and prev/next
// links; keys j/n and k/p step through the changes the filter shows. Given page images (both
// inputs were PDFs), each paragraph change also shows its old and new pages side by side with
// the changed units outlined (render_pages.cc). The script marks <body data-script="ok"> once
// it has run, so that a headless browser can tell the page worked (tests/diff_html_test.cc).
#include <algorithm>
#include <sstream>

#include "diff/markup.h"
#include "diff/render.h"
#include "diff/render_pages.h"

namespace coi {

namespace {

using diff_internal::escape_markup;

struct Entry {
  std::string change;   // data-change value
  std::string title;    // HTML
  std::string body;     // HTML
  std::string section;  // where it belongs in the list of changes (plain text)
  std::string label;    // its line in that list (plain text)
};

constexpr const char* kStyle = R"(
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60em;padding:0 1em 1em;color:#222}
body.with-pages{max-width:110em}
h1{font-size:1.3em} table.summary{border-collapse:collapse;margin:.5em 0}
table.summary td,table.summary th{border:1px solid #ccc;padding:.2em .6em;text-align:left}
#controls{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;padding:.4em 0;
z-index:2;display:flex;flex-wrap:wrap;gap:.3em 1em;align-items:center;font-size:.9em}
#controls label{white-space:nowrap} #position{min-width:6em}
nav#toc{font-size:.9em;columns:2 24em} nav#toc ul{margin:.2em 0;padding-left:1.2em}
nav#toc>ul>li{break-inside:avoid}
section.change{border:1px solid #ddd;border-radius:4px;margin:1em 0;padding:.5em 1em;
scroll-margin-top:5.5em}
section.change:target,section.change.current{border-color:#36c;box-shadow:0 0 0 2px #36c3}
section.change h2{font-size:1em;margin:.2em 0} .kind{font-weight:bold;text-transform:uppercase;
font-size:.8em;padding:.1em .4em;border-radius:3px;background:#eee} .section{color:#666}
del{background:#fdd;color:#900} ins{background:#dfd;color:#060;text-decoration:none}
p.words{margin:.4em 0} nav.step{font-size:.85em;text-align:right} nav.step a{margin-left:1em}
div.pages{display:flex;gap:1em;align-items:flex-start} div.side{flex:1 1 0;min-width:0}
div.side figure{margin:.3em 0} figcaption{font-size:.85em;color:#666}
div.page{position:relative;width:100%;background-size:100% 100%;border:1px solid #bbb}
div.box{position:absolute;border:2px solid var(--c);background:var(--f);outline:1px solid #fff;
margin:-3px;padding:1px} p.absent{color:#888;font-style:italic}
.k-modified,.k-heading-renamed,.k-table-cell,.k-source-url,.k-source-title{--c:#d98200;
--f:#d9820022} .k-inserted,.k-heading-added,.k-table-row-added,.k-table-column-added,
.k-table-table-added,.k-source-added{--c:#1e8e3e;--f:#1e8e3e22} .k-deleted,.k-heading-removed,
.k-table-row-removed,.k-table-column-removed,.k-table-table-removed,.k-source-removed{
--c:#d0312d;--f:#d0312d22} .k-moved{--c:#7a3fc4;--f:#7a3fc422} .k-split{--c:#1f6fd1;
--f:#1f6fd122} .k-merged{--c:#0f9aa8;--f:#0f9aa822} .k-renumbered,.k-heading-renumbered{
--c:#888;--f:#8882}
.kind[class*=" k-"]{background:var(--f,#eee);color:var(--c,#222)}
)";

constexpr const char* kScript = R"(
window.addEventListener('error', function (e) {
  document.body.setAttribute('data-js-error', String(e.message));
});
(function () {
  'use strict';
  var changes = Array.prototype.slice.call(document.querySelectorAll('section.change'));
  var filters =
      Array.prototype.slice.call(document.querySelectorAll('#controls input[data-kind]'));
  var position = document.getElementById('position');
  var current = -1;
  function shown(c) { return !c.hidden; }
  // "3 / 29": the current change among those the filter shows.
  function count() {
    var visible = changes.filter(shown);
    var at = current < 0 ? -1 : visible.indexOf(changes[current]);
    position.textContent = (at < 0 ? '-' : at + 1) + ' / ' + visible.length;
  }
  function show(k) {
    if (current >= 0) changes[current].classList.remove('current');
    current = k;
    changes[k].classList.add('current');
    if (location.hash !== '#' + changes[k].id) history.replaceState(null, '', '#' + changes[k].id);
    changes[k].scrollIntoView({block: 'start'});
    count();
  }
  // The next change the filter shows, from the current one in direction `step`.
  function go(step) {
    for (var k = current + step; k >= 0 && k < changes.length; k += step) {
      if (shown(changes[k])) return show(k);
    }
  }
  function apply() {
    var hide = {};
    filters.forEach(function (f) { hide[f.getAttribute('data-kind')] = !f.checked; });
    changes.forEach(function (c) { c.hidden = !!hide[c.getAttribute('data-change')]; });
    document.querySelectorAll('nav#toc li[data-change]').forEach(function (li) {
      li.hidden = !!hide[li.getAttribute('data-change')];
    });
    count();
  }
  // A deep link to a change the filter hides shows that kind again.
  function follow() {
    var k = changes.findIndex(function (c) { return '#' + c.id === location.hash; });
    if (k < 0) return;
    if (!shown(changes[k])) {
      filters.forEach(function (f) {
        var kind = changes[k].getAttribute('data-change');
        if (f.getAttribute('data-kind') === kind) f.checked = true;
      });
      apply();
    }
    show(k);
  }
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) return;
    if (e.key === 'j' || e.key === 'n') go(1);
    if (e.key === 'k' || e.key === 'p') go(-1);
  });
  document.getElementById('next').addEventListener('click', function () { go(1); });
  document.getElementById('prev').addEventListener('click', function () { go(-1); });
  filters.forEach(function (f) { f.addEventListener('change', apply); });
  window.addEventListener('hashchange', follow);
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
  apply();
  follow();
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

std::string labels(const std::vector<DiffUnit>& units, const std::vector<int>& ids) {
  std::string out;
  for (int id : ids) out += (out.empty() ? "" : " + ") + unit_label(units[id]);
  return out.empty() ? "—" : out;
}

std::string change_html(const std::string& was, const std::string& now) {
  return (was.empty() ? "" : "<del>" + escape_markup(was) + "</del> ") +
         (now.empty() ? "" : "<ins>" + escape_markup(now) + "</ins>");
}

Entry paragraph_entry(const DiffReport& r, const ParagraphChange& p, const PageImages* pages) {
  Entry e;
  e.change = change_name(p.change);
  const DiffUnit& u =
      p.new_units.empty() ? r.old_units[p.old_units[0]] : r.new_units[p.new_units[0]];
  e.title = numbers(r.old_units, p.old_units, "old-num") + " &rarr; " +
            numbers(r.new_units, p.new_units, "new-num") + " <span class=\"section\">" +
            escape_markup(u.section) + "</span>";
  e.section = u.section.empty() ? "Before the first heading" : u.section;
  e.label = labels(r.old_units, p.old_units) + " → " + labels(r.new_units, p.new_units);
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
  if (pages) {
    e.body += diff_internal::pages_html(diff_internal::change_places(r, p), e.change, *pages);
  }
  return e;
}

std::vector<Entry> entries(const DiffReport& r, const PageImages* pages) {
  std::vector<Entry> out;
  for (const ParagraphChange& p : r.paragraphs) {
    if (p.change != Change::kUnchanged) out.push_back(paragraph_entry(r, p, pages));
  }
  for (const HeadingChange& h : r.headings) {
    if (h.kind == HeadingChange::Kind::kUnchanged) continue;
    const std::string was = (h.old_number.empty() ? "" : h.old_number + " ") + h.old_text;
    const std::string now = (h.new_number.empty() ? "" : h.new_number + " ") + h.new_text;
    Entry e{std::string("heading-") + change_name(h.kind), "heading",
            "<p>" + change_html(was, now) + "</p>", "Headings", now.empty() ? was : now};
    if (pages) e.body += diff_internal::pages_html({h.old_where, h.new_where}, e.change, *pages);
    out.push_back(std::move(e));
  }
  for (const TableChange& t : r.tables) {
    std::string body = "<p>";
    if (!t.row.empty()) body += "row <b>" + escape_markup(t.row) + "</b> ";
    if (!t.column.empty()) body += "column <b>" + escape_markup(t.column) + "</b> ";
    if (t.kind == TableChange::Kind::kCell) body += ": " + change_html(t.old_text, t.new_text);
    Entry e{std::string("table-") + change_name(t.kind),
            "table " + escape_markup(t.table) +
                (t.near.empty() ? "" : " after " + escape_markup(t.near)),
            body + "</p>", "Tables", t.table + (t.row.empty() ? "" : ": " + t.row)};
    if (pages) e.body += diff_internal::pages_html({t.old_where, t.new_where}, e.change, *pages);
    out.push_back(std::move(e));
  }
  for (const SourceChange& s : r.sources) {
    const std::string id = s.new_id.empty() ? s.old_id : s.new_id;
    Entry e{std::string("source-") + change_name(s.kind),
            "source " + escape_markup(id) + " <span class=\"section\">" +
                escape_markup(s.title) + "</span>",
            "<p>" + change_html(s.old_value, s.new_value) + "</p>", "Sources", id};
    if (pages) e.body += diff_internal::pages_html({s.old_where, s.new_where}, e.change, *pages);
    out.push_back(std::move(e));
  }
  for (const MetaChange& m : r.meta) {
    out.push_back({"meta", escape_markup(m.field),
                   "<p>" + change_html(m.old_value, m.new_value) + "</p>", "Metadata", m.field});
  }
  return out;
}

bool renumbered_only(const std::string& kind) {
  return kind == "renumbered" || kind == "heading-renumbered";
}

std::string change_id(size_t k) { return "change-" + std::to_string(k + 1); }

// Previous/next buttons, the position, and one checkbox per kind of change present.
std::string controls_html(const std::vector<Entry>& list) {
  std::vector<std::pair<std::string, int>> kinds;
  for (const Entry& e : list) {
    auto it = std::find_if(kinds.begin(), kinds.end(),
                           [&](const auto& k) { return k.first == e.change; });
    if (it == kinds.end())
      kinds.emplace_back(e.change, 1);
    else
      ++it->second;
  }
  std::string out =
      "<div id=\"controls\"><button id=\"prev\" type=\"button\">&larr; previous (k)</button>"
      "<span id=\"position\"></span><button id=\"next\" type=\"button\">next (j) &rarr;"
      "</button><span>Show:</span>";
  for (const auto& [kind, count] : kinds) {
    // Renumbered-only paragraphs are noise to a reviewer: hidden until asked for.
    out += "<label><input type=\"checkbox\" data-kind=\"" + escape_markup(kind) + "\"" +
           (renumbered_only(kind) ? "" : " checked") + "> <span class=\"kind k-" +
           escape_markup(kind) + "\">" + escape_markup(kind) + "</span> " +
           std::to_string(count) + "</label>";
  }
  return out + "</div>\n";
}

// The changes grouped by section, in report order (a section seen again starts a new group).
std::string toc_html(const std::vector<Entry>& list) {
  std::string out = "<nav id=\"toc\"><h2>Changes by section</h2>\n<ul>";
  std::string section;
  for (size_t k = 0; k < list.size(); ++k) {
    if (k == 0 || list[k].section != section) {
      section = list[k].section;
      out += std::string(k == 0 ? "" : "</ul></li>") + "\n<li>" + escape_markup(section) + "<ul>";
    }
    out += "<li data-change=\"" + escape_markup(list[k].change) + "\"><a href=\"#" +
           change_id(k) + "\">" + escape_markup(list[k].change) + " " +
           escape_markup(list[k].label) + "</a></li>";
  }
  return out + "</ul></li>\n</ul></nav>\n";
}

}  // namespace

std::string render_diff_html(const DiffReport& r, const PageImages* pages) {
  const std::vector<Entry> list = entries(r, pages);
  std::ostringstream out;
  const std::string title = "coi diff: " + r.old_name + " → " + r.new_name;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
      << escape_markup(title) << "</title>\n<style>" << kStyle << "</style>\n";
  if (pages) out << "<style id=\"page-images\">\n" << diff_internal::page_images_css(*pages)
                 << "</style>\n";
  out << "</head>\n<body" << (pages ? " class=\"with-pages\"" : "") << ">\n"
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
  out << "</table>\n</header>\n";
  if (!list.empty()) out << controls_html(list) << toc_html(list);
  out << "<main>\n";
  for (size_t k = 0; k < list.size(); ++k) {
    out << "<section class=\"change\" id=\"" << change_id(k) << "\" data-change=\""
        << escape_markup(list[k].change) << "\">\n<h2><span class=\"kind k-"
        << escape_markup(list[k].change) << "\">" << escape_markup(list[k].change) << "</span> "
        << list[k].title << "</h2>\n"
        << list[k].body << "\n<nav class=\"step\">";
    if (k > 0) out << "<a class=\"prev\" href=\"#" << change_id(k - 1) << "\">previous</a>";
    out << "<a href=\"#summary\">top</a>";
    if (k + 1 < list.size())
      out << "<a class=\"next\" href=\"#" << change_id(k + 1) << "\">next</a>";
    out << "</nav>\n</section>\n";
  }
  out << "</main>\n<script>" << kScript << "</script>\n</body>\n</html>\n";
  return out.str();
}

}  // namespace coi
