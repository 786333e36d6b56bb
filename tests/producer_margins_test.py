#!/usr/bin/env python3
"""Top and bottom margins other than the side margins (shape.py's margin_v, issue 15): drawn per
seed and producer from a stream of their own, written by every producer where its page is set
up, and printed so: pages cut from renders of seeds 2191-2199 (fixtures/margins/README.md) hold
their text within the side margins and the drawn top and bottom ones.

    tests/producer_margins_test.py SOURCE_DIR
"""

import json
import re
import sys
from pathlib import Path

from producer_checks import Problems, pages, use_producers

PT_PER_CM = 72 / 2.54
SLACK_PT = 1.0  # a word's box may start this far outside the text area (a glyph's side bearing)
# cm a line's box (pdftotext's: the font's ascent and descent) may lie from the top or bottom
# margin: LibreOffice's first line and last footnote line reach about 0.2 cm into the spacing of
# its header and footer, TeX's first line starts \topskip below the top, its last one's descent
# hangs below the foot. Each case's top and bottom margins are further than this from its sides'.
TOLERANCE_CM = 0.35


def main(source):
    source = Path(source)
    use_producers(source)
    import latex
    import styles
    import weasy
    from shape import PAGE_SIZES, VERTICAL_MARGINS, Options, options_for
    from template import Template

    problems = Problems()
    expect = problems.expect

    # Drawn: a margin of the list other than the sides', or none; passed on the command line
    # only when drawn; kept in <producer>.options.json and read back the same.
    drawn = [options_for(p, seed) for p in ("latex", "weasyprint", "libreoffice") for seed in range(1, 301)]
    expect("margin_v drawn from VERTICAL_MARGINS, never the sides'",
           all(o.margin_v is None or (o.margin_v in VERTICAL_MARGINS and o.margin_v != o.margin) for o in drawn), True)
    expect("some drawn, some not", 0 < sum(o.margin_v is not None for o in drawn) < len(drawn), True)
    expect("--margins-v-cm given when drawn", all(("--margins-v-cm" in o.args()) == (o.margin_v is not None)
                                                  for o in drawn), True)
    expect("options.json read back", all(Options(**json.loads(json.dumps(o.__dict__))) == o for o in drawn), True)

    # Written: sides 3 cm, top and bottom 2 cm.
    opts = Options("DejaVu Sans", 11, 3.0, "a4", True, False, None, 2.0)
    model = {"meta": {"title": "T", "publisher": "P"}, "blocks": [], "footnotes": []}
    expect("latex.py's geometry", "margin=3.0cm,top=2.0cm,bottom=2.0cm," in latex.LatexWriter(model, {}, opts).preamble(),
           True)
    expect("weasy.py's @page", f"margin: 2.0cm 3.0cm {weasy.bottom_margin_cm(2.0)}cm;" in weasy.base_style(opts), True)
    width, height = PAGE_SIZES["a4"]
    for template, top, bottom in [(Template(), "2.000cm", "1.000cm"),  # a footer in the bottom margin
                                  (Template(page_number_at="top"), "1.000cm", "2.000cm")]:  # a header in the top
        geo = styles.Geometry(width, height, 3.0, "DejaVu Sans", 11, template=template, margin_v=2.0)
        body = styles.page_layouts(geo).split("\n")[0]  # the body pages' layout; [:4]: the page's margins
        expect(f"fixtures/render's page layout, page number at the {template.page_number_at or 'bottom'}",
               re.findall(r'fo:margin-(top|bottom|left|right)="([\d.]+cm)"', body)[:4],
               [("top", top), ("bottom", bottom), ("left", "3.000cm"), ("right", "3.000cm")])

    # Printed: on every page cut, the body's words (not the page's label or running header)
    # start at the left margin, end before the right one, start at the top margin and end above
    # the bottom one.
    cases = source / "fixtures/margins"
    for case in sorted(p for p in cases.iterdir() if p.is_dir()):
        producer = next(p.stem for p in case.glob("*.pdf"))
        o = Options(**json.loads((case / f"{producer}.options.json").read_text()))
        expect(f"{case.name}: top and bottom margins other than the sides'",
               o.margin_v is not None and abs(o.margin_v - o.margin) > TOLERANCE_CM, True)
        template = o.looks()
        label_words = set(template.page_label("0", "0").split()) | {"Page", "of", "/"}
        title = set(json.loads((case / "note.json").read_text(encoding="utf-8"))["meta"]["title"].split())
        # The text area's foot: WeasyPrint's footer band is half a centimetre of the bottom margin.
        foot = o.vertical_margin - (0.5 if producer == "weasyprint" else 0.0)
        for number, (w, h, words) in enumerate(pages(case / f"{producer}.pdf"), 1):
            side, vertical = o.margin * PT_PER_CM, o.vertical_margin * PT_PER_CM
            body = [word for word in words if not (word[4] in label_words or word[4].isdigit() or word[4] in title)]
            expect(f"{case.name} p. {number}: left edge at the side margin",
                   round(min(x0 for x0, *_ in body) / PT_PER_CM, 1), o.margin)
            expect(f"{case.name} p. {number}: nothing past the right margin",
                   [t for _, _, x1, _, t in body if x1 > w - side + SLACK_PT], [])
            tolerance = TOLERANCE_CM * PT_PER_CM
            expect(f"{case.name} p. {number}: the first line at the top margin",
                   abs(min(y0 for _, y0, *_ in body) - vertical) < tolerance, True)
            expect(f"{case.name} p. {number}: nothing below the bottom margin",
                   [t for _, _, _, y1, t in body if y1 > h - foot * PT_PER_CM + tolerance], [])

    return problems.report()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
