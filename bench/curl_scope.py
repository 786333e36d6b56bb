#!/usr/bin/env python3
"""Whether opening libcurl with dlopen, in a scope of its own, would cut coi's start-up (issue 15).

    python3 bench/curl_scope.py [--build build] [--rounds 41] [--instructions]

libcurl's tree (TLS, LDAP, SSH, Kerberos: 26 libraries) is most of what coi's dynamic loader does
at every start beyond pdftotext's (bench/loader_cost.py). `coi convert` parses URLs with it
(pipeline/url.cc), so it must be loaded for every note; the question is only how. At start the
loader binds every library's symbols by searching one global scope, the executable's libraries in
coi's order (build/loader-order.rsp, cmake/LoaderOrder.cmake) then their dependencies; a library
opened later with dlopen is searched in a scope of its own, after the global one (RTLD_LOCAL), or
before it (RTLD_DEEPBIND), so the libraries coi loads at start would search about half as many. This links, in a temporary directory, programs that each parse one URL as convert does
(curl_url, curl_url_set, curl_url_cleanup):

  linked            against coi's libraries in coi's order: what coi does today;
  dlopen, ...       against coi's libraries less those only libcurl brings, in the same order,
                    opening libcurl at run time with each set of flags (RTLD_NOW binds every
                    reference at once, RTLD_LAZY leaves function calls to their first use, as the
                    loader does at start for libraries not linked -z now);
  dlopen a library naming coi's order, RTLD_DEEPBIND, lazy
                    the same, opening a library that names all of coi's libraries in coi's order
                    and libcurl: its own scope is then searched in coi's order, first.

and times them with `pdftotext -v` in paired rounds (each once a round, the order reversed every
other round; medians of user + sys), with the loader's statistics and, with --instructions, the
instructions callgrind counts. Needs a C compiler, libcurl's headers and a configured build
(loader-order.rsp, coi_as_linked).
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile

from loader_cost import instructions, needed, paired_rounds, tree

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PARSE = ("  CURLU *url = curl_url();\n"
         "  curl_url_set(url, CURLUPART_URL, \"https://www.example.org/a?b=1\", 0);\n"
         "  curl_url_cleanup(url);\n")
LINKED = "#include <curl/curl.h>\nint main(void) {\n" + PARSE + "  return 0;\n}\n"
# The same calls through dlsym; a library that cannot be opened is an exit status of 2.
OPENED = """#include <curl/curl.h>
#include <dlfcn.h>
int main(void) {
  void *curl = dlopen(LIBRARY, FLAGS);
  if (!curl) return 2;
  CURLU *(*curl_url)(void) = (CURLU *(*)(void))dlsym(curl, "curl_url");
  CURLUcode (*curl_url_set)(CURLU *, CURLUPart, const char *, unsigned) =
      (CURLUcode (*)(CURLU *, CURLUPart, const char *, unsigned))dlsym(curl, "curl_url_set");
  void (*curl_url_cleanup)(CURLU *) = (void (*)(CURLU *))dlsym(curl, "curl_url_cleanup");
""" + PARSE + "  return 0;\n}\n"


def compile_c(scratch, name, source, options):
    path = os.path.join(scratch, name)
    with open(path + ".c", "w") as f:
        f.write(source)
    subprocess.run(["cc", "-O2", path + ".c", "-o", path] + options, check=True)
    return path


def symbol_relocations(argv):
    """The loader's symbol relocations over the whole run (at start and in dlopen)."""
    run = subprocess.run(argv, capture_output=True, text=True,
                         env=dict(os.environ, LD_DEBUG="statistics"))
    found = re.search(r"final number of relocations: (\d+)", run.stderr)
    return int(found.group(1)) if found else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--rounds", type=int, default=41)
    parser.add_argument("--instructions", action="store_true")
    args = parser.parse_args()
    rsp = os.path.join(args.build, "loader-order.rsp")
    with open(rsp) as f:
        options = [line.strip() for line in f if line.strip()]  # paths and --push-state etc.
    as_linked = os.path.join(args.build, "coi_as_linked")
    loaded = tree(as_linked)
    curl = next(n for n in needed(as_linked) if n.startswith("libcurl"))
    # What coi's other libraries bring stays at start; the rest is libcurl's alone.
    kept = set()
    for name in needed(as_linked):
        if name != curl:
            kept |= {name} | set(tree(loaded[name]))
    curl_only = {os.path.realpath(loaded[n]) for n in set(loaded) - kept}

    with tempfile.TemporaryDirectory() as scratch:
        without_curl = os.path.join(scratch, "without-curl.rsp")
        with open(without_curl, "w") as f:
            f.writelines(o + "\n" for o in options if os.path.realpath(o) not in curl_only)
        shim = compile_c(scratch, "libcoi_order.so", "void coi_order(void) {}\n",
                         ["-shared", "-fPIC", f"-Wl,@{rsp}", loaded[curl]])
        linked = compile_c(scratch, "linked", LINKED, [f"-Wl,@{rsp}", loaded[curl]])
        programs = [("pdftotext -v", [shutil.which("pdftotext"), "-v"]), ("linked", [linked])]
        variants = [("dlopen, RTLD_LOCAL", curl, "RTLD_NOW|RTLD_LOCAL"),
                    ("dlopen, RTLD_LOCAL, lazy", curl, "RTLD_LAZY|RTLD_LOCAL"),
                    ("dlopen, RTLD_GLOBAL", curl, "RTLD_NOW|RTLD_GLOBAL"),
                    ("dlopen, RTLD_DEEPBIND", curl, "RTLD_NOW|RTLD_LOCAL|RTLD_DEEPBIND"),
                    ("dlopen, RTLD_DEEPBIND, lazy", curl, "RTLD_LAZY|RTLD_LOCAL|RTLD_DEEPBIND"),
                    ("dlopen a library naming coi's order, RTLD_DEEPBIND, lazy", shim,
                     "RTLD_LAZY|RTLD_LOCAL|RTLD_DEEPBIND")]
        for i, (label, library, flags) in enumerate(variants):
            program = compile_c(scratch, f"opened{i}", OPENED,
                                [f"-DLIBRARY=\"{library}\"", f"-DFLAGS={flags}",
                                 f"-Wl,@{without_curl}", "-ldl"])
            programs.append((label, [program]))
        for _, argv in programs:  # a library that did not open would time nothing
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        print(f"median of {args.rounds} paired rounds; load average at start "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {len(curl_only)} libraries "
              f"only libcurl brings\n")
        results = paired_rounds(programs, args.rounds)
        print("| program | libraries at start | symbol relocations | CPU ms | minor faults |"
              + (" instructions M |" if args.instructions else ""))
        print("|---|---|---|---|---|" + ("---|" if args.instructions else ""))
        for label, argv in programs:
            cpu, faults = results[label]
            row = (f"| {label} | {len(tree(argv[0]))} | {symbol_relocations(argv)} | "
                   f"{statistics.median(cpu):.2f} | {statistics.median(faults):.0f} |")
            if args.instructions:
                n = instructions(argv)
                row += f" {n / 1e6:.2f} |" if n else " - |"
            print(row, flush=True)


if __name__ == "__main__":
    main()
