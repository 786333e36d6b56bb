#include "links/state.h"

#include <nlohmann/json.hpp>

#include <filesystem>

#include "pipeline/output_file.h"

namespace coi {

using json = nlohmann::ordered_json;

std::string write_links_state(const LinksState& state) {
  json urls = json::object();
  for (const auto& [url, s] : state.urls) {
    urls[url] = json{{"class", link_class_name(s.link_class)},
                     {"status", s.status},
                     {"checked_at", s.checked_at},
                     {"dead_runs", s.dead_runs},
                     {"final_url", s.final_url}};
  }
  json root{{"coi_links_state", kLinksStateVersion}, {"urls", urls}};
  return root.dump(1) + "\n";
}

Result<LinksState> read_links_state(std::string_view text, std::string_view name) {
  const std::string where(name);
  json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return Status(StatusCode::kFormat, "not valid JSON", where);
  auto version = root.is_object() ? root.find("coi_links_state") : root.end();
  if (!root.is_object() || version == root.end() || !version->is_number_integer()) {
    return Status(StatusCode::kFormat, "not a links state file (no coi_links_state field)", where);
  }
  if (version->get<int>() != kLinksStateVersion) {
    return Status(StatusCode::kFormat,
                  "links state version " + std::to_string(version->get<int>()) +
                      " is not supported (this coi reads version " +
                      std::to_string(kLinksStateVersion) + ")",
                  where);
  }
  LinksState state;
  try {
    for (const auto& [url, entry] : root.at("urls").items()) {
      UrlState s;
      std::optional<LinkClass> c = parse_link_class(entry.at("class").get<std::string>());
      if (!c) {
        return Status(StatusCode::kFormat, "unknown class for " + url + " in links state", where);
      }
      s.link_class = *c;
      s.status = entry.value("status", 0);
      s.checked_at = entry.value("checked_at", 0LL);
      s.dead_runs = entry.value("dead_runs", 0);
      s.final_url = entry.value("final_url", "");
      state.urls[url] = std::move(s);
    }
  } catch (const std::exception& e) {
    return Status(StatusCode::kFormat, std::string("malformed links state: ") + e.what(), where);
  }
  return state;
}

Result<LinksState> load_links_state(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return LinksState{};
  Result<std::string> text = read_file(path);
  if (!text.is_ok()) return text.status();
  return read_links_state(text.value(), path);
}

}  // namespace coi
