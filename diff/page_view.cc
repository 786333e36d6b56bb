#include "diff/page_view.h"

namespace coi {

namespace {

void add_pages(const Places& places, std::set<int>& pages) {
  for (const Place& place : places) {
    if (place.page > 0) pages.insert(place.page);
  }
}

void add_pages(const std::vector<DiffUnit>& units, const std::vector<int>& ids,
               std::set<int>& pages) {
  for (int id : ids) add_pages(units[id].where, pages);
}

}  // namespace

ChangedPages changed_pages(const DiffReport& report) {
  ChangedPages out;
  for (const ParagraphChange& p : report.paragraphs) {
    if (p.change == Change::kUnchanged) continue;
    add_pages(report.old_units, p.old_units, out.old_pages);
    add_pages(report.new_units, p.new_units, out.new_pages);
  }
  for (const HeadingChange& h : report.headings) {
    if (h.kind == HeadingChange::Kind::kUnchanged) continue;
    add_pages(h.old_where, out.old_pages);
    add_pages(h.new_where, out.new_pages);
  }
  for (const TableChange& t : report.tables) {
    add_pages(t.old_where, out.old_pages);
    add_pages(t.new_where, out.new_pages);
  }
  for (const SourceChange& s : report.sources) {
    add_pages(s.old_where, out.old_pages);
    add_pages(s.new_where, out.new_pages);
  }
  return out;
}

std::string base64(const std::string& bytes) {
  static constexpr char kDigits[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  size_t k = 0;
  for (; k + 3 <= bytes.size(); k += 3) {
    const unsigned v = static_cast<unsigned char>(bytes[k]) << 16 |
                       static_cast<unsigned char>(bytes[k + 1]) << 8 |
                       static_cast<unsigned char>(bytes[k + 2]);
    out += kDigits[v >> 18];
    out += kDigits[(v >> 12) & 63];
    out += kDigits[(v >> 6) & 63];
    out += kDigits[v & 63];
  }
  if (const size_t left = bytes.size() - k; left > 0) {
    unsigned v = static_cast<unsigned char>(bytes[k]) << 16;
    if (left == 2) v |= static_cast<unsigned char>(bytes[k + 1]) << 8;
    out += kDigits[v >> 18];
    out += kDigits[(v >> 12) & 63];
    out += left == 2 ? kDigits[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

}  // namespace coi
