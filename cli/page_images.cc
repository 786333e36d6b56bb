#include "cli/page_images.h"

#include <goo/PNGWriter.h>
#include <poppler/PDFDoc.h>
#include <poppler/SplashOutputDev.h>
#include <splash/SplashBitmap.h>
#include <stdio.h>
#include <stdlib.h>

#include <algorithm>
#include <memory>

#include "stages/extract/poppler_session.h"

namespace coi {

namespace {

// Maps every grey value to the nearest of `levels` evenly spaced ones, so that the PNG's
// deflate sees long repeats: anti-aliased text keeps its shape with 16 levels, and the image
// shrinks by half against 256.
void reduce_greys(SplashBitmap& bitmap, int levels) {
  if (levels < 2 || levels >= 256) return;
  unsigned char table[256];
  for (int v = 0; v < 256; ++v) {
    const int step = (v * (levels - 1) + 127) / 255;
    table[v] = static_cast<unsigned char>(step * 255 / (levels - 1));
  }
  unsigned char* data = bitmap.getDataPtr();
  for (int y = 0; y < bitmap.getHeight(); ++y) {
    unsigned char* row = data + static_cast<ptrdiff_t>(y) * bitmap.getRowSize();
    for (int x = 0; x < bitmap.getWidth(); ++x) row[x] = table[row[x]];
  }
}

// The bitmap (splashModeMono8) as an 8-bit grey PNG, written to memory.
Result<std::string> encode_png(SplashBitmap& bitmap, double dpi) {
  char* buffer = nullptr;
  size_t size = 0;
  FILE* f = open_memstream(&buffer, &size);
  if (!f) return Status(StatusCode::kInternal, "cannot open a memory stream for a page image");
  PNGWriter writer(PNGWriter::GRAY);
  bool ok = writer.init(f, bitmap.getWidth(), bitmap.getHeight(), dpi, dpi);
  unsigned char* data = bitmap.getDataPtr();
  for (int y = 0; ok && y < bitmap.getHeight(); ++y) {
    unsigned char* row = data + static_cast<ptrdiff_t>(y) * bitmap.getRowSize();
    ok = writer.writeRow(&row);
  }
  ok = writer.close() && ok;
  fclose(f);
  std::string out(buffer, size);
  free(buffer);
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
    reduce_greys(bitmap, config.page_grey_levels);
    Result<std::string> png = encode_png(bitmap, dpi);
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
