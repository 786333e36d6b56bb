// `coi diff --format summary`: what changed, section by section, in the words an editor writes in
// a note's version-control entry ("4.2: 4.2.1 reworded; 4.2.3 deleted; 4.2.4 renumbered 4.2.3"),
// then tables, sources and metadata. A draft for a person to finish, so it names every change
// once and says nothing of what did not change.
//
// Sections are named as the new version prints them: a change on the old side only (a deletion,
// the old place of a moved paragraph) is filed under its heading's counterpart in the new
// version, so a renamed section is one section, not two.
#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <sstream>
#include <unordered_map>

#include "diff/render.h"
#include "pipeline/decimal.h"

namespace coi {

namespace {

std::string heading_text(const std::string& number, const std::string& text) {
  return number.empty() ? text : number + " " + text;
}

// The first words of a unit, so an unnumbered paragraph can be told from its neighbours.
std::string opening_words(const std::string& text, int words) {
  std::istringstream in(text);
  std::string word, out;
  for (int i = 0; i < words && in >> word; ++i) out += (out.empty() ? "" : " ") + word;
  if (in >> word) out += " ...";
  return out;
}

std::string unit_name(const DiffUnit& u) {
  if (!u.number.empty()) return u.number;
  return unit_label(u) + " \"" + opening_words(u.text, 6) + "\"";
}

// "6.8" and 3 for "6.8.3"; an empty prefix and -1 when the number does not end in a number
// (digits, small enough for an int).
std::pair<std::string, int> split_last(const std::string& number) {
  const size_t dot = number.rfind('.');
  const std::string last = dot == std::string::npos ? number : number.substr(dot + 1);
  const std::optional<int> value = decimal_int(last);
  if (!value) return {"", -1};
  return {dot == std::string::npos ? "" : number.substr(0, dot), *value};
}

// True when `next` follows `prev` in one run of renumbering: consecutive old numbers that became
// consecutive new numbers ("6.8.2 -> 6.8.1" then "6.8.3 -> 6.8.2"), so a range says it exactly.
bool continues_run(const std::string& prev_old, const std::string& prev_new,
                   const std::string& next_old, const std::string& next_new) {
  const auto [po_prefix, po] = split_last(prev_old);
  const auto [pn_prefix, pn] = split_last(prev_new);
  const auto [no_prefix, no] = split_last(next_old);
  const auto [nn_prefix, nn] = split_last(next_new);
  return po >= 0 && pn >= 0 && po_prefix == no_prefix && pn_prefix == nn_prefix && no == po + 1 &&
         nn == pn + 1;
}

// One line of the section list: a paragraph change, or a heading change, in document order.
struct Entry {
  Change change = Change::kModified;  // kRenumbered entries may be merged into a run
  std::string old_number, new_number;
  std::string text;  // what is printed for every other entry
};

class SectionList {
 public:
  explicit SectionList(const DiffReport& r) : r_(r) {
    for (const HeadingChange& h : r.headings) {
      if (h.old_block >= 0 && h.new_block >= 0) {
        old_to_new_[h.old_block] = {h.new_block, heading_text(h.new_number, h.new_text)};
      }
    }
  }

  // The section a unit sits in, named as the new version prints it, and where that section
  // starts in the new version (its heading's block; -1 before the first heading, and the end of
  // the note for a section only the old version has).
  std::pair<int, std::string> section_of(const DiffUnit& u, bool old_side) const {
    if (!old_side) return {u.heading, u.section};
    auto it = old_to_new_.find(u.heading);
    return it == old_to_new_.end() ? std::pair{kOldOnly, u.section} : it->second;
  }

  void add(const std::pair<int, std::string>& section, Entry entry) {
    auto [it, inserted] = index_.emplace(section.second, sections_.size());
    if (inserted) sections_.push_back({section.first, section.second, {}});
    sections_[it->second].entries.push_back(std::move(entry));
  }

  void add_paragraph(const ParagraphChange& p) {
    const DiffUnit* was = p.old_units.empty() ? nullptr : &r_.old_units[p.old_units[0]];
    const DiffUnit* now = p.new_units.empty() ? nullptr : &r_.new_units[p.new_units[0]];
    switch (p.change) {
      case Change::kUnchanged:
        return;
      case Change::kInserted:
        return add(section_of(*now, false), {p.change, "", "", unit_name(*now) + " inserted"});
      case Change::kDeleted:
        return add(section_of(*was, true), {p.change, "", "", unit_name(*was) + " deleted"});
      case Change::kRenumbered:
        return add(section_of(*now, false), {p.change, was->number, now->number, ""});
      case Change::kModified:
        return add(section_of(*now, false), {p.change, "", "", modified(p, *was, *now)});
      case Change::kMoved:
        return add_move(p, *was, *now);
      case Change::kSplit:
        return add(section_of(*now, false),
                   {p.change, "", "", unit_name(*was) + " split into " + names(p.new_units, false)});
      case Change::kMerged:
        return add(section_of(*now, false),
                   {p.change, "", "", names(p.old_units, true) + " merged into " + unit_name(*now)});
    }
  }

  void add_heading(const HeadingChange& h) {
    const std::string now = heading_text(h.new_number, h.new_text);
    switch (h.kind) {
      case HeadingChange::Kind::kUnchanged:
        return;
      case HeadingChange::Kind::kRenamed:
        return add({h.new_block, now}, {Change::kModified, "", "", "heading renamed from \"" + h.old_text + "\""});
      case HeadingChange::Kind::kRenumbered:
        return add({h.new_block, now}, {Change::kModified, "", "", "heading renumbered from " + h.old_number});
      case HeadingChange::Kind::kAdded:
        return add({h.new_block, now}, {Change::kInserted, "", "", "section added"});
      case HeadingChange::Kind::kRemoved:
        return add({kOldOnly, heading_text(h.old_number, h.old_text)},
                   {Change::kDeleted, "", "", "section removed"});
    }
  }

  // Sections in the new version's order; within one, paragraphs in order, then heading changes.
  void write(std::ostringstream& out) const {
    std::vector<Section> sorted = sections_;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Section& a, const Section& b) { return a.start < b.start; });
    for (const auto& [start, section, entries] : sorted) {
      out << "  " << (section.empty() ? "(before the first heading)" : section) << ": ";
      std::string sep;
      for (size_t i = 0; i < entries.size(); ++i) {
        out << sep;
        sep = "; ";
        if (entries[i].change != Change::kRenumbered) {
          out << entries[i].text;
          continue;
        }
        const size_t first = i;
        while (i + 1 < entries.size() && entries[i + 1].change == Change::kRenumbered &&
               continues_run(entries[i].old_number, entries[i].new_number,
                             entries[i + 1].old_number, entries[i + 1].new_number)) {
          ++i;
        }
        if (first == i) {
          out << entries[i].old_number << " renumbered " << entries[i].new_number;
        } else {
          const char* to = i == first + 1 ? " and " : " to ";
          out << entries[first].old_number << to << entries[i].old_number << " renumbered "
              << entries[first].new_number << to << entries[i].new_number;
        }
      }
      out << "\n";
    }
  }

  bool empty() const { return sections_.empty(); }

 private:
  std::string names(const std::vector<int>& ids, bool old_side) const {
    std::string out;
    for (int id : ids) {
      out += (out.empty() ? "" : " + ") + unit_name((old_side ? r_.old_units : r_.new_units)[id]);
    }
    return out;
  }

  static std::string modified(const ParagraphChange& p, const DiffUnit& was, const DiffUnit& now) {
    std::string what = p.text_changed ? "reworded" : "link changed";
    if (p.text_changed && p.words.empty()) what = "citations changed";
    const std::string name = unit_name(now);
    if (was.number != now.number && !was.number.empty()) {
      return was.number + " " + what + " and renumbered " + now.number;
    }
    return name + " " + what;
  }

  // A move is a change to both sections: the old one lost the paragraph, the new one gained it.
  void add_move(const ParagraphChange& p, const DiffUnit& was, const DiffUnit& now) {
    const auto from = section_of(was, true), to = section_of(now, false);
    const std::string also = p.text_changed ? " and reworded" : "";
    if (from.second == to.second) {
      return add(to, {p.change, "", "", unit_name(was) + " moved to " + unit_name(now) + also});
    }
    add(from,
        {p.change, "", "", unit_name(was) + " moved to " + to.second + " as " + unit_name(now)});
    add(to, {p.change, "", "", unit_name(now) + " moved here from " + unit_name(was) + also});
  }

  struct Section {
    int start;  ///< block index of its heading in the new version
    std::string name;
    std::vector<Entry> entries;
  };
  static constexpr int kOldOnly = std::numeric_limits<int>::max();

  const DiffReport& r_;
  std::unordered_map<int, std::pair<int, std::string>> old_to_new_;
  std::map<std::string, size_t> index_;
  std::vector<Section> sections_;
};

void write_tables(const DiffReport& r, std::ostringstream& out) {
  std::vector<std::pair<std::string, std::vector<std::string>>> tables;  // in report order
  std::map<std::string, int> cells;
  for (const TableChange& t : r.tables) {
    const std::string name = t.table + (t.near.empty() ? "" : " (after " + t.near + ")");
    if (tables.empty() || tables.back().first != name) tables.push_back({name, {}});
    if (t.kind == TableChange::Kind::kCell) {
      ++cells[name];
      continue;
    }
    std::string what = change_name(t.kind);
    const std::string label = t.kind == TableChange::Kind::kRowAdded ||
                                      t.kind == TableChange::Kind::kRowRemoved
                                  ? "row \"" + t.row + "\" "
                              : t.column.empty() ? ""
                                                 : "column \"" + t.column + "\" ";
    what = what.substr(what.find('-') + 1);  // "row-added" -> "added"
    tables.back().second.push_back(label + what);
  }
  if (tables.empty()) return;
  out << "Tables\n";
  for (auto& [name, changes] : tables) {
    if (const int n = cells[name]; n > 0) {
      changes.insert(changes.begin(), std::to_string(n) + (n == 1 ? " cell" : " cells") + " changed");
    }
    out << "  " << name << ": ";
    for (size_t i = 0; i < changes.size(); ++i) out << (i ? "; " : "") << changes[i];
    out << "\n";
  }
}

void write_sources(const DiffReport& r, std::ostringstream& out) {
  if (r.sources.empty()) return;
  out << "Sources\n";
  for (SourceChange::Kind kind : {SourceChange::Kind::kAdded, SourceChange::Kind::kRemoved,
                                  SourceChange::Kind::kUrl, SourceChange::Kind::kTitle}) {
    std::string line;
    for (const SourceChange& s : r.sources) {
      if (s.kind != kind) continue;
      const std::string id = s.new_id.empty() ? s.old_id : s.new_id;
      line += (line.empty() ? "" : "; ") + id + " \"" + s.title + "\"";
    }
    if (line.empty()) continue;
    const char* what = kind == SourceChange::Kind::kAdded     ? "added"
                       : kind == SourceChange::Kind::kRemoved ? "removed"
                       : kind == SourceChange::Kind::kUrl     ? "URL changed"
                                                              : "title changed";
    out << "  " << what << ": " << line << "\n";
  }
}

}  // namespace

std::string render_diff_summary(const DiffReport& r) {
  std::ostringstream out;
  const std::string title = r.new_meta.title.empty() ? r.new_name : r.new_meta.title;
  out << title << ": version " << r.old_meta.version << " (" << r.old_meta.date << ") -> "
      << r.new_meta.version << " (" << r.new_meta.date << ")\n";
  if (r.same()) {
    out << "same in substance\n";
    return out.str();
  }
  SectionList sections(r);
  for (const ParagraphChange& p : r.paragraphs) sections.add_paragraph(p);
  for (const HeadingChange& h : r.headings) sections.add_heading(h);
  if (!sections.empty()) {
    out << "Sections\n";
    sections.write(out);
  }
  write_tables(r, out);
  write_sources(r, out);
  for (const MetaChange& m : r.meta) {
    if (m.field == "version" || m.field == "date") continue;  // in the first line
    out << "Metadata: " << m.field << " \"" << m.old_value << "\" -> \"" << m.new_value << "\"\n";
  }
  return out.str();
}

}  // namespace coi
