#!/usr/bin/env python3
"""The fidelity harness's render check (fixtures/generate/render_check.py) on real renders:
WeasyPrint pages whose body text ran past the page foot are refused, naming the page; the same
note rendered with the workaround passes; a word of the model that the PDF lacks is named with
the page of its paragraph.

    tests/render_check_test.py SOURCE_DIR WORK_DIR

fixtures/weasy-overflow/README.md says where each PDF was cut from and what its pages show.
"""

import json
import shutil
import subprocess
import sys
from pathlib import Path


def main(source, work):
    source, work = Path(source), Path(work)
    sys.path.insert(0, str(source / "fixtures/generate"))
    import render_check
    from template import Template

    fixtures = source / "fixtures/weasy-overflow"
    problems = []

    def overflowing(name, margin_known=True):
        options = json.loads((fixtures / f"{name}.options.json").read_text())
        template = Template.from_json(json.dumps(options["template"]))
        margin = render_check.bottom_margin_cm(options["margin"]) * render_check.PT_PER_CM if margin_known else None
        # first=0: the cut has no cover; every page carries its footer.
        return [page for page, _words in render_check.text_in_footer(fixtures / f"{name}.pdf", template, margin, 0)]

    def expect(what, got, want):
        if got != want:
            problems.append(f"{what}: got {got!r}, want {want!r}")

    # Pages 5-8 of note-1818: the list ending page 5 (p. 1 here) runs down to the footer, page 8
    # (p. 4 here) prints its last lines over "Page 8 of 68"; pages 6 and 7 end where they should.
    expect("overflow-1818, bottom margin known", overflowing("overflow-1818"), [1, 4])
    # Without the margin only the text over the label is seen: page 5's stops just above it.
    expect("overflow-1818, footer label only", overflowing("overflow-1818", margin_known=False), [4])
    # The same pages rendered with the unseen rule under the footnote area: nothing runs over.
    expect("fixed-1818", overflowing("fixed-1818"), [])
    # Pages 15-16 of note-1810, numbered at the top: page 16 (p. 2 here) runs into the bottom
    # margin, which only the margin shows (there is no footer there to run into).
    expect("overflow-1810, bottom margin known", overflowing("overflow-1810"), [2])
    expect("overflow-1810, footer label only", overflowing("overflow-1810", margin_known=False), [])

    # The refusal as the render step prints it: note, producer, page, what.
    note = work / "note-overflow"
    shutil.rmtree(note, ignore_errors=True)
    note.mkdir(parents=True)
    shutil.copyfile(fixtures / "overflow-1818.pdf", note / "weasyprint.pdf")
    shutil.copyfile(fixtures / "overflow-1818.options.json", note / "weasyprint.options.json")
    (note / "note.json").write_text('{"blocks": []}')
    lines = render_check.defects(note, "weasyprint")
    expect("refusal lines (page 1 is taken for the cover)",
           [line.split(":")[0] + ":" + line.split(":")[1] for line in lines],
           ["note-overflow weasyprint p. 4: body text runs into the footer"])
    try:
        render_check.check(note, "weasyprint")
        problems.append("check() did not raise on overflow-1818")
    except render_check.RenderDefect as defect:
        expect("check() message", str(defect).splitlines(), ["refused render:"] + lines)

    # A whole committed render passes; with a word put at the head of a paragraph of its model,
    # that word is named, with the page the paragraph is printed on.
    sample = source / "fixtures/generated/note-1001"
    expect("note-1001 weasyprint", render_check.defects(sample, "weasyprint"), [])
    changed = work / "note-1001"
    shutil.rmtree(changed, ignore_errors=True)
    changed.mkdir(parents=True)
    for name in ("weasyprint.pdf", "weasyprint.options.json"):
        shutil.copyfile(sample / name, changed / name)
    model = json.loads((sample / "note.json").read_text(encoding="utf-8"))
    paragraph = next(b for b in model["blocks"] if b["type"] == "paragraph" and b.get("number"))
    opening = " ".join(paragraph["inlines"][0]["v"].split()[:6])
    paragraph["inlines"][0]["v"] = "Zebrafinch " + paragraph["inlines"][0]["v"]
    (changed / "note.json").write_text(json.dumps(model), encoding="utf-8")
    pages = subprocess.run(["pdftotext", "-raw", str(sample / "weasyprint.pdf"), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")
    page = next(i for i, text in enumerate(pages, 1) if opening in " ".join(text.split()))
    expect("note-1001 with a word the PDF lacks", render_check.defects(changed, "weasyprint"),
           [f"note-1001 weasyprint p. {page}: model text missing from the PDF: zebrafinch"])

    for problem in problems:
        print("FAILED:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
