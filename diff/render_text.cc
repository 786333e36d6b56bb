// The terminal view of a diff, in the manner of `git diff --word-diff=plain`.
#include <sstream>

#include "diff/render.h"

namespace coi {

namespace {

class TextWriter {
 public:
  explicit TextWriter(bool color) : color_(color) {}

  std::string del(const std::string& s) const { return paint("31", "[-" + s + "-]"); }
  std::string ins(const std::string& s) const { return paint("32", "{+" + s + "+}"); }
  std::string head(const std::string& s) const { return paint("1;36", s); }
  std::string change(const std::string& old_text, const std::string& new_text) const {
    return (old_text.empty() ? "" : del(old_text)) + (new_text.empty() ? "" : ins(new_text));
  }

  std::string words(const std::vector<WordOp>& ops) const {
    std::string out;
    for (const WordOp& op : ops) {
      if (op.space_before && !out.empty()) out += ' ';
      if (op.op == WordOp::Op::kSame)
        out += op.text;
      else
        out += op.op == WordOp::Op::kDelete ? del(op.text) : ins(op.text);
    }
    return out;
  }

 private:
  std::string paint(const char* code, const std::string& s) const {
    return color_ ? "\x1b[" + std::string(code) + "m" + s + "\x1b[m" : s;
  }
  bool color_;
};

std::string units_label(const DiffReport& r, const std::vector<int>& ids, bool old_side) {
  std::string out;
  for (int id : ids) {
    if (!out.empty()) out += " + ";
    out += unit_label((old_side ? r.old_units : r.new_units)[id]);
  }
  return out;
}

void write_paragraph(const DiffReport& r, const ParagraphChange& p, const TextWriter& w,
                     std::ostringstream& out) {
  const std::string was = units_label(r, p.old_units, true);
  const std::string now = units_label(r, p.new_units, false);
  const DiffUnit& where =
      p.new_units.empty() ? r.old_units[p.old_units[0]] : r.new_units[p.new_units[0]];
  std::string title = std::string(change_name(p.change)) + " ";
  if (p.old_units.empty())
    title += now;
  else if (p.new_units.empty())
    title += was;
  else
    title += was == now ? now : was + " -> " + now;
  if (!where.section.empty()) title += "  (" + where.section + ")";
  out << w.head("@@ " + title) << "\n";
  if (p.change == Change::kInserted)
    out << w.ins(where.text) << "\n";
  else if (p.change == Change::kDeleted)
    out << w.del(where.text) << "\n";
  else if (p.text_changed)
    out << w.words(p.words) << "\n";
  for (const std::string& c : p.cites_added) out << "  cites newly: " << c << "\n";
  for (const std::string& c : p.cites_removed) out << "  no longer cites: " << c << "\n";
  for (const LinkChange& l : p.links) {
    out << "  link \"" << l.text << "\": " << w.change(l.old_url, l.new_url) << "\n";
  }
}

}  // namespace

std::string render_diff_text(const DiffReport& r, bool color) {
  const TextWriter w(color);
  std::ostringstream out;
  out << w.head("--- " + r.old_name + "  (version " + r.old_meta.version + ", " + r.old_meta.date +
                ")")
      << "\n"
      << w.head("+++ " + r.new_name + "  (version " + r.new_meta.version + ", " + r.new_meta.date +
                ")")
      << "\n";
  if (r.same()) {
    out << "same in substance\n";
    return out.str();
  }
  std::string what;
  out << "summary:";
  for (const ChangeCount& c : change_counts(r)) {
    out << (c.what == what ? ", " : (what.empty() ? " " : "; ") + c.what + ": ") << c.count << " "
        << c.change;
    what = c.what;
  }
  out << "\n\n";
  for (const ParagraphChange& p : r.paragraphs) {
    if (p.change != Change::kUnchanged) write_paragraph(r, p, w, out);
  }
  for (const HeadingChange& h : r.headings) {
    if (h.kind == HeadingChange::Kind::kUnchanged) continue;
    const std::string was = (h.old_number.empty() ? "" : h.old_number + " ") + h.old_text;
    const std::string now = (h.new_number.empty() ? "" : h.new_number + " ") + h.new_text;
    out << w.head(std::string("@@ heading ") + change_name(h.kind)) << " " << w.change(was, now)
        << "\n";
  }
  for (const TableChange& t : r.tables) {
    out << w.head("@@ table " + t.table + (t.near.empty() ? "" : " (after " + t.near + ")") + " " +
                  change_name(t.kind));
    if (!t.row.empty()) out << " row \"" << t.row << "\"";
    if (!t.column.empty()) out << " column \"" << t.column << "\"";
    if (t.kind == TableChange::Kind::kCell) out << ": " << w.change(t.old_text, t.new_text);
    out << "\n";
  }
  for (const SourceChange& s : r.sources) {
    const std::string id = s.new_id.empty() ? s.old_id : s.new_id;
    out << w.head(std::string("@@ source ") + change_name(s.kind) + " " + id) << " " << s.title;
    if (!s.old_value.empty() || !s.new_value.empty())
      out << ": " << w.change(s.old_value, s.new_value);
    out << "\n";
  }
  for (const MetaChange& m : r.meta) {
    out << w.head("@@ meta " + m.field) << " " << w.change(m.old_value, m.new_value) << "\n";
  }
  return out.str();
}

}  // namespace coi
