// The top of `coi diff`: bibliography, headings, paragraphs (align.cc), tables (table_diff.cc)
// and metadata, in that order because each later part uses what the earlier ones found.
//
//   1. Sources pair by ID, then by URL, then by title (the IDs coi derives from URLs change
//      with them). Pairs report URL and title changes; the rest were added or removed. The
//      pairing also renames old source IDs to new ones for step 3.
//   2. Headings pair by level+number+text, then by level+text (renumbered), then by
//      level+number with similar text, then by similar text alone (renamed). The nearest
//      paired heading above a paragraph is its section, which decides "moved".
//   3. Citations: each footnote mark stands for its source's (new) ID, or its footnote's
//      text when it cites no listed source, so renumbered footnotes change nothing.
//   4. Paragraphs are aligned (align.cc), tables compared (table_diff.cc), meta fields listed.
#include "diff/diff.h"

#include <unordered_map>

#include "diff/align.h"
#include "diff/table_diff.h"
#include "diff/units.h"

namespace coi {

using diff_internal::Citation;
using diff_internal::Interner;

namespace {

std::vector<SourceChange> diff_sources(const Doc& a, const Doc& b,
                                       std::map<std::string, std::string>& rename) {
  std::vector<int> pairs(a.sources.size(), -1);
  std::vector<bool> taken(b.sources.size(), false);
  using Field = std::string Source::*;
  for (Field field : {&Source::id, &Source::url, &Source::title}) {
    std::unordered_map<std::string, int> index;
    for (size_t j = 0; j < b.sources.size(); ++j) {
      const std::string& key = b.sources[j].*field;
      if (!taken[j] && !key.empty()) index.emplace(key, static_cast<int>(j));
    }
    for (size_t i = 0; i < a.sources.size(); ++i) {
      if (pairs[i] >= 0 || (a.sources[i].*field).empty()) continue;
      auto it = index.find(a.sources[i].*field);
      if (it == index.end() || taken[it->second]) continue;
      pairs[i] = it->second;
      taken[it->second] = true;
    }
  }
  std::vector<SourceChange> out;
  for (size_t i = 0; i < a.sources.size(); ++i) {
    const Source& s = a.sources[i];
    if (pairs[i] < 0) {
      out.push_back(
          SourceChange{SourceChange::Kind::kRemoved, s.id, "", s.title, "", "", s.where, {}});
      continue;
    }
    const Source& t = b.sources[pairs[i]];
    if (s.id != t.id) rename[s.id] = t.id;
    if (s.url != t.url) {
      out.push_back(SourceChange{SourceChange::Kind::kUrl, s.id, t.id, t.title, s.url, t.url,
                                 s.where, t.where});
    }
    if (s.title != t.title) {
      out.push_back(
          SourceChange{SourceChange::Kind::kTitle, s.id, t.id, t.title, s.title, t.title,
                       s.where, t.where});
    }
  }
  for (size_t j = 0; j < b.sources.size(); ++j) {
    if (taken[j]) continue;
    const Source& t = b.sources[j];
    out.push_back(
        SourceChange{SourceChange::Kind::kAdded, "", t.id, t.title, "", "", {}, t.where});
  }
  return out;
}

struct HeadingView {
  int block;
  int level;
  std::string number, text;
  std::vector<int> bag;
};

std::vector<HeadingView> heading_views(const Doc& doc, diff_internal::Tokenizer& tokenizer,
                                       Interner& interner) {
  std::vector<HeadingView> out;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind != BlockKind::kHeading) continue;
    out.push_back(HeadingView{static_cast<int>(i), b.level, b.number, plain_text(b.inlines),
                              tokenizer.tokenize(b.inlines, {}, interner).bag});
  }
  return out;
}

// Returns, per old heading view, the index of its new heading view or -1.
std::vector<int> pair_headings(const std::vector<HeadingView>& a, const std::vector<HeadingView>& b,
                               const DiffConfig& config) {
  std::vector<int> pairs(a.size(), -1);
  std::vector<bool> taken(b.size(), false);
  using Key = std::string (*)(const HeadingView&);
  const Key keys[] = {
      [](const HeadingView& h) { return std::to_string(h.level) + "|" + h.number + "|" + h.text; },
      [](const HeadingView& h) { return std::to_string(h.level) + "|" + h.text; },
      [](const HeadingView& h) {
        return h.number.empty() ? std::string() : std::to_string(h.level) + "|" + h.number;
      }};
  for (int pass = 0; pass < 3; ++pass) {
    // Same key, in order: the k-th free old heading with a key takes the k-th free new one.
    std::unordered_map<std::string, std::vector<int>> free_new;
    for (size_t j = b.size(); j-- > 0;) {
      if (!taken[j]) free_new[keys[pass](b[j])].push_back(static_cast<int>(j));
    }
    for (size_t i = 0; i < a.size(); ++i) {
      if (pairs[i] >= 0) continue;
      const std::string key = keys[pass](a[i]);
      auto it = free_new.find(key);
      if (key.empty() || it == free_new.end() || it->second.empty()) continue;
      const int j = it->second.back();
      if (pass == 2 &&
          diff_internal::dice(a[i].bag, b[j].bag) < config.numbered_heading_min_similarity) {
        continue;
      }
      it->second.pop_back();
      pairs[i] = j;
      taken[j] = true;
    }
  }
  for (size_t i = 0; i < a.size(); ++i) {  // renamed and renumbered: few headings left, scan
    for (size_t j = 0; j < b.size() && pairs[i] < 0; ++j) {
      if (!taken[j] && a[i].level == b[j].level &&
          diff_internal::dice(a[i].bag, b[j].bag) >= config.heading_min_similarity) {
        pairs[i] = static_cast<int>(j), taken[j] = true;
      }
    }
  }
  return pairs;
}

std::vector<HeadingChange> heading_changes(const std::vector<HeadingView>& a,
                                           const std::vector<HeadingView>& b,
                                           const std::vector<int>& pairs) {
  std::vector<HeadingChange> out;
  std::vector<bool> taken(b.size(), false);
  for (size_t i = 0; i < a.size(); ++i) {
    HeadingChange c;
    c.old_block = a[i].block;
    c.level = a[i].level;
    c.old_number = a[i].number;
    c.old_text = a[i].text;
    if (pairs[i] < 0) {
      c.kind = HeadingChange::Kind::kRemoved;
    } else {
      const HeadingView& h = b[pairs[i]];
      taken[pairs[i]] = true;
      c.new_block = h.block;
      c.new_number = h.number;
      c.new_text = h.text;
      c.kind = h.text != c.old_text       ? HeadingChange::Kind::kRenamed
               : h.number != c.old_number ? HeadingChange::Kind::kRenumbered
                                          : HeadingChange::Kind::kUnchanged;
    }
    out.push_back(std::move(c));
  }
  for (size_t j = 0; j < b.size(); ++j) {
    if (taken[j]) continue;
    HeadingChange c;
    c.kind = HeadingChange::Kind::kAdded;
    c.new_block = b[j].block;
    c.level = b[j].level;
    c.new_number = b[j].number;
    c.new_text = b[j].text;
    out.push_back(std::move(c));
  }
  return out;
}

// Per unit, the new block index of the nearest heading above it that both versions have.
std::vector<int> sections(const Doc& doc, const std::vector<DiffUnit>& units,
                          const std::unordered_map<int, int>& to_new) {
  std::vector<int> shared_above(doc.blocks.size(), -1);
  int current = -1;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    if (doc.blocks[i].kind == BlockKind::kHeading) {
      auto it = to_new.find(static_cast<int>(i));
      if (it != to_new.end()) current = it->second;
    }
    shared_above[i] = current;
  }
  std::vector<int> out;
  for (const DiffUnit& u : units) out.push_back(shared_above[u.block]);
  return out;
}

std::vector<MetaChange> diff_meta(const Meta& a, const Meta& b) {
  std::vector<MetaChange> out;
  const std::pair<const char*, std::string Meta::*> fields[] = {{"kind", &Meta::kind},
                                                                {"title", &Meta::title},
                                                                {"country", &Meta::country},
                                                                {"publisher", &Meta::publisher},
                                                                {"version", &Meta::version},
                                                                {"date", &Meta::date},
                                                                {"valid_from", &Meta::valid_from},
                                                                {"cutoff", &Meta::cutoff}};
  for (const auto& [name, field] : fields) {
    if (a.*field != b.*field) out.push_back(MetaChange{name, a.*field, b.*field});
  }
  return out;
}

}  // namespace

DiffReport diff_docs(const Doc& old_doc, const Doc& new_doc, const DiffConfig& config) {
  DiffReport report;
  report.old_name = old_doc.source_name;
  report.new_name = new_doc.source_name;
  report.old_meta = old_doc.meta;
  report.new_meta = new_doc.meta;
  report.meta = diff_meta(old_doc.meta, new_doc.meta);
  std::map<std::string, std::string> rename;
  report.sources = diff_sources(old_doc, new_doc, rename);

  diff_internal::Tokenizer tokenizer;
  Interner interner;
  const std::vector<HeadingView> old_headings = heading_views(old_doc, tokenizer, interner);
  const std::vector<HeadingView> new_headings = heading_views(new_doc, tokenizer, interner);
  const std::vector<int> heading_pairs = pair_headings(old_headings, new_headings, config);
  report.headings = heading_changes(old_headings, new_headings, heading_pairs);
  for (HeadingChange& h : report.headings) {
    if (h.old_block >= 0) h.old_where = old_doc.blocks[static_cast<size_t>(h.old_block)].where;
    if (h.new_block >= 0) h.new_where = new_doc.blocks[static_cast<size_t>(h.new_block)].where;
  }
  std::unordered_map<int, int> old_to_new, new_to_new;
  for (size_t i = 0; i < old_headings.size(); ++i) {
    if (heading_pairs[i] < 0) continue;
    const int block = new_headings[heading_pairs[i]].block;
    old_to_new[old_headings[i].block] = block;
    new_to_new[block] = block;
  }

  const std::map<int, Citation> old_cites = diff_internal::citations(old_doc, rename);
  const std::map<int, Citation> new_cites = diff_internal::citations(new_doc, {});
  std::vector<diff_internal::UnitText> old_texts, new_texts;
  diff_internal::collect_units(old_doc, old_cites, tokenizer, interner, report.old_units,
                               old_texts);
  diff_internal::collect_units(new_doc, new_cites, tokenizer, interner, report.new_units,
                               new_texts);
  diff_internal::Side old_side{&report.old_units, &old_texts,
                               sections(old_doc, report.old_units, old_to_new)};
  diff_internal::Side new_side{&report.new_units, &new_texts,
                               sections(new_doc, report.new_units, new_to_new)};
  report.paragraphs = diff_internal::align_paragraphs(old_side, new_side, config);
  report.tables = diff_internal::diff_tables(old_doc, old_cites, new_doc, new_cites, config);
  return report;
}

bool DiffReport::same() const {
  for (const ParagraphChange& p : paragraphs) {
    if (p.change != Change::kUnchanged) return false;
  }
  for (const HeadingChange& h : headings) {
    if (h.kind != HeadingChange::Kind::kUnchanged) return false;
  }
  return tables.empty() && sources.empty() && meta.empty();
}

const char* change_name(Change c) {
  switch (c) {
    case Change::kUnchanged:
      return "unchanged";
    case Change::kRenumbered:
      return "renumbered";
    case Change::kModified:
      return "modified";
    case Change::kMoved:
      return "moved";
    case Change::kInserted:
      return "inserted";
    case Change::kDeleted:
      return "deleted";
    case Change::kSplit:
      return "split";
    case Change::kMerged:
      return "merged";
  }
  return "unchanged";
}

const char* change_name(HeadingChange::Kind k) {
  switch (k) {
    case HeadingChange::Kind::kUnchanged:
      return "unchanged";
    case HeadingChange::Kind::kRenumbered:
      return "renumbered";
    case HeadingChange::Kind::kRenamed:
      return "renamed";
    case HeadingChange::Kind::kAdded:
      return "added";
    case HeadingChange::Kind::kRemoved:
      return "removed";
  }
  return "unchanged";
}

const char* change_name(TableChange::Kind k) {
  switch (k) {
    case TableChange::Kind::kCell:
      return "cell";
    case TableChange::Kind::kRowAdded:
      return "row-added";
    case TableChange::Kind::kRowRemoved:
      return "row-removed";
    case TableChange::Kind::kColumnAdded:
      return "column-added";
    case TableChange::Kind::kColumnRemoved:
      return "column-removed";
    case TableChange::Kind::kTableAdded:
      return "table-added";
    case TableChange::Kind::kTableRemoved:
      return "table-removed";
  }
  return "cell";
}

const char* change_name(SourceChange::Kind k) {
  switch (k) {
    case SourceChange::Kind::kAdded:
      return "added";
    case SourceChange::Kind::kRemoved:
      return "removed";
    case SourceChange::Kind::kUrl:
      return "url";
    case SourceChange::Kind::kTitle:
      return "title";
  }
  return "added";
}

}  // namespace coi
