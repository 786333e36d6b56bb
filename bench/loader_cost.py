#!/usr/bin/env python3
"""What the libraries coi loads beyond pdftotext's cost at every start (issues 18 and 15).

    python3 bench/loader_cost.py [--coi build/coi] [--rounds 41] [--instructions]

coi loads about twice pdftotext's libraries (Poppler's tree), and the dynamic loader maps and
relocates each at every start: on a short note that is a fixed part of coi's CPU time that no
stage can cut. This measures which libraries it is, group by group, without touching coi:

1. The libraries coi loads that pdftotext does not (`ldd` of both) are grouped by the library
   that brings them: each one coi or one of those libraries names (DT_NEEDED) and no other of
   them brings; libcurl's own dependencies (TLS, SSH, LDAP, Kerberos, HTTP/2, IDN) are split the
   same way.
2. For each group, a program that does nothing (`int main(void) { return 0; }`) is linked, in a
   temporary directory, against pdftotext's libpoppler and the group's library (which brings its
   own dependencies), and so for every other libcurl flavour installed (of OpenSSL, GnuTLS and
   NSS) and for all of coi's libraries together in the link's own order.
3. These programs, `pdftotext -v` and `coi --version` take turns in each round (the order
   reversed every other round, so that each sees the same load); each row gives the median CPU
   time (user + sys), what it adds to Poppler's alone, the median minor page faults, the
   libraries loaded and the loader's symbol and relative relocations (`LD_DEBUG=statistics`),
   and with --instructions the instructions callgrind counts (which no load disturbs).

Groups overlap (libldap and librtmp both bring GnuTLS), so the rows do not add up to the whole;
the "libcurl" rows are the whole tree. Needs a C compiler and, for --instructions, valgrind.
"""
import argparse
import os
import re
import statistics
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EMPTY_PROGRAM = "int main(void) { return 0; }\n"
CURL_FLAVOURS = ["libcurl.so.4", "libcurl-gnutls.so.4", "libcurl-nss.so.4"]


def tree(binary):
    """{soname: path} of every library `binary` loads (ldd)."""
    out = subprocess.run(["ldd", binary], capture_output=True, text=True, check=True).stdout
    return {m.group(1): m.group(2) for m in re.finditer(r"^\s*(\S+) => (/\S+)", out, re.M)}


def needed(binary):
    """The sonames `binary` names itself (DT_NEEDED)."""
    out = subprocess.run(["readelf", "-d", binary], capture_output=True, text=True,
                         check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(\S+)\]", out)


def groups(extra, paths, names):
    """Of the sonames `names` that are in `extra`, those no other of them brings, each with what
    it brings from `extra` (its own tree)."""
    brought = {n: ({n} | set(tree(paths[n]))) & extra for n in names if n in extra}
    return {n: libs for n, libs in brought.items()
            if not any(n in other for m, other in brought.items() if m != n)}


def link(scratch, name, libraries):
    """An empty program linked against `libraries` (paths), every one kept."""
    source = os.path.join(scratch, "empty.c")
    with open(source, "w") as f:
        f.write(EMPTY_PROGRAM)
    out = os.path.join(scratch, name)
    subprocess.run(["cc", "-O2", source, "-o", out, "-Wl,--no-as-needed"] + libraries,
                   check=True)
    return [out]


def loader_statistics(argv):
    """Libraries loaded, symbol relocations and relative relocations at start."""
    run = subprocess.run(argv, capture_output=True, text=True,
                         env=dict(os.environ, LD_DEBUG="statistics"))
    symbols = re.search(r"number of relocations: (\d+)", run.stderr)
    relative = re.search(r"number of relative relocations: (\d+)", run.stderr)
    return (len(tree(argv[0])), int(symbols.group(1)) if symbols else 0,
            int(relative.group(1)) if relative else 0)


def instructions(argv):
    """Instructions callgrind counts for one run of argv."""
    with tempfile.TemporaryDirectory() as scratch:
        run = subprocess.run(["valgrind", "--tool=callgrind",
                              "--callgrind-out-file=" + os.path.join(scratch, "out")] + argv,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    found = re.search(r"Collected : (\d+)", run.stderr)
    return int(found.group(1)) if found else None


def paired_rounds(programs, rounds):
    """{label: ([cpu ms], [minor faults])}, the programs taking turns in each round."""
    results = {label: ([], []) for label, _ in programs}
    for r in range(rounds):
        for label, argv in (programs if r % 2 == 0 else programs[::-1]):
            proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, _, usage = os.wait4(proc.pid, 0)
            results[label][0].append((usage.ru_utime + usage.ru_stime) * 1000)
            results[label][1].append(usage.ru_minflt)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coi", default=os.path.join(ROOT, "build/coi"))
    parser.add_argument("--rounds", type=int, default=41)
    parser.add_argument("--instructions", action="store_true",
                        help="also count each program's instructions once under callgrind")
    args = parser.parse_args()
    pdftotext = subprocess.run(["sh", "-c", "command -v pdftotext"], capture_output=True,
                               text=True, check=True).stdout.strip()
    base = tree(pdftotext)
    coi = tree(args.coi)
    extra = set(coi) - set(base)
    poppler = [base[n] for n in needed(pdftotext) if n.startswith("libpoppler")]
    top = groups(extra, coi, needed(args.coi))
    curl = next((n for n in top if n.startswith("libcurl")), None)
    under_curl = groups(extra - {curl}, coi, needed(coi[curl])) if curl else {}
    libdir = os.path.dirname(coi[curl]) if curl else ""

    with tempfile.TemporaryDirectory() as scratch:
        programs = [("pdftotext -v", [pdftotext, "-v"]),
                    ("Poppler alone", link(scratch, "poppler", poppler))]
        for name, libs in sorted(top.items()) + sorted(under_curl.items()):
            label = f"+ {name}" + (f" (and {len(libs) - 1} more)" if len(libs) > 1 else "")
            programs.append((label, link(scratch, name, poppler + [coi[name]])))
        for flavour in CURL_FLAVOURS:  # the other flavours installed, whole trees
            if flavour != curl and os.path.exists(os.path.join(libdir, flavour)):
                programs.append((f"+ {flavour}, whole tree",
                                 link(scratch, flavour, poppler + [os.path.join(libdir, flavour)])))
        programs.append(("+ all of coi's libraries",
                         link(scratch, "all", poppler + [coi[n] for n in top])))
        programs.append(("coi --version", [args.coi, "--version"]))

        print(f"median of {args.rounds} paired rounds; load average at start "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
        results = paired_rounds(programs, args.rounds)
        print("| program | libraries | symbol relocations | relative relocations | CPU ms | "
              "+ CPU ms on Poppler's | minor faults |" + (" instructions M |"
                                                           if args.instructions else ""))
        print("|---|---|---|---|---|---|---|" + ("---|" if args.instructions else ""))
        poppler_cpu = statistics.median(results["Poppler alone"][0])
        for label, argv in programs:
            cpu, faults = results[label]
            count, symbols, relative = loader_statistics(argv)
            row = (f"| {label} | {count} | {symbols} | {relative} | "
                   f"{statistics.median(cpu):.2f} | {statistics.median(cpu) - poppler_cpu:+.2f} | "
                   f"{statistics.median(faults):.0f} |")
            if args.instructions:
                n = instructions(argv)
                row += f" {n / 1e6:.2f} |" if n else " - |"
            print(row, flush=True)


if __name__ == "__main__":
    main()
