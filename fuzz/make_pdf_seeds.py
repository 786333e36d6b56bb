#!/usr/bin/env python3
"""Writes the saved inputs of the `pdf` fuzz harness: tests/data/fuzz/pdf/small-note.pdf.

Run from anywhere: `python3 fuzz/make_pdf_seeds.py`; the output is committed. The seed is a
two-page note of a few KB in Helvetica (nothing embedded), so that libFuzzer's mutations and the
replay in tests/fuzz_harnesses_test.cc reach Poppler and every stage: a heading, numbered
paragraphs, a footnote mark and its page-bottom note, a link, a ruled table, page footers and a
"Sources cited" list. Random bytes never get past the "%PDF-" header check; a real note does.
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "data", "fuzz", "pdf", "small-note.pdf")
URL = "https://example.org/asylum-report"


def bad_fixture_writer():
    """fixtures/bad/make.py's minimal PDF writer (pdf, stream), not a second copy of it."""
    spec = importlib.util.spec_from_file_location(
        "make_bad", os.path.join(HERE, "..", "fixtures", "bad", "make.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def text(x, y, size, words, font="F1"):
    return b"BT /%s %d Tf %d %d Td (%s) Tj ET\n" % (font.encode(), size, x, y, words.encode())


def page_one():
    c = text(72, 770, 18, "France: Asylum seekers", "F2")
    c += text(72, 748, 12, "Version 1.0, March 2026")
    c += text(72, 710, 14, "1. Introduction", "F2")
    c += text(72, 684, 12, "1.1.1")
    c += text(122, 684, 12, "This note covers the treatment of asylum seekers in France.")
    c += text(452, 689, 7, "1")
    c += text(72, 660, 12, "1.1.2")
    c += text(122, 660, 12, "Claims rose in 2024, as the table below shows.")
    c += text(72, 630, 14, "2. Claims", "F2")
    c += text(72, 604, 12, "2.1.1")
    c += text(122, 604, 12, "The agency registered these claims:")
    # A 2 x 3 table ruled on every side.
    c += b"0.5 w 122 590 m 422 590 l S 122 570 m 422 570 l S 122 550 m 422 550 l S\n"
    c += b"122 590 m 122 550 l S 272 590 m 272 550 l S 422 590 m 422 550 l S\n"
    c += text(128, 576, 12, "Year") + text(278, 576, 12, "Claims")
    c += text(128, 556, 12, "2024") + text(278, 556, 12, "153,715")
    c += b"0.5 w 72 120 m 216 120 l S\n"  # the footnote separator
    c += text(72, 106, 10, "1 Example Agency, Annual report, 1 March 2024, " + URL)
    c += text(280, 40, 10, "Page 1 of 2")
    return c


def page_two():
    c = text(72, 770, 14, "Bibliography", "F2")
    c += text(72, 740, 13, "Sources cited", "F2")
    c += text(72, 712, 12, "Example Agency, Annual report, 1 March 2024, " + URL)
    c += text(72, 680, 12, "Another Agency, Country brief, 2 May 2025")
    c += text(280, 40, 10, "Page 2 of 2")
    return c


def main():
    w = bad_fixture_writer()
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R%s >>")
    # The URL in the footnote and in the source list is a link annotation over its text.
    link = (b"<< /Type /Annot /Subtype /Link /Rect [%s] /Border [0 0 0] "
            b"/A << /S /URI /URI (%s) >> >>")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [5 0 R 6 0 R] /Count 2 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
        page % (7, b" /Annots [9 0 R]"),
        page % (8, b" /Annots [10 0 R]"),
        w.stream(page_one()),
        w.stream(page_two()),
        link % (b"292 102 444 116", URL.encode()),
        link % (b"326 708 508 722", URL.encode()),
    ]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(w.pdf(objects))


if __name__ == "__main__":
    main()
