// The one Poppler output device of the extract stage: Poppler's TextOutputDev (which builds the
// words) extended to record the vector rules and image boxes of the same content-stream pass, so
// each page is interpreted once. On tagged PDFs its subclass TaggedCaptureDevice also notes which
// marked-content ID (MCID) each stretch of the page's characters was drawn under. Every character
// passes to TextOutputDev after one look at the font it is drawn in, so that a glyph whose name a
// driver cut short reads as the name it was cut from (cut_glyph_names.h), and a ligature a driver
// left with no Unicode as its letters (ligature_glyph_names.h); Poppler calls drawChar
// for every glyph, so the look is one comparison while the font stays the same. Private to
// stages/extract.
#pragma once

#include <poppler/TextOutputDev.h>

#include <map>
#include <utility>
#include <vector>

#include "pipeline/model.h"
#include "stages/extract/extract_config.h"

namespace coi::extract {

/// Text device that also collects rules and image boxes of the current page.
class CaptureDevice : public TextOutputDev {
 public:
  explicit CaptureDevice(const ExtractConfig& config);

  /// Clears the per-page records, then starts Poppler's text page.
  void startPage(int page_number, GfxState* state, XRef* xref) override;
  /// Sets the font as Poppler's text page does, and forgets the last font drawn in.
  void updateFont(GfxState* state) override;
  /// Draws the character as Poppler's text page does, but for a glyph whose name a driver cut
  /// short, which is drawn as the name it was cut from (cut_glyph_names.h), and a ligature with
  /// no character, drawn as its letters (ligature_glyph_names.h).
  void drawChar(GfxState* state, double x, double y, double dx, double dy, double origin_x,
                double origin_y, CharCode code, int bytes, const Unicode* u, int u_len) override;
  /// Non-text content must reach us: rules and images.
  bool needNonText() override { return true; }
  /// Records axis-parallel stroked segments as rules.
  void stroke(GfxState* state) override;
  /// Records thin filled rectangles as rules and small ones as cell fills.
  void fill(GfxState* state) override;
  /// Same as fill (the even-odd rule does not matter for rectangles).
  void eoFill(GfxState* state) override;
  /// Records the image's placed box (then lets the base skip inline image data).
  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                 GfxImageColorMap* color_map, bool interpolate, const int* mask_colors,
                 bool inline_img) override;
  /// Records the placed box of a masked image.
  void drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                       GfxImageColorMap* color_map, bool interpolate, Stream* mask_str,
                       int mask_width, int mask_height, bool mask_invert,
                       bool mask_interpolate) override;
  /// Records the placed box of a soft-masked image.
  void drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                           GfxImageColorMap* color_map, bool interpolate, Stream* mask_str,
                           int mask_width, int mask_height, GfxImageColorMap* mask_color_map,
                           bool mask_interpolate) override;

  /// MCID under which the character at TextPage position `char_pos` of the page last displayed
  /// was drawn: -1 here, where marked content is not tracked (TaggedCaptureDevice tracks it).
  virtual int mcid_at(int char_pos) const;

  /// Whether the embedded program of `font` (a font the page last displayed draws in) names
  /// itself bold, and italic (font_program_names.h): both false where it says nothing.
  std::pair<bool, bool> program_style(const TextFontInfo* font) const;

  /// Whether `font` (a font the page last displayed draws in) declares its FontBBox's top and
  /// bottom as its Ascent and Descent, as Ghostscript and Cairo rewrite them when they re-print a
  /// PDF: such a font says nothing of how far its letters reach (extract_config.h,
  /// word_max_ascent).
  bool declares_bbox_as_ascent(const TextFontInfo* font) const;

  /// Rules of the page last displayed (top-left origin, points).
  std::vector<Rule>& rules() { return rules_; }
  /// Image boxes of the page last displayed.
  std::vector<Box>& images() { return images_; }

 private:
  // drawChar where the font changed or has names: looks the font up, then draws the character
  // as its names say.
  void draw_named_char(GfxState* state, double x, double y, double dx, double dy, double origin_x,
                       double origin_y, CharCode code, int bytes, const Unicode* u, int u_len);
  void record_fill(GfxState* state);
  void record_image(GfxState* state);

  const ExtractConfig& config_;
  double page_area_ = 0;
  /// What a font's glyph names say of its codes: the characters of cut names
  /// (cut_glyph_names), the letters of unmapped ligatures (ligature_glyph_names); whether
  /// its program's own names say it is bold or italic (font_program_names.h); and whether its
  /// Ascent and Descent are its FontBBox's (declares_bbox_as_ascent).
  struct FontFacts {
    std::vector<Unicode> cut;
    std::map<CharCode, std::vector<Unicode>> ligatures;
    bool bold = false, italic = false;
    bool bbox_as_ascent = false;
  };
  FontFacts read_facts(GfxFont& font) const;
  /// The fonts drawn in so far, by object, with their facts: read once a document, not once a
  /// page (an embedded font's glyph names and own names are parsed from its program: a note's
  /// pages share a few fonts), and the last one drawn in: a page draws in few fonts, each many
  /// times.
  std::map<Ref, FontFacts> fonts_read_;
  const GfxFont* font_ = nullptr;
  const FontFacts* names_ = nullptr;
  XRef* xref_ = nullptr;
  std::vector<Rule> rules_;
  std::vector<Box> images_;
};

/// The device for tagged PDFs: also ties each character to the marked content it was drawn in.
class TaggedCaptureDevice final : public CaptureDevice {
 public:
  using CaptureDevice::CaptureDevice;

  /// Clears the page's marked-content records, then starts the page as CaptureDevice does.
  void startPage(int page_number, GfxState* state, XRef* xref) override;
  /// Counts characters (as TextPage numbers them) so words can be tied to marked content.
  void drawChar(GfxState* state, double x, double y, double dx, double dy, double origin_x,
                double origin_y, CharCode code, int bytes, const Unicode* u, int u_len) override;
  /// Characters Poppler skips still advance TextPage's count; so they advance ours.
  void incCharCount(int chars) override;
  /// Enters a marked-content sequence (BDC/BMC): its MCID, -1 for an artifact or none.
  void beginMarkedContent(const char* name, Dict* properties) override;
  /// Leaves the innermost marked-content sequence (EMC).
  void endMarkedContent(GfxState* state) override;

  /// MCID under which the character at TextPage position `char_pos` of the page last displayed
  /// was drawn, or -1 (artifact or untagged content).
  int mcid_at(int char_pos) const override;

 private:
  // drawChar for the first character after the MCID in force may have changed: notes the run
  // it starts, then draws it as drawChar does.
  void draw_after_marked_content(GfxState* state, double x, double y, double dx, double dy,
                                 double origin_x, double origin_y, CharCode code, int bytes,
                                 const Unicode* u, int u_len);

  int char_pos_ = 0;                            // TextPage's character position, mirrored
  std::vector<int> mcid_stack_;                 // one entry per open BDC/BMC: MCID in force or -1
  std::vector<std::pair<int, int>> mcid_runs_;  // (first char_pos, MCID), ascending
  // The MCID in force may differ from the last run's: set where it can change (a page's start,
  // BDC/BMC, EMC), cleared by the next character, which notes its run.
  bool mcid_may_change_ = true;
};

}  // namespace coi::extract
