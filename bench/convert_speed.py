#!/usr/bin/env python3
"""Speed and memory of `coi convert` against `pdftotext` on the same PDF, side by side.

    python3 bench/convert_speed.py [--runs 7] [--coi build/coi] [PDF]

Runs pdftotext and coi convert alternately (so both see the same machine load), reports each
one's median wall time, the ratio (the convert issue's budget is 1.5), and coi's peak RSS (budget
150 MB). Then checks that cost grows linearly: the note concatenated to 5x its length (qpdf) must
cost about 5x, reported as time per page for both lengths.
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def measure(argv):
    """Wall seconds and peak RSS (MB) of one run of argv (stdout/stderr discarded)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{argv[0]} failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024.0


def compare(pdf, coi, runs, outdir):
    text, conv, rss = [], [], []
    for _ in range(runs):
        text.append(measure(["pdftotext", pdf, os.path.join(outdir, "out.txt")])[0])
        seconds, peak = measure([coi, "convert", "-q", "-o", outdir, pdf])
        conv.append(seconds)
        rss.append(peak)
    return statistics.median(text), statistics.median(conv), max(rss)


def page_count(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(next(l.split()[-1] for l in out.splitlines() if l.startswith("Pages:")))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", default=os.path.join(ROOT, "fixtures/france-cin-v2.0/note.pdf"))
    parser.add_argument("--coi", default=os.path.join(ROOT, "build/coi"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as outdir:
        long_pdf = os.path.join(outdir, "note-x5.pdf")
        subprocess.run(["qpdf", "--empty", "--pages"] + [args.pdf] * 5 + ["--", long_pdf], check=True)
        for label, pdf in (("1x", args.pdf), ("5x", long_pdf)):
            pages = page_count(pdf)
            text, conv, rss = compare(pdf, args.coi, args.runs, outdir)
            print(f"{label}: {pages} pages, median of {args.runs}: pdftotext {text * 1000:.0f} ms, "
                  f"coi convert {conv * 1000:.0f} ms, ratio {conv / text:.2f}, "
                  f"coi {conv / pages * 1000:.2f} ms/page, peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
