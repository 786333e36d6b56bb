#!/usr/bin/env python3
"""Speed and memory of `coi convert` against `pdftotext` on the same PDF, side by side.

    python3 bench/convert_speed.py [--runs 7] [--coi build/coi] [PDF]

Runs pdftotext and coi convert alternately (so both see the same machine load), reports each
one's median wall time, the ratio (the convert issue's budget is 1.5), the median CPU time
(user + sys, which a shared machine disturbs far less than wall time) and its ratio, and coi's
peak RSS (budget 150 MB). Then checks that cost grows linearly: the note concatenated to 5x its length (qpdf) must
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
    """Wall seconds, CPU seconds (user + sys) and peak RSS (MB) of one run of argv (stdout/stderr
    discarded)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{argv[0]} failed with status {status}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def compare(pdf, coi, runs, outdir):
    """Medians of (wall, CPU) for pdftotext and for coi convert, and coi's largest peak RSS."""
    text, conv, rss = [], [], []
    for _ in range(runs):
        text.append(measure(["pdftotext", pdf, os.path.join(outdir, "out.txt")])[:2])
        *times, peak = measure([coi, "convert", "-q", "-o", outdir, pdf])
        conv.append(times)
        rss.append(peak)
    medians = lambda runs: tuple(statistics.median(r[i] for r in runs) for i in range(2))
    return medians(text), medians(conv), max(rss)


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
            (text, text_cpu), (conv, conv_cpu), rss = compare(pdf, args.coi, args.runs, outdir)
            print(f"{label}: {pages} pages, median of {args.runs}: "
                  f"wall pdftotext {text * 1000:.0f} ms, coi convert {conv * 1000:.0f} ms, "
                  f"ratio {conv / text:.2f}; "
                  f"CPU pdftotext {text_cpu * 1000:.0f} ms, coi convert {conv_cpu * 1000:.0f} ms, "
                  f"ratio {conv_cpu / text_cpu:.2f}; "
                  f"coi {conv / pages * 1000:.2f} ms/page, peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
