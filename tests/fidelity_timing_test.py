#!/usr/bin/env python3
"""The scorer's timing report (fixtures/generate/fidelity.py): scores one committed generated
note by every producer with timing on, and checks timing.txt and the summary against each other
and against the PDFs, on the scorer's real output.

    tests/fidelity_timing_test.py COI SOURCE_DIR WORK_DIR
"""

import re
import subprocess
import sys
from pathlib import Path

BUDGET = 1.5  # fidelity.py's TIME_BUDGET, which the summary's "over" line names
HEADER = ["producer", "note", "pages", "coi_cpu_ms", "pdftotext_cpu_ms", "cpu_ratio",
          "coi_wall_ms", "pdftotext_wall_ms"]


def pages(pdf):
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def main(coi, source, work):
    note = Path(source) / "fixtures/generated/note-1001"
    work = Path(work)
    subprocess.run([str(Path(source) / "scripts/fidelity"), "--score", str(note), "--coi", coi,
                    "--work", str(work)], check=True, capture_output=True)
    problems = []
    lines = (work / "timing.txt").read_text(encoding="utf-8").splitlines()
    if lines[0].split("\t") != HEADER:
        problems.append(f"header {lines[0]!r}")
    rows = [line.split("\t") for line in lines[1:]]
    producers = sorted(pdf.stem for pdf in note.glob("*.pdf"))
    if sorted(row[0] for row in rows) != producers:
        problems.append(f"rows for {sorted(row[0] for row in rows)}, want one for each of {producers}")
    ratios = [float(row[5]) for row in rows]
    if ratios != sorted(ratios, reverse=True):
        problems.append(f"not dearest first: {ratios}")
    summary = (work / "summary.txt").read_text(encoding="utf-8")
    for producer, name, count, coi_cpu, text_cpu, ratio, coi_wall, text_wall in rows:
        if name != note.name or int(count) != pages(note / f"{producer}.pdf"):
            problems.append(f"{producer}: note {name}, {count} pages")
        if abs(float(coi_cpu) / float(text_cpu) - float(ratio)) > 0.01 * float(ratio):
            problems.append(f"{producer}: ratio {ratio} is not {coi_cpu} / {text_cpu}")
        if min(float(coi_cpu), float(text_cpu), float(coi_wall), float(text_wall)) <= 0:
            problems.append(f"{producer}: a time not above zero")
        # The over line's names end with its line (re.S lets the section's lines before it match).
        over = re.search(rf"^{producer}: .*?^  over {BUDGET}x \((\d+)\): ([^\n]*)$", summary,
                         re.M | re.S)
        if not over:
            problems.append(f"{producer}: no 'over {BUDGET}x' line in the summary")
        elif abs(float(ratio) - BUDGET) > 0.001 and (float(ratio) > BUDGET) != (f"{name} " in over.group(2)):
            problems.append(f"{producer}: ratio {ratio}, summary says {over.group(0).splitlines()[-1]!r}")
    if "timing per note: " not in summary:
        problems.append("the summary does not name timing.txt")
    for problem in problems:
        print("FAILED:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
