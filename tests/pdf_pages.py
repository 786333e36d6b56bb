"""The printed words of a PDF's pages with their boxes, as `pdftotext -bbox` reads them: shared by
the Python tests that check where a producer printed something (margins, quotations)."""

import re
import subprocess
from html import unescape

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)


def pages(pdf):
    """(width, height, [(x0, y0, x1, y1, text)]) per page, pt, y downwards, words in drawing order."""
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [(float(w), float(h), [(*map(float, m[:4]), unescape(m[4])) for m in WORD.findall(body)])
            for w, h, body in PAGE.findall(xml)]
