// The JSON form of a diff (docs/FORMAT.md, "## diff output").
#include <nlohmann/json.hpp>

#include "diff/render.h"

namespace coi {

namespace {

using ojson = nlohmann::ordered_json;

const char* unit_kind(DiffUnit::Kind k) {
  switch (k) {
    case DiffUnit::Kind::kListItem:
      return "item";
    case DiffUnit::Kind::kQuote:
      return "quote";
    case DiffUnit::Kind::kParagraph:
      break;
  }
  return "paragraph";
}

ojson unit_json(const DiffUnit& u) {
  ojson j = {{"key", u.key}, {"kind", unit_kind(u.kind)}};
  j["number"] = u.number.empty() ? ojson(nullptr) : ojson(u.number);
  j["section"] = u.section;
  if (const int page = unit_page(u); page > 0) j["page"] = page;
  return j;
}

ojson units_json(const std::vector<DiffUnit>& units, const std::vector<int>& ids) {
  ojson out = ojson::array();
  for (int id : ids) out.push_back(unit_json(units[id]));
  return out;
}

ojson paragraph_json(const DiffReport& r, const ParagraphChange& p) {
  ojson j = {{"change", change_name(p.change)},
             {"old", units_json(r.old_units, p.old_units)},
             {"new", units_json(r.new_units, p.new_units)},
             {"renumbered", p.renumbered},
             {"text_changed", p.text_changed},
             {"similarity", p.similarity}};
  if (p.change == Change::kInserted) j["text"] = r.new_units[p.new_units[0]].text;
  if (p.change == Change::kDeleted) j["text"] = r.old_units[p.old_units[0]].text;
  if (!p.words.empty()) {
    ojson words = ojson::array();
    for (const WordOp& w : p.words) {
      const char* op = w.op == WordOp::Op::kSame     ? "same"
                       : w.op == WordOp::Op::kDelete ? "del"
                                                     : "ins";
      words.push_back({{"op", op}, {"text", w.text}, {"space", w.space_before}});
    }
    j["words"] = std::move(words);
  }
  j["cites_added"] = p.cites_added;
  j["cites_removed"] = p.cites_removed;
  if (!p.links.empty()) {
    ojson links = ojson::array();
    for (const LinkChange& l : p.links) {
      links.push_back({{"text", l.text}, {"old", l.old_url}, {"new", l.new_url}});
    }
    j["links"] = std::move(links);
  }
  return j;
}

// "old_page" / "new_page": the first page each side prints the change on, when known.
void add_pages(ojson& j, const Places& old_where, const Places& new_where) {
  if (!old_where.empty() && old_where.front().page > 0) j["old_page"] = old_where.front().page;
  if (!new_where.empty() && new_where.front().page > 0) j["new_page"] = new_where.front().page;
}

ojson heading_json(const std::string& number, const std::string& text, const Places& where) {
  ojson j = {{"number", number}, {"text", text}};
  if (!where.empty() && where.front().page > 0) j["page"] = where.front().page;
  return j;
}

ojson side_json(const std::string& name, const Meta& meta) {
  return {{"file", name}, {"version", meta.version}, {"date", meta.date}};
}

}  // namespace

std::string render_diff_json(const DiffReport& r) {
  ojson root = {{"coi_diff", kDiffFormatVersion},
                {"old", side_json(r.old_name, r.old_meta)},
                {"new", side_json(r.new_name, r.new_meta)},
                {"same", r.same()}};
  ojson summary = ojson::object();
  for (const ChangeCount& c : change_counts(r)) summary[c.what][c.change] = c.count;
  root["summary"] = std::move(summary);
  ojson paragraphs = ojson::array();
  for (const ParagraphChange& p : r.paragraphs) {
    if (p.change != Change::kUnchanged) paragraphs.push_back(paragraph_json(r, p));
  }
  root["paragraphs"] = std::move(paragraphs);
  ojson headings = ojson::array();
  for (const HeadingChange& h : r.headings) {
    if (h.kind == HeadingChange::Kind::kUnchanged) continue;
    ojson j = {{"change", change_name(h.kind)}, {"level", h.level}};
    j["old"] =
        h.old_block < 0 ? ojson(nullptr) : heading_json(h.old_number, h.old_text, h.old_where);
    j["new"] =
        h.new_block < 0 ? ojson(nullptr) : heading_json(h.new_number, h.new_text, h.new_where);
    headings.push_back(std::move(j));
  }
  root["headings"] = std::move(headings);
  ojson tables = ojson::array();
  for (const TableChange& t : r.tables) {
    ojson j = {{"change", change_name(t.kind)},
               {"table", t.table},
               {"near", t.near},
               {"row", t.row},
               {"column", t.column},
               {"old", t.old_text},
               {"new", t.new_text}};
    add_pages(j, t.old_where, t.new_where);
    tables.push_back(std::move(j));
  }
  root["tables"] = std::move(tables);
  ojson sources = ojson::array();
  for (const SourceChange& s : r.sources) {
    ojson j = {{"change", change_name(s.kind)},
               {"old_id", s.old_id},
               {"new_id", s.new_id},
               {"title", s.title},
               {"old", s.old_value},
               {"new", s.new_value}};
    add_pages(j, s.old_where, s.new_where);
    sources.push_back(std::move(j));
  }
  root["sources"] = std::move(sources);
  ojson meta = ojson::array();
  for (const MetaChange& m : r.meta) {
    meta.push_back({{"field", m.field}, {"old", m.old_value}, {"new", m.new_value}});
  }
  root["meta"] = std::move(meta);
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace coi
