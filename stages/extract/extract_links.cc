// Links, bookmarks and document information. These come from Poppler's core API (Catalog,
// Links/AnnotLink, Outline) because poppler-cpp exposes neither link annotations nor their
// destinations, and the notes' footnote marks, cross-references and URLs live there.
#include <poppler/Annot.h>
#include <poppler/Catalog.h>
#include <poppler/GfxState.h>
#include <poppler/Link.h>
#include <poppler/Outline.h>
#include <poppler/Page.h>

#include <algorithm>
#include <functional>

#include "pipeline/utf8.h"
#include "stages/extract/extract_parts.h"
#include "stages/extract/poppler_session.h"
#include "stages/extract/poppler_text.h"

namespace coi::extract {

namespace {

// The state Poppler displays page `number` with (media box, its rotation, 72 dpi, top-left
// origin), so annotation and destination coordinates land in the same space as the words.
std::unique_ptr<GfxState> display_state(PDFDoc& doc, int number) {
  ::Page* page = doc.getPage(number);
  if (!page) return nullptr;
  return std::make_unique<GfxState>(72.0, 72.0, page->getMediaBox(), page->getRotate(), true);
}

// Resolves a GoTo action's destination (explicit or named) into `area`.
void resolve_goto(PDFDoc& doc, const PageNumbers& pages, const NamedDestinations& named,
                  const LinkGoTo& go, LinkArea& area) {
  const LinkDest* dest = go.getDest();
  std::unique_ptr<LinkDest> found;
  if (!dest && go.getNamedDest()) {
    area.dest_name = go.getNamedDest()->toStr();
    if (const NamedDestinations::Target* target = named.find(area.dest_name)) {
      report_poppler_messages(target->errors);
      area.dest_page = target->page;
      area.dest_y = target->y;
      return;
    }
    found = doc.findDest(go.getNamedDest());
    dest = found.get();
  }
  place_destination(doc, pages, dest, area);
}

// Fills the target of `area` from a link action; false for actions we do not model.
bool read_action(PDFDoc& doc, const PageNumbers& pages, const NamedDestinations& named,
                 const LinkAction* action, LinkArea& area) {
  if (!action) return false;
  if (action->getKind() == actionURI) {
    area.uri = static_cast<const LinkURI*>(action)->getURI();
    return true;
  }
  if (action->getKind() == actionGoTo) {
    resolve_goto(doc, pages, named, *static_cast<const LinkGoTo*>(action), area);
    return true;
  }
  return false;
}

}  // namespace

void place_destination(PDFDoc& doc, const PageNumbers& pages, const LinkDest* dest,
                       LinkArea& area) {
  if (!dest || !dest->isOk()) return;
  const int page = dest->isPageRef() ? pages.find(dest->getPageRef()) : dest->getPageNum();
  if (page < 1 || page > doc.getNumPages()) return;
  area.dest_page = page;
  if (dest->getKind() == destXYZ || dest->getKind() == destFitH || dest->getKind() == destFitBH ||
      dest->getKind() == destFitR) {
    if (!dest->getChangeTop() && dest->getKind() == destXYZ) return;
    double x, y;
    if (const PageFrame* frame = pages.frame(page)) {
      frame->to_page(dest->getLeft(), dest->getTop(), &x, &y);
      area.dest_y = y;
    } else if (std::unique_ptr<GfxState> state = display_state(doc, page)) {
      state->transform(dest->getLeft(), dest->getTop(), &x, &y);
      area.dest_y = y;
    }
  }
}

PageNumbers::PageNumbers(PDFDoc& doc) : frames_(static_cast<size_t>(doc.getNumPages())) {
  Catalog* catalog = doc.getCatalog();
  // A linearized file's pages come from its hint tables, made on first use and not always as
  // the tree makes them (inherited attributes): those are left to display_state.
  const bool linearized = doc.isLinearized();
  for (int i = 1; i <= doc.getNumPages(); ++i) {
    const Ref* ref = catalog->getPageRef(i);
    if (!ref) continue;
    numbers_.try_emplace({ref->num, ref->gen}, i);
    // getPageRef walked the tree to page i, which made the page: getPage only hands it over,
    // reading nothing and saying nothing.
    if (linearized) continue;
    if (std::unique_ptr<GfxState> state = display_state(doc, i)) {
      std::copy_n(state->getCTM(), 6, frames_[static_cast<size_t>(i - 1)].emplace().ctm);
    }
  }
}

int PageNumbers::find(Ref ref) const {
  const auto it = numbers_.find({ref.num, ref.gen});
  return it == numbers_.end() ? 0 : it->second;
}

const PageFrame* PageNumbers::frame(int number) const {
  if (number < 1 || static_cast<size_t>(number) > frames_.size()) return nullptr;
  const std::optional<PageFrame>& frame = frames_[static_cast<size_t>(number - 1)];
  return frame ? &*frame : nullptr;
}

std::vector<LinkArea> page_links(PDFDoc& doc, const PageNumbers& pages,
                                 const NamedDestinations& named, int number) {
  std::vector<LinkArea> areas;
  ::Page* page = doc.getPage(number);
  std::unique_ptr<GfxState> state = display_state(doc, number);
  if (!page || !state) return areas;
  std::unique_ptr<Links> links = page->getLinks();
  for (const AnnotLink* link : links->getLinks()) {
    LinkArea area;
    if (!read_action(doc, pages, named, link->getAction(), area)) continue;
    double x1, y1, x2, y2, ax, ay, bx, by;
    link->getRect(&x1, &y1, &x2, &y2);
    state->transform(x1, y1, &ax, &ay);
    state->transform(x2, y2, &bx, &by);
    area.box = Box{std::min(ax, bx), std::min(ay, by), std::max(ax, bx), std::max(ay, by)};
    areas.push_back(std::move(area));
  }
  return areas;
}

std::vector<OutlineEntry> read_outline(PDFDoc& doc, const PageNumbers& pages,
                                       const NamedDestinations& named) {
  std::vector<OutlineEntry> entries;
  Outline* outline = doc.getOutline();
  if (!outline || !outline->getItems()) return entries;
  std::function<void(const std::vector<OutlineItem*>&, int)> walk =
      [&](const std::vector<OutlineItem*>& items, int level) {
        for (OutlineItem* item : items) {
          OutlineEntry entry;
          entry.level = level;
          for (int i = 0; i < item->getTitleLength(); ++i) {
            append_utf8(item->getTitle()[i], entry.title);
          }
          LinkArea target;
          if (item->getAction() && item->getAction()->getKind() == actionGoTo) {
            resolve_goto(doc, pages, named, *static_cast<const LinkGoTo*>(item->getAction()),
                         target);
          }
          entry.page = target.dest_page;
          entry.y = target.dest_y;
          entries.push_back(std::move(entry));
          item->open();
          if (item->hasKids() && item->getKids()) walk(*item->getKids(), level + 1);
        }
      };
  walk(*outline->getItems(), 1);
  return entries;
}

DocInfo read_info(PDFDoc& doc) {
  DocInfo info;
  info.title = text_string_utf8(doc.getDocInfoTitle().get());
  info.author = text_string_utf8(doc.getDocInfoAuthor().get());
  info.subject = text_string_utf8(doc.getDocInfoSubject().get());
  info.creator = text_string_utf8(doc.getDocInfoCreator().get());
  info.producer = text_string_utf8(doc.getDocInfoProducer().get());
  info.created = iso_date(doc.getDocInfoCreatDate().get());
  info.modified = iso_date(doc.getDocInfoModDate().get());
  info.page_count = doc.getNumPages();
  info.tagged = (doc.getCatalog()->getMarkInfo() & Catalog::markInfoMarked) != 0;
  return info;
}

void page_size(PDFDoc& doc, int number, double* width, double* height) {
  std::unique_ptr<GfxState> state = display_state(doc, number);
  *width = state ? state->getPageWidth() : 0;
  *height = state ? state->getPageHeight() : 0;
}

}  // namespace coi::extract
