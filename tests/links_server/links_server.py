#!/usr/bin/env python3
"""Scripted HTTP server for coi's link checker tests and benchmark. Loopback only.

Listens on --ports N ports of 127.0.0.1 (port 0 = any free one), then on --catch-all-ports M
more, prints one line "127.0.0.1:PORT" per listener and then "ready" on stdout, and serves until
stdin closes (the parent test exits) or it is killed. Three kinds of host:
  - listener 0, the "soft" site: an unknown path is redirected (302) to its home page, as sites
    that hide their missing pages do;
  - listeners 1..N-1, "strict" sites: an unknown path is a 404;
  - the M catch-all listeners: every path, "/" included, is a 200 with one "not found" page.

Paths of the soft and strict sites (counters are per full path, so tests use a fresh token to
restart a script):
  /ok                200 HTML "Fine page"        /pdf        200 application/pdf
  /moved             301 -> /ok                  /temp       302 -> /ok
  /permanent         308 -> /ok                  /loop/a, /loop/b   302 to each other
  /missing           404      /gone   410        /always500  500 forever
  /flaky/TOKEN       500 once, then 200          /unavailable/TOKEN 503 Retry-After: 1 once
  /ratelimited/TOKEN 429 Retry-After: 1 once, then 200          /always429 429 forever
  /slow              answers after 3 s           /hang       never answers
  /nohead            HEAD 405, GET 200           /headlies/CODE  HEAD CODE, GET 200
  /huge              GET: 200 with a 64 MiB HTML body
  /gzipbomb          GET: 200 gzip-encoded HTML that inflates to 64 MiB (64 KiB on the wire)
  /tofile            302 -> file:///etc/passwd   /challenge  403 with cf-mitigated: challenge
  /linkedin          999                         /           200 HTML "Home"
  /deep/report/2020  301 -> /                    /notfoundpage 200 HTML titled "Page not found"
  /notfoundheading   200 HTML titled "Ministry of Examples", <h1> "This page does not exist"
  /cookie/TOKEN      302 to itself setting a cookie; 200 once the cookie comes back
  /reset             the status line, then a connection reset
  /private/report    302 -> /login?next=/private/report (200 HTML "Sign in")
  /members/report    302 -> /members/welcome (200 HTML "Log in | Members area")
  /bench/N           200 (the benchmark's pages)
--latency-ms adds that delay to every response; --content-type sets the type of /bench pages.
"""
import argparse
import collections
import socket
import struct
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOOPBACK = "127.0.0.1"
BOMB_SIZE = 64 << 20
counters = collections.Counter()
counter_lock = threading.Lock()
bomb = []  # the gzip bomb, built on first use (compressing 64 MiB takes a moment)


def page(title, heading=None):
    return ("<!DOCTYPE html><html><head><title>%s</title></head><body><h1>%s</h1></body></html>"
            % (title, heading or title)).encode()


def gzip_bomb():
    """64 MiB of HTML as one gzip member of 64 KiB. After a full flush deflate starts afresh, so
    each further MiB of spaces compresses to the same bytes: compress one, repeat it."""
    with counter_lock:
        if bomb:
            return bomb[0]
        first = page("Bomb")
        first += b" " * ((1 << 20) - len(first))
        spaces = b" " * (1 << 20)
        deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
        body = deflate.compress(first) + deflate.flush(zlib.Z_FULL_FLUSH)
        repeated = deflate.compress(spaces) + deflate.flush(zlib.Z_FULL_FLUSH)
        crc = zlib.crc32(first)
        for _ in range(BOMB_SIZE // len(spaces) - 1):
            body += repeated
            crc = zlib.crc32(spaces, crc)
        body += deflate.flush(zlib.Z_FINISH)
        header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
        bomb.append(header + body + struct.pack("<II", crc, BOMB_SIZE & 0xFFFFFFFF))
        return bomb[0]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do
    # Headers and body go out as two writes; with Nagle's algorithm the body would wait for the
    # client's delayed ACK of the headers (40 ms on Linux), which no real server makes it do.
    disable_nagle_algorithm = True
    kind = "strict"  # "soft", "strict" or "catch-all"
    latency = 0.0
    bench_type = "text/html"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", headers=(), content_type="text/html; charset=utf-8"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def count(self):
        with counter_lock:
            counters[self.path] += 1
            return counters[self.path]

    def do_HEAD(self):
        self.route()

    def do_GET(self):
        self.route()

    def route(self):
        if self.latency:
            time.sleep(self.latency)
        try:
            if self.kind == "catch-all":
                return self.send(200, page("Not found - Ministry of Examples", "Page not found"))
            if not self.scripted(self.path):
                if self.kind == "soft":
                    return self.send(302, headers=[("Location", "/")])
                self.send(404, page("Not Found"))
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def scripted(self, p):
        """Answers a scripted path; False when `p` is not one."""
        fixed = {
            "/ok": lambda: self.send(200, page("Fine page")),
            "/pdf": lambda: self.send(200, b"%PDF-1.7\n", content_type="application/pdf"),
            "/moved": lambda: self.send(301, headers=[("Location", "/ok")]),
            "/temp": lambda: self.send(302, headers=[("Location", "/ok")]),
            "/permanent": lambda: self.send(308, headers=[("Location", "/ok")]),
            "/missing": lambda: self.send(404, page("Not Found")),
            "/gone": lambda: self.send(410, page("Gone")),
            "/always500": lambda: self.send(500, page("Server error")),
            "/always429": lambda: self.send(429, headers=[("Retry-After", "0")]),
            "/slow": lambda: (time.sleep(3), self.send(200, page("Slow"))),
            "/hang": lambda: time.sleep(3600),
            "/nohead": lambda: self.send(405 if self.command == "HEAD" else 200,
                                         page("No HEAD here")),
            "/huge": self.huge,
            "/gzipbomb": self.gzip_bomb,
            "/tofile": lambda: self.send(302, headers=[("Location", "file:///etc/passwd")]),
            "/challenge": lambda: self.send(403, page("Just a moment..."),
                                            headers=[("cf-mitigated", "challenge")]),
            "/linkedin": lambda: self.send(999),
            "/deep/report/2020": lambda: self.send(301, headers=[("Location", "/")]),
            "/": lambda: self.send(200, page("Home")),
            "/notfoundpage": lambda: self.send(200, page("Page not found")),
            "/notfoundheading": lambda: self.send(
                200, page("Ministry of Examples", "This page does not exist")),
            "/reset": self.reset_after_status,
            "/private/report": lambda: self.send(
                302, headers=[("Location", "/login?next=/private/report")]),
            "/login?next=/private/report": lambda: self.send(200, page("Sign in")),
            "/members/report": lambda: self.send(302, headers=[("Location", "/members/welcome")]),
            "/members/welcome": lambda: self.send(200, page("Log in | Members area")),
        }
        if p in fixed:
            fixed[p]()
            return True
        prefixed = {
            "/loop/": lambda: self.send(
                302, headers=[("Location", "/loop/b" if p == "/loop/a" else "/loop/a")]),
            "/flaky/": lambda: self.send(500 if self.count() == 1 else 200, page("Flaky")),
            "/unavailable/": lambda: (
                self.send(503, page("Down for maintenance"), headers=[("Retry-After", "1")])
                if self.count() == 1 else self.send(200, page("Back again"))),
            "/ratelimited/": lambda: (self.send(429, headers=[("Retry-After", "1")])
                                      if self.count() == 1 else self.send(200, page("Finally"))),
            "/headlies/": lambda: self.send(int(p.split("/")[2]) if self.command == "HEAD" else 200,
                                            page("Report")),
            "/cookie/": self.cookie_check,
            "/bench/": lambda: self.send(
                200, page("Bench page") if self.bench_type.startswith("text/html") else b"x" * 64,
                content_type=self.bench_type),
        }
        for prefix, answer in prefixed.items():
            if p.startswith(prefix):
                answer()
                return True
        return False

    def cookie_check(self):
        # As some government sites do: a first visit is sent back to the same URL with a cookie;
        # the page is served once the cookie comes back.
        if "coi_cookie_check=1" in (self.headers.get("Cookie") or ""):
            return self.send(200, page("Cookie-checked page"))
        self.send(302, headers=[("Location", self.path),
                                ("Set-Cookie", "coi_cookie_check=1; Path=/")])

    def reset_after_status(self):
        self.wfile.write(b"HTTP/1.1 200 OK\r\n")
        self.wfile.flush()
        # SO_LINGER with a zero timeout turns the close into a reset (RST), not an orderly FIN.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def huge(self):
        size = 64 << 20
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        if self.command == "HEAD":
            return
        chunk = page("Huge") + b" " * (65536 - len(page("Huge")))
        sent = 0
        while sent < size:
            self.wfile.write(chunk)
            sent += len(chunk)

    def gzip_bomb(self):
        body = gzip_bomb()
        self.send(200, body, headers=[("Content-Encoding", "gzip")])


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def handle_error(self, request, client_address):
        # Clients hang up on purpose (timeouts, bodies cut at the limit): not worth a traceback.
        if not isinstance(sys.exc_info()[1], (ConnectionError, OSError)):
            super().handle_error(request, client_address)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ports", type=int, default=2, help="soft and strict listeners")
    parser.add_argument("--catch-all-ports", type=int, default=0, help="catch-all listeners")
    parser.add_argument("--latency-ms", type=float, default=0)
    parser.add_argument("--content-type", default="text/html; charset=utf-8")
    args = parser.parse_args()
    kinds = (["soft"] + ["strict"] * (args.ports - 1))[:args.ports]
    kinds += ["catch-all"] * args.catch_all_ports
    for i, kind in enumerate(kinds):
        handler = type("H%d" % i, (Handler,), {
            "kind": kind, "latency": args.latency_ms / 1000.0, "bench_type": args.content_type})
        server = Server((LOOPBACK, 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        print("%s:%d" % (LOOPBACK, server.server_address[1]), flush=True)
    print("ready", flush=True)
    sys.stdin.read()  # returns when the parent closes the pipe or exits


if __name__ == "__main__":
    main()
