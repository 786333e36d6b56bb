#!/usr/bin/env python3
"""Benchmark of `coi links`: 2,000 URLs over 20 loopback hosts (distinct ports of 127.0.0.1)
whose every response takes --latency-ms, checked with the default limits; LinkChecker checks the
same URLs (an HTML page listing them) in the same run for comparison.

Ideal wall time set by the limits (G global, P per host, d host delay, L latency, n_h URLs of
host h, N = sum n_h, one request per URL):
    ideal = max(N * L / G, max_h n_h * max(L / P, d))
With N = 2000, 20 hosts x 100, G = 16, P = 2, d = 0.05 s, L = 0.05 s:
    max(2000 * 0.05 / 16, 100 * max(0.025, 0.05)) = max(6.25, 5.0) = 6.25 s.
Targets: at most 1.1 requests per URL, wall time at most 1.3 x ideal. The pages are HTML (coi
reads each page's <title> and <h1> from the same GET); --content-type application/pdf serves
PDFs instead.

Usage: bench/links_bench.py [--coi build/coi] [--urls 2000] [--hosts 20] [--latency-ms 50]
                            [--content-type TYPE] [--skip-linkchecker]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def start_server(hosts, latency_ms, content_type):
    server = subprocess.Popen(
        [sys.executable, os.path.join(ROOT, "tests/links_server/links_server.py"),
         "--ports", str(hosts + 1), "--latency-ms", str(latency_ms),
         "--content-type", content_type],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    origins = []
    for line in server.stdout:  # one "127.0.0.1:PORT" per listener, then "ready"
        if line.strip() == "ready":
            break
        origins.append("http://" + line.strip())
    return server, origins[1:]  # listener 0 is the soft-404 site; use the strict ones


def write_note(path, urls):
    blocks = [{"type": "paragraph", "id": "p-%d" % i, "number": "1.%d" % i,
               "inlines": [{"t": "link", "v": "source", "url": u}]}
              for i, u in enumerate(urls, 1)]
    with open(path, "w") as f:
        json.dump({"coi_format": 1, "blocks": blocks, "footnotes": []}, f)


def write_page(path, urls):
    with open(path, "w") as f:
        f.write("<!DOCTYPE html><html><head><title>links</title></head><body>\n")
        for u in urls:
            f.write('<a href="%s">%s</a><br>\n' % (u, u))
        f.write("</body></html>\n")


def timed(command):
    start = time.monotonic()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return time.monotonic() - start, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coi", default=os.path.join(ROOT, "build/coi"))
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--latency-ms", type=float, default=50)
    parser.add_argument("--content-type", default="text/html; charset=utf-8")
    parser.add_argument("--skip-linkchecker", action="store_true")
    args = parser.parse_args()

    server, origins = start_server(args.hosts, args.latency_ms, args.content_type)
    work = tempfile.mkdtemp(prefix="coi_links_bench_")
    os.chmod(work, 0o755)  # LinkChecker run as root drops to user nobody, who must read the page
    try:
        urls = ["%s/bench/%d" % (origins[i % args.hosts], i) for i in range(args.urls)]
        note, page = os.path.join(work, "bench.json"), os.path.join(work, "bench.html")
        write_note(note, urls)
        write_page(page, urls)

        latency = args.latency_ms / 1000.0
        n_h = -(-args.urls // args.hosts)
        ideal = max(args.urls * latency / 16, n_h * max(latency / 2, 0.05))
        print("ideal, one request per URL (limits 16 global, 2 per host, 0.05 s host delay): "
              "%.2f s" % ideal)

        report = os.path.join(work, "report.json")
        seconds, result = timed([args.coi, "links", note, "--json", report])
        summary = json.load(open(report))["summary"] if os.path.exists(report) else {}
        requests = summary.get("requests") or 0
        print("coi links: %.2f s (%.2fx ideal), exit %d, ok %s of %d, %d requests (%.2f per URL)"
              % (seconds, seconds / ideal, result.returncode, summary.get("ok"), args.urls,
                 requests, requests / args.urls))

        if not args.skip_linkchecker and shutil.which("linkchecker"):
            # 16 threads like coi's global limit; robots.txt checks off (the server has none);
            # recursion level 1: check the links of the page, do not crawl further.
            os.chmod(page, 0o644)
            lc = ["linkchecker", "--no-status", "--no-warnings", "--check-extern",
                  "--recursion-level=1", "--threads=16", "--timeout=30", "file://" + page]
            seconds_lc, result_lc = timed(lc)
            totals = [line for line in result_lc.stdout.splitlines() if "links in" in line]
            print("LinkChecker: %.2f s (%.2fx ideal), exit %d: %s"
                  % (seconds_lc, seconds_lc / ideal, result_lc.returncode,
                     totals[0] if totals else result_lc.stdout[-500:]))
        return 0 if result.returncode == 0 else 1
    finally:
        server.stdin.close()
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
