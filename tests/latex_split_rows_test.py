#!/usr/bin/env python3
"""latex.py's row broken into parts (a row taller than a page) prints as one row: the lines of
its tall cell are one line step apart where one part ends and the next begins, as the lines of
any cell are (no cell padding between the parts), on one page and over a page break; the render
made before the parts were joined shows the padding as a gap. fixtures/render-losses/README.md
says where each page was cut from.

    tests/latex_split_rows_test.py SOURCE_DIR
"""

import json
import re
from html import unescape
import subprocess
import sys
from pathlib import Path

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>')
PAGE = re.compile(r"<page .*?</page>", re.S)


def tall_cell_words(model):
    """The words of the longest cell of the cut's one body row."""
    table = model["blocks"][0]
    row = table["rows"][-1]
    cell = max(row, key=lambda c: len("".join(r.get("v", "") for r in c["inlines"])))
    return "".join(r.get("v", "") for r in cell["inlines"] if r["t"] != "fnref").split()


def line_steps(pdf, words):
    """Per page, the distances between the baselines of successive lines holding the cell's
    words, found in the order printed (a word hyphenated over a line is passed over)."""
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True).stdout
    printed = [(page, float(y), unescape(text)) for page, xml_page in enumerate(PAGE.findall(xml))
               for _x, y, text in WORD.findall(xml_page)]
    # The cell begins where its first three words are printed in a row.
    start = next((i for i in range(len(printed)) if [t for _, _, t in printed[i:i + 3]] == words[:3]), len(printed))
    baselines, k = {}, 0
    for page, y, text in printed[start:]:
        for skip in (0, 1):
            if k + skip < len(words) and text == words[k + skip]:
                k += skip + 1
                ys = baselines.setdefault(page, [])
                if not ys or abs(y - ys[-1]) > 0.5:
                    ys.append(y)
                break
    steps = [[round(b - a, 2) for a, b in zip(ys, ys[1:])] for _, ys in sorted(baselines.items())]
    return steps, k


def main(source):
    source = Path(source)
    sys.path.insert(0, str(source / "fixtures/generate"))
    import latex
    from shape import Options

    cases = source / "fixtures/render-losses"
    problems = []

    def expect(what, got, want):
        if got != want:
            problems.append(f"{what}: got {got!r}, want {want!r}")

    def case(name):
        model = json.loads((cases / name / "note.json").read_text(encoding="utf-8"))
        return model, line_steps(cases / name / "latex.pdf", tall_cell_words(model))

    # Seed 1979 p. 47: the row's three parts on one page; seed 1990 pp. 15-16 (another
    # template): five parts, the page breaking between two. Every line step in the cell equal.
    for name, pages in (("split-row-joined-latex-1979", 1), ("split-row-joined-latex-1990", 2)):
        model, (steps, found) = case(name)
        expect(f"{name}: pages", len(steps), pages)
        expect(f"{name}: the cell's words found in order", found, len(tall_cell_words(model)))
        flat = [s for page in steps for s in page]
        expect(f"{name}: line steps in the cell (none apart from the rest)",
               max(flat) - min(flat) < 0.1 if flat else None, True)

    # The same page rendered before: a gap of the padding where each part ends.
    _model, (steps, _found) = case("split-row-gapped-latex-1979")
    flat = steps[0]
    expect("split-row-gapped-latex-1979: steps longer than a line step", sum(s > min(flat) + 1 for s in flat), 2)

    # What latex.py writes for a broken row (the cut's row, broken whatever its height): the
    # full padding above the first part and below the last, none between parts, the full strut
    # again after the row.
    name = "split-row-joined-latex-1979"
    model = json.loads((cases / name / "note.json").read_text(encoding="utf-8"))
    o = json.loads((cases / name / "latex.options.json").read_text())
    opts = Options(o["font"], o["size"], o["margin"], o["page"], o["hyphenate"], o["keep_rows"], o.get("template"))
    latex.ROW_SHARE = 0
    writer = latex.LatexWriter(model, {}, opts)
    broken = latex.TableWriter(writer, model["blocks"][0], "grid").broken(model["blocks"][0]["header_rows"])
    parts = broken.count(r" \\")
    struts = [latex.ROW_STRUT.format(*pair) for pair in ((latex.FULL, latex.LINE), (latex.LINE, latex.LINE),
                                                          (latex.LINE, latex.FULL), (latex.FULL, latex.FULL))]
    expect("parts of the broken row", parts >= 2, True)
    expect("latex.py's struts around the parts", [broken.count(s) for s in struts], [1, parts - 2, 1, 1])

    for p in problems:
        print(p)
    print("FAIL" if problems else "PASS")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
