#include "stages/extract/capture_device.h"

#include <poppler/Dict.h>
#include <poppler/GfxFont.h>
#include <poppler/GfxState.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <string_view>

#include "stages/extract/cut_glyph_names.h"
#include "stages/extract/font_program_names.h"
#include "stages/extract/ligature_glyph_names.h"

namespace coi::extract {

namespace {

// Device coordinates of user-space point (x, y): the state's CTM already maps to the
// upside-down, 72-dpi page space TextOutputDev uses, i.e. the model's top-left points.
void to_device(const GfxState* state, double x, double y, double* dx, double* dy) {
  state->transform(x, y, dx, dy);
}

// The box of an axis-parallel rectangle path (4 corners, optionally closed back to the first),
// or an empty box when the subpath is anything else.
Box rectangle_of(const GfxState* state, const GfxSubpath* sub) {
  int n = sub->getNumPoints();
  if (n == 5 && sub->getX(4) == sub->getX(0) && sub->getY(4) == sub->getY(0)) n = 4;
  if (n != 4) return {};
  double xs[4], ys[4];
  for (int i = 0; i < 4; ++i) {
    if (sub->getCurve(i)) return {};
    to_device(state, sub->getX(i), sub->getY(i), &xs[i], &ys[i]);
  }
  constexpr double kSame = 0.01;  // rounding noise in device points
  for (int i = 0; i < 4; ++i) {
    const int j = (i + 1) % 4;
    if (std::fabs(xs[i] - xs[j]) > kSame && std::fabs(ys[i] - ys[j]) > kSame) return {};
  }
  return Box{*std::min_element(xs, xs + 4), *std::min_element(ys, ys + 4),
             *std::max_element(xs, xs + 4), *std::max_element(ys, ys + 4)};
}

// What a marked-content sequence without an MCID opens: an artifact, or nothing (transparent).
constexpr int kNoMcid = -1;
constexpr int kArtifact = -2;

}  // namespace

CaptureDevice::CaptureDevice(const ExtractConfig& config)
    : TextOutputDev(nullptr, nullptr, /*physLayoutA=*/false, /*fixedPitchA=*/0,
                    /*rawOrderA=*/false, /*discardDiagA=*/false),
      config_(config) {}

void CaptureDevice::startPage(int page_number, GfxState* state, XRef* xref) {
  rules_.clear();
  images_.clear();
  font_ = nullptr;
  names_ = nullptr;
  xref_ = xref;
  page_area_ = state ? state->getPageWidth() * state->getPageHeight() : 0;
  TextOutputDev::startPage(page_number, state, xref);
}

int CaptureDevice::mcid_at(int /*char_pos*/) const { return -1; }

void CaptureDevice::updateFont(GfxState* state) {
  font_ = nullptr;  // a font set anew may sit where a freed one (a form's) was: look it up
  TextOutputDev::updateFont(state);
}

void CaptureDevice::drawChar(GfxState* state, double x, double y, double dx, double dy,
                             double origin_x, double origin_y, CharCode code, int bytes,
                             const Unicode* u, int u_len) {
  // The font drawn in last, without names to read: most characters of most notes. Passed on as
  // it came (a jump, not a call: nothing is saved around it), about 9 instructions a character
  // where the look below and a call with eleven arguments took about 48 (bench/README.md,
  // Session 21).
  if (state->getFont().get() == font_ && !names_) {
    TextOutputDev::drawChar(state, x, y, dx, dy, origin_x, origin_y, code, bytes, u, u_len);
    return;
  }
  draw_named_char(state, x, y, dx, dy, origin_x, origin_y, code, bytes, u, u_len);
}

void CaptureDevice::draw_named_char(GfxState* state, double x, double y, double dx, double dy,
                                    double origin_x, double origin_y, CharCode code, int bytes,
                                    const Unicode* u, int u_len) {
  GfxFont* font = state->getFont().get();
  if (font != font_) {
    font_ = font;
    names_ = nullptr;
    if (font) {
      // By the font's object, not its address: a form's fonts go with the form, and another's
      // may take the same address later in the page (updateFont clears font_ for that).
      const Ref id = *font->getID();
      auto seen = fonts_read_.find(id);
      if (seen == fonts_read_.end()) seen = fonts_read_.emplace(id, read_facts(*font)).first;
      const FontFacts& names = seen->second;
      if (!names.cut.empty() || !names.ligatures.empty()) names_ = &names;
    }
  }
  // Only a code Poppler passed through as itself, as it does a name it does not know.
  if (names_ && code < names_->cut.size() && names_->cut[code] && u_len == 1 && u[0] == code) {
    const Unicode named = names_->cut[code];
    TextOutputDev::drawChar(state, x, y, dx, dy, origin_x, origin_y, code, bytes, &named, 1);
    return;
  }
  // Only a code Poppler found no character for.
  if (names_ && u_len == 0) {
    if (const auto it = names_->ligatures.find(code); it != names_->ligatures.end()) {
      TextOutputDev::drawChar(state, x, y, dx, dy, origin_x, origin_y, code, bytes,
                              it->second.data(), static_cast<int>(it->second.size()));
      return;
    }
  }
  TextOutputDev::drawChar(state, x, y, dx, dy, origin_x, origin_y, code, bytes, u, u_len);
}

CaptureDevice::FontFacts CaptureDevice::read_facts(GfxFont& font) const {
  FontFacts facts;
  // Poppler reads both in thousandths of the em (a FontBBox of integers as a descriptor writes
  // it): equal within one unit is equal.
  constexpr double kOneUnit = 0.0015;
  const double* bbox = font.getFontBBox();
  facts.bbox_as_ascent = bbox[3] > bbox[1] && std::fabs(font.getAscent() - bbox[3]) < kOneUnit &&
                         std::fabs(font.getDescent() - bbox[1]) < kOneUnit;
  facts.cut = cut_glyph_names(font, static_cast<size_t>(config_.cut_glyph_name_min_chars));
  // Only a bare CFF program is read: its glyph names and its own (an OpenType one's names are
  // in the PDF's name for it, as every producer writes; a TrueType one's are not looked for).
  const GfxFontType type = font.getType();
  if (type != fontType1C && type != fontCIDType0C) return facts;
  const std::optional<std::vector<unsigned char>> program =
      xref_ ? font.readEmbFontFile(xref_) : std::nullopt;
  if (!program || program->empty()) return facts;
  facts.ligatures = ligature_glyph_names(font, *program);
  for (const std::string& name : cff_font_names(*program)) {
    facts.bold = facts.bold || config_.bold_font_name.partial_match(name);
    facts.italic = facts.italic || config_.italic_font_name.partial_match(name);
  }
  return facts;
}

std::pair<bool, bool> CaptureDevice::program_style(const TextFontInfo* font) const {
  for (const auto& [id, facts] : fonts_read_) {
    if (font->matches(&id)) return {facts.bold, facts.italic};
  }
  return {false, false};
}

bool CaptureDevice::declares_bbox_as_ascent(const TextFontInfo* font) const {
  for (const auto& [id, facts] : fonts_read_) {
    if (font->matches(&id)) return facts.bbox_as_ascent;
  }
  return false;
}

void TaggedCaptureDevice::startPage(int page_number, GfxState* state, XRef* xref) {
  char_pos_ = 0;
  mcid_stack_.clear();
  mcid_runs_.clear();
  mcid_may_change_ = true;
  CaptureDevice::startPage(page_number, state, xref);
}

// TextPage numbers characters by their bytes in the content stream (TextWord::getCharPos), and
// every byte passes through drawChar or incCharCount: mirroring that count lets a word's first
// character position find the marked content it was drawn in, without a second pass. A run
// starts at the first character drawn under an MCID other than the last run's, and the MCID in
// force changes only where marked content opens or closes: between those, a character only
// advances the count and is passed on (a jump: no register is saved around it, where the run's
// bookkeeping inline cost about 30 instructions a character; bench/README.md, Session 23).
void TaggedCaptureDevice::drawChar(GfxState* state, double x, double y, double dx, double dy,
                                   double origin_x, double origin_y, CharCode code, int bytes,
                                   const Unicode* u, int u_len) {
  if (mcid_may_change_) {
    draw_after_marked_content(state, x, y, dx, dy, origin_x, origin_y, code, bytes, u, u_len);
    return;
  }
  char_pos_ += bytes;
  CaptureDevice::drawChar(state, x, y, dx, dy, origin_x, origin_y, code, bytes, u, u_len);
}

void TaggedCaptureDevice::draw_after_marked_content(GfxState* state, double x, double y,
                                                    double dx, double dy, double origin_x,
                                                    double origin_y, CharCode code, int bytes,
                                                    const Unicode* u, int u_len) {
  mcid_may_change_ = false;
  const int mcid = mcid_stack_.empty() ? -1 : mcid_stack_.back();
  if (mcid_runs_.empty() || mcid_runs_.back().second != mcid) {
    mcid_runs_.emplace_back(char_pos_, mcid);
  }
  char_pos_ += bytes;
  CaptureDevice::drawChar(state, x, y, dx, dy, origin_x, origin_y, code, bytes, u, u_len);
}

void TaggedCaptureDevice::incCharCount(int chars) {
  char_pos_ += chars;
  CaptureDevice::incCharCount(chars);
}

void TaggedCaptureDevice::beginMarkedContent(const char* name, Dict* properties) {
  int mcid = kNoMcid;
  if (name && std::string_view(name) == "Artifact") mcid = kArtifact;
  if (properties) {
    const Object id = properties->lookup("MCID");
    if (id.isInt() && id.getInt() >= 0) mcid = id.getInt();
  }
  // An artifact hides whatever encloses it; other sequences without an MCID (optional content,
  // spans) are transparent: each entry holds the MCID then in force, so a character reads it
  // from the top instead of searching the stack.
  if (mcid == kNoMcid && !mcid_stack_.empty()) mcid = mcid_stack_.back();
  mcid_stack_.push_back(mcid < 0 ? -1 : mcid);
  mcid_may_change_ = true;
  CaptureDevice::beginMarkedContent(name, properties);
}

// Poppler calls endMarkedContent for every EMC but beginMarkedContent only for inline property
// dictionaries, so an EMC may close a sequence we never saw opened: popping an empty stack is
// then simply ignored.
void TaggedCaptureDevice::endMarkedContent(GfxState* state) {
  if (!mcid_stack_.empty()) mcid_stack_.pop_back();
  mcid_may_change_ = true;
  CaptureDevice::endMarkedContent(state);
}

int TaggedCaptureDevice::mcid_at(int char_pos) const {
  auto after = std::upper_bound(mcid_runs_.begin(), mcid_runs_.end(), char_pos,
                                [](int pos, const std::pair<int, int>& run) {
                                  return pos < run.first;
                                });
  if (after == mcid_runs_.begin()) return -1;
  return std::prev(after)->second;
}

void CaptureDevice::stroke(GfxState* state) {
  const GfxPath* path = state->getPath();
  const double half = std::max(state->getTransformedLineWidth(), 0.1) / 2;
  constexpr double kAxisSlack = 0.5;  // points off axis still counted as straight
  for (int s = 0; s < path->getNumSubpaths(); ++s) {
    const GfxSubpath* sub = path->getSubpath(s);
    double px = 0, py = 0;
    for (int i = 0; i < sub->getNumPoints(); ++i) {
      double x, y;
      to_device(state, sub->getX(i), sub->getY(i), &x, &y);
      if (i > 0 && !sub->getCurve(i)) {
        const bool horizontal = std::fabs(y - py) <= kAxisSlack;
        const bool vertical = std::fabs(x - px) <= kAxisSlack;
        if (horizontal != vertical) {
          Box b{std::min(x, px), std::min(y, py), std::max(x, px), std::max(y, py)};
          if (horizontal) b.y0 -= half, b.y1 += half;
          if (vertical) b.x0 -= half, b.x1 += half;
          rules_.push_back(Rule{b, false});
        }
      }
      px = x, py = y;
    }
  }
  TextOutputDev::stroke(state);
}

void CaptureDevice::record_fill(GfxState* state) {
  GfxRGB rgb;
  state->getFillRGB(&rgb);
  // White fills paint nothing visible on a white page (Word emits them under text).
  if (rgb.r >= gfxColorComp1 && rgb.g >= gfxColorComp1 && rgb.b >= gfxColorComp1) return;
  // What a fill paints is what its clip lets through: CSS engines draw a border as an even-odd
  // fill of two large boxes clipped to the border's thin strip (WeasyPrint's footnote separator).
  double clip_x0, clip_y0, clip_x1, clip_y1;
  state->getClipBBox(&clip_x0, &clip_y0, &clip_x1, &clip_y1);
  const GfxPath* path = state->getPath();
  for (int s = 0; s < path->getNumSubpaths(); ++s) {
    Box b = rectangle_of(state, path->getSubpath(s));
    if (b.x1 <= b.x0 && b.y1 <= b.y0) continue;
    b = Box{std::max(b.x0, clip_x0), std::max(b.y0, clip_y0), std::min(b.x1, clip_x1),
            std::min(b.y1, clip_y1)};
    if (b.x1 < b.x0 || b.y1 < b.y0) continue;  // clipped away
    const double thickness = std::min(b.width(), b.height());
    const bool thin = thickness <= config_.rule_max_thickness;
    if (thin || b.width() * b.height() <= config_.fill_max_page_fraction * page_area_) {
      rules_.push_back(Rule{b, true});
    }
  }
}

void CaptureDevice::fill(GfxState* state) {
  record_fill(state);
  TextOutputDev::fill(state);
}

void CaptureDevice::eoFill(GfxState* state) {
  record_fill(state);
  TextOutputDev::eoFill(state);
}

void CaptureDevice::record_image(GfxState* state) {
  // An image fills the unit square of its CTM.
  double xs[4], ys[4];
  const double ux[4] = {0, 1, 0, 1}, uy[4] = {0, 0, 1, 1};
  for (int i = 0; i < 4; ++i) to_device(state, ux[i], uy[i], &xs[i], &ys[i]);
  images_.push_back(Box{*std::min_element(xs, xs + 4), *std::min_element(ys, ys + 4),
                        *std::max_element(xs, xs + 4), *std::max_element(ys, ys + 4)});
}

void CaptureDevice::drawImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                              GfxImageColorMap* color_map, bool interpolate,
                              const int* mask_colors, bool inline_img) {
  record_image(state);
  TextOutputDev::drawImage(state, ref, str, width, height, color_map, interpolate, mask_colors,
                           inline_img);
}

void CaptureDevice::drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width,
                                    int height, GfxImageColorMap* color_map, bool interpolate,
                                    Stream* mask_str, int mask_width, int mask_height,
                                    bool mask_invert, bool mask_interpolate) {
  record_image(state);
  TextOutputDev::drawMaskedImage(state, ref, str, width, height, color_map, interpolate, mask_str,
                                 mask_width, mask_height, mask_invert, mask_interpolate);
}

void CaptureDevice::drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width,
                                        int height, GfxImageColorMap* color_map, bool interpolate,
                                        Stream* mask_str, int mask_width, int mask_height,
                                        GfxImageColorMap* mask_color_map, bool mask_interpolate) {
  record_image(state);
  TextOutputDev::drawSoftMaskedImage(state, ref, str, width, height, color_map, interpolate,
                                     mask_str, mask_width, mask_height, mask_color_map,
                                     mask_interpolate);
}

}  // namespace coi::extract
