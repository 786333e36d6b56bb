#!/usr/bin/env python3
"""Quotations set as a template sets them (template.py's quote_indent and quote_italic, issue 15):
drawn per seed and producer after every other field of the template (so that those stay as they
were drawn), written by every producer,
and printed so: on a page cut from a render of seeds 2191-2199 by each producer
(fixtures/quotations/README.md), the quotation's lines start at the side margin plus the body
text's indent plus the drawn indent, and end before the right margin less that indent.

    tests/producer_quotations_test.py SOURCE_DIR
"""

import json
import random
import sys
from pathlib import Path

from producer_checks import Problems, pages, use_producers

PT_PER_CM = 72 / 2.54
SLACK_CM = 0.05  # a glyph's side bearing


def main(source):
    source = Path(source)
    use_producers(source)
    import latex
    import styles
    import weasy
    from shape import PAGE_SIZES, Options
    from template import Template, draw

    problems = Problems()
    expect = problems.expect

    # Drawn for every template: an indent of Word's and house styles', italics or not.
    drawn = [draw(random.Random(seed), 11, producer) for seed in range(200) for producer in ("latex", "weasyprint")]
    expect("quote_indent drawn", {t.quote_indent for t in drawn}, {0.63, 1.0, 1.27, 2.0})
    expect("quote_italic drawn", {t.quote_italic for t in drawn}, {False, True})

    # Written: a 1.27 cm indent each side, italics.
    template = {"quote_indent": 1.27, "quote_italic": True, "numbering": "hang", "hang": 1.5}
    opts = Options("DejaVu Sans", 11, 2.5, "a4", True, False, template)
    quote = {"type": "quote", "inlines": [{"t": "text", "v": "Q"}]}
    model = {"meta": {"title": "T", "publisher": "P"}, "blocks": [quote], "footnotes": []}
    expect("latex.py", latex.LatexWriter(model, {}, opts).block_quote(quote),
           "{\\itshape\\leftskip=2.77cm\\rightskip=1.27cm\\noindent Q\\par}\n")
    css = weasy.template_style(opts.looks(), "T")
    expect("weasy.py", ("blockquote { margin-left: 2.77cm; margin-right: 1.27cm; }" in css,
                        "blockquote { font-style: italic; }" in css), (True, True))
    width, height = PAGE_SIZES["a4"]
    geo = styles.Geometry(width, height, 2.5, "DejaVu Sans", 11, template=Template.from_json(json.dumps(template)))
    named = styles.named_styles(geo)
    quotations = named[named.index('style:name="Quotations"'):].split("</style:style>")[0]
    expect("fixtures/render's Quotations style",
           ('fo:margin-left="2.770cm" fo:margin-right="1.270cm"' in quotations, 'fo:font-style="italic"' in quotations),
           (True, True))

    # Printed: the lines of the cut's quotation (its words in order, from its first three).
    cases = source / "fixtures/quotations"
    for case in sorted(p for p in cases.iterdir() if p.is_dir()):
        producer = next(p.stem for p in case.glob("*.pdf"))
        o = Options(**json.loads((case / f"{producer}.options.json").read_text()))
        t = o.looks()
        cut = json.loads((case / "note.json").read_text(encoding="utf-8"))
        quote = next(b for b in cut["blocks"] if b["type"] == "quote")
        text = "".join(r.get("v", "") for r in quote["inlines"]).split()
        text_indent = 0.0 if t.numbering == "inline" else (t.hang or 1.75)
        left = o.margin + text_indent + t.quote_indent
        for w, _h, boxes in pages(case / f"{producer}.pdf"):
            words = [(x0, x1, word) for x0, _y0, x1, _y1, word in boxes]
            printed = [word for _, _, word in words]
            start = next((i for i in range(len(printed)) if printed[i:i + 3] == text[:3]), None)
            if start is None:
                continue
            lines = words[start:start + len(text)]
            expect(f"{case.name}: the quotation's left edge, cm", round(min(x0 for x0, _, _ in lines) / PT_PER_CM, 1),
                   round(left, 1))
            right = (w / PT_PER_CM) - o.margin - t.quote_indent
            expect(f"{case.name}: nothing past the quotation's right edge",
                   [word for _, x1, word in lines if x1 / PT_PER_CM > right + SLACK_CM], [])
            break
        else:
            problems.append(f"{case.name}: the quotation not found")

    return problems.report()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
