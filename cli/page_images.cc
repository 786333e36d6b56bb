#include "cli/page_images.h"

#include <png.h>
#include <poppler/PDFDoc.h>
#include <poppler/SplashOutputDev.h>
#include <splash/SplashBitmap.h>
#include <setjmp.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "stages/extract/poppler_session.h"

namespace coi {

namespace {

// The PNG bit depth that holds `levels` grey levels: 1, 2, 4 or 8.
int bit_depth(int levels) {
  return levels <= 2 ? 1 : levels <= 4 ? 2 : levels <= 16 ? 4 : 8;
}

// Each grey value (0-255) as the sample of the nearest of `levels` evenly spaced greys at
// `depth` bits: with few levels the image packs several pixels per byte and deflate sees long
// repeats, while anti-aliased text keeps its shape (16 levels).
std::vector<unsigned char> sample_table(int levels, int depth) {
  std::vector<unsigned char> table(256);
  const int top = (1 << depth) - 1;
  for (int v = 0; v < 256; ++v) {
    const int step = (v * (levels - 1) + 127) / 255;
    table[static_cast<size_t>(v)] =
        static_cast<unsigned char>((step * top + (levels - 1) / 2) / (levels - 1));
  }
  return table;
}

void on_png_error(png_structp png, png_const_charp) { png_longjmp(png, 1); }
void on_png_warning(png_structp, png_const_charp) {}
void append_png(png_structp png, png_bytep data, size_t size) {
  static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<char*>(data), size);
}
void flush_png(png_structp) {}

// Writes the bitmap's rows through `png`; false when libpng failed. Nothing with a destructor
// lives in this frame (libpng's longjmp on an error would skip it): the sample table and the row
// buffer belong to the caller.
bool write_png(png_structp png, png_infop info, SplashBitmap* bitmap, const DiffConfig* config,
               const std::vector<unsigned char>* table, std::vector<unsigned char>* row,
               std::string* out) {
  if (setjmp(png_jmpbuf(png))) return false;
  const int width = bitmap->getWidth(), height = bitmap->getHeight();
  const int depth = bit_depth(config->page_grey_levels);
  const int per_byte = 8 / depth;
  row->assign(static_cast<size_t>((width + per_byte - 1) / per_byte), 0);
  png_set_write_fn(png, out, append_png, flush_png);
  png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), depth,
               PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  // Rows of few grey levels compress best unfiltered (measured on a text page: the "up" filter
  // makes it 7% larger).
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_set_compression_level(png, config->page_png_compression);
  png_write_info(png, info);
  const unsigned char* data = bitmap->getDataPtr();
  for (int y = 0; y < height; ++y) {
    const unsigned char* pixels = data + static_cast<ptrdiff_t>(y) * bitmap->getRowSize();
    std::fill(row->begin(), row->end(), 0);
    for (int x = 0; x < width; ++x) {
      const int shift = 8 - depth * (x % per_byte + 1);
      (*row)[static_cast<size_t>(x / per_byte)] |=
          static_cast<unsigned char>((*table)[pixels[x]] << shift);
    }
    png_write_row(png, row->data());
  }
  png_write_end(png, info);
  return true;
}

// The bitmap (splashModeMono8) as a grey PNG of `page_grey_levels` levels, in memory. Written
// with libpng directly rather than Poppler's PNGWriter, which takes 8-bit samples only and
// compresses at zlib's slowest level (about 200 ms a page against about 20 here).
Result<std::string> encode_png(SplashBitmap& bitmap, const DiffConfig& config) {
  png_structp png =
      png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, on_png_error, on_png_warning);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  const std::vector<unsigned char> table =
      sample_table(config.page_grey_levels, bit_depth(config.page_grey_levels));
  std::vector<unsigned char> row;
  std::string out;
  const bool ok = info && write_png(png, info, &bitmap, &config, &table, &row, &out);
  png_destroy_write_struct(&png, info ? &info : nullptr);
  if (!ok) return Status(StatusCode::kInternal, "cannot encode a page image as PNG");
  return out;
}

}  // namespace

Result<std::map<int, PageImage>> render_page_images(const std::string& path,
                                                    const std::set<int>& pages,
                                                    const DiffConfig& config) {
  extract::init_poppler();
  std::vector<std::string> errors;
  const extract::ErrorScope scope(&errors);
  Result<std::unique_ptr<PDFDoc>> opened = extract::open_pdf(path, "", errors, [] {});
  if (!opened.is_ok()) return opened.status();
  PDFDoc& doc = *opened.value();
  SplashColor paper = {255, 255, 255};
  SplashOutputDev device(splashModeMono8, /*bitmapRowPad=*/4, /*reverseVideo=*/false, paper);
  device.startDoc(&doc);
  const double dpi = config.page_dpi;
  std::map<int, PageImage> out;
  for (int number : pages) {
    if (number < 1 || number > doc.getNumPages()) {
      return Status(StatusCode::kInternal,
                    "no page " + std::to_string(number) + " to render", path);
    }
    // As the extract stage reads it (media box, the page's own rotation), so that the boxes
    // of the model, in points from the top-left corner, fall where the text is drawn.
    doc.displayPage(&device, number, dpi, dpi, 0, /*useMediaBox=*/true, /*crop=*/false,
                    /*printing=*/false);
    SplashBitmap& bitmap = *device.getBitmap();
    Result<std::string> png = encode_png(bitmap, config);
    if (!png.is_ok()) return Status(png.status().code(), png.status().message(), path);
    const bool turned = doc.getPageRotate(number) % 180 != 0;
    PageImage image;
    image.width_pt = turned ? doc.getPageMediaHeight(number) : doc.getPageMediaWidth(number);
    image.height_pt = turned ? doc.getPageMediaWidth(number) : doc.getPageMediaHeight(number);
    image.width_px = bitmap.getWidth();
    image.height_px = bitmap.getHeight();
    image.mime = "image/png";
    image.bytes = std::move(png).value();
    out.emplace(number, std::move(image));
  }
  return out;
}

}  // namespace coi
