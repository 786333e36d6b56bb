// Escaping for the XML and HTML diff renderers (internal to diff/).
#pragma once

#include <string>

namespace coi::diff_internal {

/// `s` with &, <, >, " and ' escaped: safe in text and in double- or single-quoted attributes.
inline std::string escape_markup(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        // Control characters are not allowed in XML 1.0; they carry no meaning in a note.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t')
          out += ' ';
        else
          out += c;
    }
  }
  return out;
}

}  // namespace coi::diff_internal
