"""What the Python tests of the producers share (margins, quotations): the producers' modules on
the import path, the printed words of a PDF's pages with their boxes as `pdftotext -bbox` reads
them, and the problems a test collects before it reports them all."""

import re
import subprocess
import sys
from html import unescape

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)


def use_producers(source):
    """Puts the generator's and the LibreOffice renderer's modules of the checkout `source` (a
    Path) on the import path."""
    sys.path.insert(0, str(source / "fixtures/generate"))
    sys.path.insert(0, str(source / "fixtures/render"))


def pages(pdf):
    """(width, height, [(x0, y0, x1, y1, text)]) per page, pt, y downwards, words in drawing order."""
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [(float(w), float(h), [(*map(float, m[:4]), unescape(m[4])) for m in WORD.findall(body)])
            for w, h, body in PAGE.findall(xml)]


class Problems(list):
    """Every failed check of a run, so that one run reports them all."""

    def expect(self, what, got, want):
        if got != want:
            self.append(f"{what}: got {got!r}, want {want!r}")

    def report(self):
        """Prints each problem; the test's exit code."""
        for problem in self:
            print("FAILED:", problem)
        return 1 if self else 0
