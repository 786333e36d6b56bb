#!/usr/bin/env python3
"""Speed and memory of `coi convert` against `pdftotext` on the same PDFs, side by side.

    python3 bench/convert_speed.py [--runs 7] [--coi build/coi] [--baseline OTHER_COI]
                                   [--instructions] [PDF...]

For each PDF (default: the untagged and tagged v2.0 fixtures) and for the first one concatenated
five times (made here with qpdf, never committed), runs pdftotext and coi convert alternately, so
that both see the same machine load, and prints a table row per program: the median wall time,
the median CPU time (user + sys of the process and its threads), the largest peak RSS, and the
wall and CPU ratios to pdftotext's (the issue's budget: wall at most 1.0, CPU at most 1.3, peak
memory under 150 MB on the 5x file). With --baseline, a second coi binary (e.g. main's build)
runs in the same rounds, so a before/after comparison sees the same load too.

Each row also splits the CPU time into user and sys and gives the minor page faults (the median
run's): on a virtual machine a first touch of a page costs far more than the work done in it, so
faults are where coi's CPU time outgrows its instruction count. With --instructions each program
also runs once under callgrind on each file (minutes under load): the instruction count, which no
load disturbs.

On a shared machine wall times move with the load; the CPU ratio moves far less, and callgrind's
instruction counts (bench/README.md) not at all.
"""
import re
import argparse
import os
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def measure(argv):
    """Wall seconds, CPU seconds (user + sys), peak RSS (MB), user and sys seconds and minor page
    faults of one run of argv (stdout/stderr discarded)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{argv[0]} failed with status {status}")
    return (elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, usage.ru_utime,
            usage.ru_stime, usage.ru_minflt)


def instructions(argv):
    """Instructions callgrind counts for one run of argv (all threads), or None without valgrind."""
    with tempfile.TemporaryDirectory() as scratch:
        try:
            run = subprocess.run(["valgrind", "--tool=callgrind",
                                  "--callgrind-out-file=" + os.path.join(scratch, "out")] + argv,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        except FileNotFoundError:
            return None
    found = re.search(r"Collected : (\d+)", run.stderr)
    return int(found.group(1)) if found else None


def page_count(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(next(l.split()[-1] for l in out.splitlines() if l.startswith("Pages:")))


def rounds(pdf, programs, runs, outdir):
    """For each (label, argv-maker) in programs: the list of (wall, cpu, rss) of `runs` runs, the
    programs taking turns within each round."""
    results = {label: [] for label, _ in programs}
    for _ in range(runs):
        for label, argv in programs:
            results[label].append(measure(argv(pdf, outdir)))
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", default=[
        os.path.join(ROOT, "fixtures/france-cin-v2.0/note.pdf"),
        os.path.join(ROOT, "fixtures/france-cin-v2.0/note-tagged.pdf")])
    parser.add_argument("--coi", default=os.path.join(ROOT, "build/coi"))
    parser.add_argument("--baseline", help="a second coi binary measured in the same rounds")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--instructions", action="store_true",
                        help="also count each program's instructions once under callgrind")
    args = parser.parse_args()
    programs = [("pdftotext", lambda pdf, out: ["pdftotext", pdf, os.path.join(out, "out.txt")])]
    if args.baseline:
        programs.append(("coi (baseline)",
                         lambda pdf, out: [args.baseline, "convert", "-q", "-o", out, pdf]))
    programs.append(("coi", lambda pdf, out: [args.coi, "convert", "-q", "-o", out, pdf]))
    print(f"median of {args.runs} paired runs; load average at start "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    print("| file | pages | program | wall ms | CPU ms | user ms | sys ms | minor faults "
          "| peak RSS MB | wall / pdftotext | CPU / pdftotext |"
          + (" instructions M | instructions / pdftotext |" if args.instructions else ""))
    print("|---|---|---|---|---|---|---|---|---|---|---|" + ("---|---|" if args.instructions
                                                          else ""))
    with tempfile.TemporaryDirectory() as outdir:
        long_pdf = os.path.join(outdir, "note-x5.pdf")
        subprocess.run(["qpdf", "--empty", "--pages"] + [args.pdfs[0]] * 5 + ["--", long_pdf],
                       check=True)
        for pdf in args.pdfs + [long_pdf]:
            results = rounds(pdf, programs, args.runs, outdir)
            median = {}
            for label, runs in results.items():
                by_cpu = sorted(runs, key=lambda r: r[1])
                typical = by_cpu[len(by_cpu) // 2]  # the median run's user/sys split and faults
                median[label] = (statistics.median(r[0] for r in runs),
                                 statistics.median(r[1] for r in runs), max(r[2] for r in runs),
                                 typical[3], typical[4], typical[5])
            counts = {label: instructions(argv(pdf, outdir)) for label, argv in programs
                      } if args.instructions else {}
            text_wall, text_cpu = median["pdftotext"][:2]
            name = os.path.relpath(pdf, ROOT) if pdf != long_pdf else "5 x " + os.path.basename(
                args.pdfs[0])
            for label, (wall, cpu, rss, user, sys, faults) in median.items():
                row = (f"| {name} | {page_count(pdf)} | {label} | {wall * 1000:.0f} | "
                       f"{cpu * 1000:.0f} | {user * 1000:.0f} | {sys * 1000:.0f} | {faults} | "
                       f"{rss:.0f} | {wall / text_wall:.2f} | {cpu / text_cpu:.2f} |")
                if args.instructions:
                    count, base = counts.get(label), counts.get("pdftotext")
                    row += (f" {count / 1e6:.0f} | {count / base:.2f} |" if count and base
                            else " - | - |")
                print(row, flush=True)


if __name__ == "__main__":
    main()
