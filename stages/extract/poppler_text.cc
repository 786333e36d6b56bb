#include "stages/extract/poppler_text.h"

#include <poppler/DateInfo.h>
#include <poppler/UTF.h>
#include <poppler/goo/gmem.h>

#include <cstdio>

#include "pipeline/utf8.h"

namespace coi::extract {

std::string text_string_utf8(const GooString* s) {
  if (!s) return {};
  Unicode* ucs4 = nullptr;
  const int n = TextStringToUCS4(s->toStr(), &ucs4);
  std::string out;
  for (int i = 0; i < n; ++i) append_utf8(ucs4[i], out);
  gfree(ucs4);
  return out;
}

std::string iso_date(const GooString* s) {
  if (!s) return {};
  int year, month, day, hour, minute, second, tz_hour, tz_minute;
  char tz;
  if (!parseDateString(s, &year, &month, &day, &hour, &minute, &second, &tz, &tz_hour,
                       &tz_minute)) {
    return text_string_utf8(s);
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute,
                second);
  std::string out = buf;
  if (tz == 'Z' || tz == 'z') {
    out += 'Z';
  } else if (tz == '+' || tz == '-') {
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", tz, tz_hour, tz_minute);
    out += buf;
  }
  return out;
}

}  // namespace coi::extract
