#!/usr/bin/env python3
"""What `coi convert` pays once a run beyond pdftotext, and what its second page worker costs.

    python3 bench/fixed_costs.py [--rounds 31] [--coi build/coi] [--instructions] PDF...

Issue 15 budgets every note's CPU time at 1.5 times pdftotext's, and most notes are short
(15-30 pages, pdftotext 20-40 ms), so what coi pays once weighs most there. For each PDF this
splits coi's CPU time beyond pdftotext's into three parts, each the difference of two programs
timed in the same paired rounds (each program once a round, the order reversed every other
round, so both see the same load; medians of user + sys from wait4):

  start-up      `coi --version` against `pdftotext -v`: the dynamic loader, the libraries'
                constructors and the CLI, before any PDF is read;
  set-up        one page of the PDF alone (cut with qpdf into a scratch directory, never
                committed: the first that coi converts, as a cover or contents page alone is
                refused as not a note), coi against pdftotext, less the start-up: the
                configuration, the patterns a convert compiles, Poppler's GlobalParams, opening
                the PDF, writing the output; one page has one page worker, so no thread reads
                pages;
  second worker the PDF with the shipped policy (`[extract] workers = 0`: one per core) against
                the same binary with `workers = 1` (a --config in the scratch directory): the
                second copy's opening, page-tree walk and object streams, its thread and heap;
  the rest      what is left of coi's excess on the whole PDF: it grows with the pages.

The outputs are the same with one worker or two (page_workers.h), so the split changes nothing
but time. With --instructions each program also runs once under callgrind (all threads).
Wall times are printed beside, but on a loaded machine only the CPU times mean anything.
"""
import argparse
import os
import statistics
import subprocess
import tempfile

from convert_speed import instructions, measure  # one way of timing a run for every bench script

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def one_page(pdf, convert, scratch):
    """The first of the PDF's first ten pages that coi converts alone, as a PDF of its own."""
    page = os.path.join(scratch, "one-page.pdf")
    for number in range(1, 11):
        subprocess.run(["qpdf", pdf, "--pages", ".", str(number), "--", page], check=True)
        if subprocess.run(convert + [page], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode == 0:
            return page, number
    raise SystemExit(f"{pdf}: coi converts none of its first ten pages alone")


def paired(programs, rounds):
    """Median (wall, CPU, faults) of each program of {label: argv}, over paired rounds."""
    runs = {label: [] for label in programs}
    for i in range(rounds):
        order = list(programs) if i % 2 == 0 else list(reversed(programs))
        for label in order:
            wall, cpu, _, _, _, faults = measure(programs[label])
            runs[label].append((wall, cpu, faults))
    return {label: tuple(statistics.median(r[k] for r in rs) for k in range(3))
            for label, rs in runs.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="+")
    parser.add_argument("--coi", default=os.path.join(ROOT, "build/coi"))
    parser.add_argument("--rounds", type=int, default=31)
    parser.add_argument("--instructions", action="store_true")
    args = parser.parse_args()
    print(f"medians of {args.rounds} paired rounds; load average at start "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    print("| PDF | program | CPU ms | wall ms | minor faults |"
          + (" instructions M |" if args.instructions else ""))
    print("|---|---|---|---|---|" + ("---|" if args.instructions else ""))
    parts = []
    with tempfile.TemporaryDirectory() as scratch:
        one_worker = os.path.join(scratch, "one-worker.toml")
        with open(one_worker, "w") as f:
            f.write("[extract]\nworkers = 1\n")
        text, out = os.path.join(scratch, "out.txt"), os.path.join(scratch, "out")
        convert = [args.coi, "convert", "-q", "--format", "json", "-o", out]
        for pdf in args.pdfs:
            page, number = one_page(pdf, convert, scratch)
            programs = {
                "pdftotext -v": ["pdftotext", "-v"],
                "coi --version": [args.coi, "--version"],
                f"pdftotext, page {number}": ["pdftotext", page, text],
                f"coi, page {number}": convert + [page],
                "pdftotext": ["pdftotext", pdf, text],
                "coi": convert + [pdf],
                "coi, workers = 1": convert + ["--config", one_worker, pdf],
            }
            median = paired(programs, args.rounds)
            name = os.path.relpath(pdf, ROOT) if pdf.startswith(ROOT) else pdf
            for label, (wall, cpu, faults) in median.items():
                row = f"| {name} | {label} | {cpu * 1000:.1f} | {wall * 1000:.0f} | {faults:.0f} |"
                if args.instructions:
                    count = instructions(programs[label])
                    row += f" {count / 1e6:.1f} |" if count else " - |"
                print(row, flush=True)
            cpu = {label: m[1] * 1000 for label, m in median.items()}
            start_up = cpu["coi --version"] - cpu["pdftotext -v"]
            set_up = cpu[f"coi, page {number}"] - cpu[f"pdftotext, page {number}"] - start_up
            second = cpu["coi"] - cpu["coi, workers = 1"]
            rest = cpu["coi"] - cpu["pdftotext"] - start_up - set_up - second
            parts.append((name, cpu["pdftotext"], cpu["coi"], start_up, set_up, second, rest))
    print("\ncoi's CPU beyond pdftotext's, ms (share of pdftotext's CPU on the PDF):\n")
    print("| PDF | pdftotext | coi | start-up | set-up | second worker | the rest |")
    print("|---|---|---|---|---|---|---|")
    for name, text_cpu, coi_cpu, *excess in parts:
        cells = " | ".join(f"{ms:+.1f} ({ms / text_cpu:+.2f})" for ms in excess)
        print(f"| {name} | {text_cpu:.1f} | {coi_cpu:.1f} ({coi_cpu / text_cpu:.2f}) | {cells} |")


if __name__ == "__main__":
    main()
