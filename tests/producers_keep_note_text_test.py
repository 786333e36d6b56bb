#!/usr/bin/env python3
"""The producers write what keeps a note's text and call on the page (issue 15): weasy.py runs
WeasyPrint with its 62.3 fix for notes deferred to the next page and holds a call with the
character before it out of table cells; render.py lets a row kept whole that is too tall for a
page break. The renders these make are checked in render_check_losses_test.py (the -fixed cases
of fixtures/render-losses); here, what the producers write, from the cases' models.

    tests/producers_keep_note_text_test.py SOURCE_DIR
"""

import json
import re
import subprocess
import sys
from pathlib import Path


def main(source):
    source = Path(source)
    sys.path.insert(0, str(source / "fixtures/generate"))
    sys.path.insert(0, str(source / "fixtures/render"))
    import styles
    import tables
    import weasy
    import weasyprint_fixed
    from shape import PAGE_SIZES, Options
    from template import Template

    cases = source / "fixtures/render-losses"
    problems = []

    def expect(what, got, want):
        if got != want:
            problems.append(f"{what}: got {got!r}, want {want!r}")

    # The fix applies to WeasyPrint before 62.3 (Kozea/WeasyPrint 4c816633), not to later ones.
    expect("needs_fix", [weasyprint_fixed.needs_fix(v) for v in ("57.2", "62.2", "62.3", "63.0", "65.1")],
           [True, True, False, False, False])

    # An area left empty takes its margin, border and padding (here 10 + 0.5 + 4 pt) off the foot,
    # which the next call adds back: laying out a note, deferring it and laying out the next
    # leaves the foot where one note's area puts it, not 14.5 pt lower (57.2's method, modelled).
    class Area:
        def __init__(self):
            self.children, self.height = [], "auto"

        def margin_height(self):
            return self.height + 14.5

    class Context:  # LayoutContext._update_footnote_area of 57.2, its notes 12 pt each
        def __init__(self):
            self.current_footnote_area, self.in_column, self.page_bottom = Area(), False, 700.0
            self.current_page_footnotes = []

        def _update_footnote_area(self):
            area = self.current_footnote_area
            if area.height != "auto" and not self.in_column:
                self.page_bottom += area.margin_height()
            area.children = self.current_page_footnotes
            area.height = 12.0 * len(area.children) if area.children else 0
            if area.children:
                self.page_bottom -= area.margin_height()
            return False

    def foot_after(context):
        context.current_page_footnotes = ["a"]
        context._update_footnote_area()  # a note laid out
        context.current_page_footnotes = []
        context._update_footnote_area()  # deferred to the next page
        context.current_page_footnotes = ["b"]
        context._update_footnote_area()  # the next note laid out
        return context.page_bottom

    expect("57.2's foot after a deferred note", foot_after(Context()), 700.0 - 26.5 + 14.5)
    weasyprint_fixed.fix_deferred_notes(Context)
    expect("fixed foot after a deferred note", foot_after(Context()), 700.0 - 26.5)

    # weasy.py holds the call of note 373 with the full stop before it ("(2015–2022).", where
    # WeasyPrint broke the line), and every call after a punctuation mark out of table cells.
    model = json.loads((cases / "call-carried-weasyprint" / "note.json").read_text(encoding="utf-8"))
    options = json.loads((cases / "call-carried-weasyprint" / "weasyprint.options.json").read_text())
    writer = weasy.HtmlWriter(model, {}, Options(**options))
    html = "".join(writer.block(b) for b in model["blocks"])
    expect("call 373 held with its full stop", '2022)<span class="held">.<span class="fn" id="fn373">' in html, True)
    runs = model["blocks"][0]["inlines"]
    calls_after_marks = sum(1 for before, r in zip(runs, runs[1:])
                            if r["t"] == "fnref" and before["t"] == "text" and weasy.breaks_before_call(before["v"]))
    expect("calls held", html.count('<span class="held">'), calls_after_marks + sum(
        1 for item in model["blocks"][1]["items"] for before, r in zip(item["inlines"], item["inlines"][1:])
        if r["t"] == "fnref" and before["t"] == "text" and weasy.breaks_before_call(before["v"])))
    cell_model = json.loads((cases / "call-dropped-libreoffice" / "note.json").read_text(encoding="utf-8"))
    table_html = weasy.HtmlWriter(cell_model, {}, Options(**options)).block(cell_model["blocks"][0])
    expect("no call held in a table cell", ('class="fn"' in table_html, 'class="held"' in table_html), (True, False))
    expect("breaks_before_call", [weasy.breaks_before_call(t) for t in ("2022).", "(2019–", "word", "2019", "a ", "")],
           [True, True, False, False, False, False])

    # render.py lets row 26 of seed 2023's table t16 (the cell that lost its last line, about
    # 1,400 characters) break though rows are kept whole, and keeps the header row and row 25
    # whole; the columns as wide as printed (where the header's words start on the cut's p. 2:
    # render.py sized them from all 73 rows, the cut's model has three).
    options = json.loads((cases / "call-dropped-libreoffice" / "libreoffice.options.json").read_text())
    width, height = PAGE_SIZES[options["page"]]
    geo = styles.Geometry(width, height, options["margin"], options["font"], options["size"], options["hyphenate"],
                          options["keep_rows"], template=Template.from_json(json.dumps(options["template"])))
    renderer = tables.TableRenderer(None, geo)
    table = cell_model["blocks"][0]
    placed = tables.layout(table["rows"])[0]
    bbox = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-bbox", str(cases / "call-dropped-libreoffice" /
                           "libreoffice.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    starts = [float(re.search(rf'xMin="([\d.]+)"[^>]*>{word}<', bbox).group(1)) / tables.PT_PER_CM
              for word in ("Organisation", "Type", "Description")]
    renderer.widths = [b - a for a, b in zip(starts, starts[1:])] + [geo.text_width - (starts[-1] - starts[0])]
    expect("rows that may break", [renderer.tall_row(line) for line in placed], [False] * (len(placed) - 1) + [True])
    styles_xml = tables.common_styles(geo)
    expect("row style that breaks", re.findall(r'name="(TableRow\w*)".*?keep-together="(\w+)"', styles_xml),
           [("TableRow", "always"), ("TableRowBreaks", "auto")])

    # render.py never keeps a header row whole (LibreOffice printed none of seed 1916's table t12
    # body rows below a kept header row left alone at a page's foot); its short body rows stay
    # kept whole.
    lost_model = json.loads((cases / "body-lost-libreoffice" / "note.json").read_text(encoding="utf-8"))
    options = json.loads((cases / "body-lost-libreoffice" / "libreoffice.options.json").read_text())
    width, height = PAGE_SIZES[options["page"]]
    geo = styles.Geometry(width, height, options["margin"], options["font"], options["size"], options["hyphenate"],
                          options["keep_rows"], template=Template.from_json(json.dumps(options["template"])))

    class NoText:
        def render(self, runs):
            return ""
    table = lost_model["blocks"][0]
    _, xml = tables.TableRenderer(NoText(), geo).render(table)
    expect("row styles of a table kept whole", re.findall(r'<table:table-row table:style-name="(\w+)"', xml),
           ["TableRowBreaks"] * table["header_rows"] + ["TableRow"] * (len(table["rows"]) - table["header_rows"]))
    # With no header rows, its first row is not kept whole: LibreOffice lost the body below it too.
    _, xml = tables.TableRenderer(NoText(), geo).render(dict(table, header_rows=0))
    expect("row styles of a table with no header kept whole",
           re.findall(r'<table:table-row table:style-name="(\w+)"', xml), ["TableRowBreaks"] + ["TableRow"] * (len(table["rows"]) - 1))

    # latex.py keeps the rows a merged cell spans on one page: each ends "\\\\*" but its last,
    # the \\cline under it held to the next row (held17 seed 2107: a label centred over rows
    # cut by a page break was set past the page's foot).
    import latex
    merged = json.loads((cases / "merged-label-latex" / "note.json").read_text(encoding="utf-8"))
    options = json.loads((cases / "merged-label-latex" / "latex.options.json").read_text())
    table = merged["blocks"][0]
    writer = latex.LatexWriter(merged, {}, Options(**options))
    tex = latex.TableWriter(writer, table, "grid").render()
    rows = len(table["rows"])
    held = sum(min(c.get("rowspan", 1), rows - r) - 1 for r, row in enumerate(table["rows"]) for c in row)
    expect("rows held with the next", tex.count("\\\\*"), held)
    expect("clines held with the next", tex.count("\\noalign{\\penalty10000}"), held)
    expect("booktabs rows held with the next", latex.TableWriter(writer, table, "rules").render().count("\\\\*"), held)

    for problem in problems:
        print("FAILED:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
