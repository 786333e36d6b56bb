#!/usr/bin/env python3
"""A re-print whose pages are pictures with no text (fixtures/imaged-reprints/README.md) is told
by drivers.imaged(), scored only on coi's one-line "no text layer" refusal (exit code 3), and
not checked by the render check; a Ghostscript re-print that kept its text is not imaged.

    tests/imaged_reprints_test.py SOURCE_DIR COI WORK_DIR
"""

import shutil
import sys
from pathlib import Path


def main(source, coi, work):
    source, work = Path(source), Path(work)
    sys.path.insert(0, str(source / "fixtures/generate"))
    import drivers
    import fidelity
    import render_check

    problems = []

    def expect(what, got, want):
        if got != want:
            problems.append(f"{what}: got {got!r}, want {want!r}")

    for name in ("pages-as-pictures-1911", "pages-as-pictures-1919"):
        pdf = source / "fixtures/imaged-reprints" / name / "gs-weasyprint.pdf"
        expect(f"{name} imaged", drivers.imaged(pdf), True)
        # What the scorer could not tell before: too little text to call it unreadable.
        expect(f"{name} readable", drivers.readable(pdf), True)
        expect(f"{name} expected refusal", fidelity.expected_refusal(pdf), fidelity.NO_TEXT)
        expect(f"{name} render check", render_check.defects(pdf.parent, "gs-weasyprint"), [])
        out_dir = work / name
        shutil.rmtree(out_dir, ignore_errors=True)
        out_dir.mkdir(parents=True)
        score, pages, times = fidelity.score_pdf(coi, {}, pdf, out_dir, timing=True)
        expect(f"{name} pages", pages, 1)
        expect(f"{name} timed", times, None)
        expect(f"{name} refused in one line (right, of)", score.ratios.get("unreadable_refused"), (1, 1))
        expect(f"{name} failures", score.failures, [])

    kept = source / "fixtures/cut-glyph-names/pound-sign-unmapped-via-postscript/gs-libreoffice.pdf"
    expect("gs re-print with its text imaged", drivers.imaged(kept), False)
    expect("gs re-print with its text expected refusal", fidelity.expected_refusal(kept), None)

    for p in problems:
        print(p)
    print("FAIL" if problems else "PASS")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
