// The XML form of a diff (docs/FORMAT.md, "## diff output"). Written directly: the structure
// is flat and every string goes through escape_markup.
#include <sstream>

#include "diff/markup.h"
#include "diff/render.h"

namespace coi {

namespace {

using diff_internal::escape_markup;

std::string attr(const char* name, const std::string& value) {
  return std::string(" ") + name + "=\"" + escape_markup(value) + "\"";
}

// ` page="P"` (or another name): the first page something is printed on, when the model has
// provenance.
std::string page_attr(const Places& where, const char* name = "page") {
  return where.empty() || where.front().page <= 0 ? ""
                                                  : attr(name, std::to_string(where.front().page));
}

void write_units(const char* tag, const std::vector<DiffUnit>& units, const std::vector<int>& ids,
                 std::ostringstream& out) {
  for (int id : ids) {
    const DiffUnit& u = units[id];
    out << "    <" << tag << attr("key", u.key) << attr("number", u.number)
        << attr("section", u.section);
    if (const int page = unit_page(u); page > 0) out << attr("page", std::to_string(page));
    out << "/>\n";
  }
}

void write_paragraph(const DiffReport& r, const ParagraphChange& p, std::ostringstream& out) {
  out << "  <paragraph" << attr("change", change_name(p.change))
      << attr("renumbered", p.renumbered ? "true" : "false")
      << attr("text-changed", p.text_changed ? "true" : "false") << ">\n";
  write_units("old", r.old_units, p.old_units, out);
  write_units("new", r.new_units, p.new_units, out);
  if (p.change == Change::kInserted || p.change == Change::kDeleted) {
    const DiffUnit& u =
        p.old_units.empty() ? r.new_units[p.new_units[0]] : r.old_units[p.old_units[0]];
    out << "    <text>" << escape_markup(u.text) << "</text>\n";
  }
  if (!p.words.empty()) {
    out << "    <words>";
    for (const WordOp& w : p.words) {
      const char* tag = w.op == WordOp::Op::kSame     ? "same"
                        : w.op == WordOp::Op::kDelete ? "del"
                                                      : "ins";
      out << "<" << tag << ">" << (w.space_before ? " " : "") << escape_markup(w.text) << "</"
          << tag << ">";
    }
    out << "</words>\n";
  }
  for (const std::string& c : p.cites_added)
    out << "    <cite-added" << attr("source", c) << "/>\n";
  for (const std::string& c : p.cites_removed)
    out << "    <cite-removed" << attr("source", c) << "/>\n";
  for (const LinkChange& l : p.links) {
    out << "    <link-change" << attr("text", l.text) << attr("old", l.old_url)
        << attr("new", l.new_url) << "/>\n";
  }
  out << "  </paragraph>\n";
}

}  // namespace

std::string render_diff_xml(const DiffReport& r) {
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<coi-diff" << attr("format", std::to_string(kDiffFormatVersion))
      << attr("same", r.same() ? "true" : "false") << ">\n"
      << "  <old" << attr("file", r.old_name) << attr("version", r.old_meta.version)
      << attr("date", r.old_meta.date) << "/>\n"
      << "  <new" << attr("file", r.new_name) << attr("version", r.new_meta.version)
      << attr("date", r.new_meta.date) << "/>\n  <summary>\n";
  for (const ChangeCount& c : change_counts(r)) {
    out << "    <count" << attr("of", c.what) << attr("change", c.change)
        << attr("n", std::to_string(c.count)) << "/>\n";
  }
  out << "  </summary>\n";
  for (const ParagraphChange& p : r.paragraphs) {
    if (p.change != Change::kUnchanged) write_paragraph(r, p, out);
  }
  for (const HeadingChange& h : r.headings) {
    if (h.kind == HeadingChange::Kind::kUnchanged) continue;
    out << "  <heading" << attr("change", change_name(h.kind))
        << attr("level", std::to_string(h.level)) << ">\n";
    if (h.old_block >= 0) {
      out << "    <old" << attr("number", h.old_number) << attr("text", h.old_text)
          << page_attr(h.old_where) << "/>\n";
    }
    if (h.new_block >= 0) {
      out << "    <new" << attr("number", h.new_number) << attr("text", h.new_text)
          << page_attr(h.new_where) << "/>\n";
    }
    out << "  </heading>\n";
  }
  for (const TableChange& t : r.tables) {
    out << "  <table-change" << attr("change", change_name(t.kind)) << attr("table", t.table)
        << attr("near", t.near) << attr("row", t.row) << attr("column", t.column)
        << page_attr(t.old_where, "old-page") << page_attr(t.new_where, "new-page");
    if (t.kind != TableChange::Kind::kCell) {
      out << "/>\n";
      continue;
    }
    out << ">\n    <old>" << escape_markup(t.old_text) << "</old>\n    <new>"
        << escape_markup(t.new_text) << "</new>\n  </table-change>\n";
  }
  for (const SourceChange& s : r.sources) {
    out << "  <source-change" << attr("change", change_name(s.kind)) << attr("old-id", s.old_id)
        << attr("new-id", s.new_id) << attr("title", s.title)
        << page_attr(s.old_where, "old-page") << page_attr(s.new_where, "new-page");
    if (s.old_value.empty() && s.new_value.empty()) {
      out << "/>\n";
      continue;
    }
    out << ">\n    <old>" << escape_markup(s.old_value) << "</old>\n    <new>"
        << escape_markup(s.new_value) << "</new>\n  </source-change>\n";
  }
  for (const MetaChange& m : r.meta) {
    out << "  <meta-change" << attr("field", m.field) << ">\n    <old>"
        << escape_markup(m.old_value) << "</old>\n    <new>" << escape_markup(m.new_value)
        << "</new>\n  </meta-change>\n";
  }
  out << "</coi-diff>\n";
  return out.str();
}

}  // namespace coi
