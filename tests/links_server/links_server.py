#!/usr/bin/env python3
"""Scripted HTTP server for coi's link checker tests and benchmark. Loopback only.

Listens on --ports N ports of 127.0.0.1 (port 0 = any free one) and prints one line
"127.0.0.1:PORT" per listener on stdout, then serves until stdin closes (the parent test
exits) or it is killed. Listener 0 is a "soft" site that answers 200 for unknown paths (a
soft-404 site); the others answer 404 for them.

Paths (counters are per full path, so tests use a fresh token to restart a script):
  /ok                200 HTML "Fine page"        /pdf        200 application/pdf
  /moved             301 -> /ok                  /temp       302 -> /ok
  /loop/a, /loop/b   302 to each other           /missing    404      /gone   410
  /flaky/TOKEN       500 once, then 200          /always500  500 forever
  /ratelimited/TOKEN 429 Retry-After: 1 once, then 200          /always429 429 forever
  /slow              answers after 3 s           /nohead     HEAD 405, GET 200
  /huge              GET: 200 with a 64 MiB HTML body            /tofile  302 -> file:///etc/passwd
  /challenge         403 with cf-mitigated: challenge            /linkedin 999
  /deep/report/2020  301 -> /                    /           200 HTML "Home"
  /notfoundpage      200 HTML titled "Page not found"
  /bench/N           200 (the benchmark's pages)
--latency-ms adds that delay to every response; --content-type sets the type of /bench pages.
"""
import argparse
import collections
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOOPBACK = "127.0.0.1"
counters = collections.Counter()
counter_lock = threading.Lock()


def page(title):
    return ("<!DOCTYPE html><html><head><title>%s</title></head><body><p>%s</p></body></html>"
            % (title, title)).encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do
    soft_site = False
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
        p = self.path
        try:
            if p == "/ok":
                return self.send(200, page("Fine page"))
            if p == "/pdf":
                return self.send(200, b"%PDF-1.7\n", content_type="application/pdf")
            if p == "/moved":
                return self.send(301, headers=[("Location", "/ok")])
            if p == "/temp":
                return self.send(302, headers=[("Location", "/ok")])
            if p.startswith("/loop/"):
                return self.send(302, headers=[("Location", "/loop/b" if p == "/loop/a" else "/loop/a")])
            if p == "/missing":
                return self.send(404, page("Not Found"))
            if p == "/gone":
                return self.send(410, page("Gone"))
            if p.startswith("/flaky/"):
                return self.send(500 if self.count() == 1 else 200, page("Flaky"))
            if p == "/always500":
                return self.send(500, page("Server error"))
            if p.startswith("/ratelimited/"):
                if self.count() == 1:
                    return self.send(429, headers=[("Retry-After", "1")])
                return self.send(200, page("Finally"))
            if p == "/always429":
                return self.send(429, headers=[("Retry-After", "0")])
            if p == "/slow":
                time.sleep(3)
                return self.send(200, page("Slow"))
            if p == "/nohead":
                if self.command == "HEAD":
                    return self.send(405)
                return self.send(200, page("No HEAD here"))
            if p == "/huge":
                return self.huge()
            if p == "/tofile":
                return self.send(302, headers=[("Location", "file:///etc/passwd")])
            if p == "/challenge":
                return self.send(403, page("Just a moment..."), headers=[("cf-mitigated", "challenge")])
            if p == "/linkedin":
                return self.send(999)
            if p == "/deep/report/2020":
                return self.send(301, headers=[("Location", "/")])
            if p == "/":
                return self.send(200, page("Home"))
            if p == "/notfoundpage":
                return self.send(200, page("Page not found"))
            if p.startswith("/bench/"):
                body = page("Bench page") if self.bench_type.startswith("text/html") else b"x" * 64
                return self.send(200, body, content_type=self.bench_type)
            if self.soft_site:
                return self.send(200, page("Welcome"))
            return self.send(404, page("Not Found"))
        except (BrokenPipeError, ConnectionResetError):
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


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def handle_error(self, request, client_address):
        # Clients hang up on purpose (timeouts, bodies cut at the limit): not worth a traceback.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ports", type=int, default=2, help="number of listeners")
    parser.add_argument("--latency-ms", type=float, default=0)
    parser.add_argument("--content-type", default="text/html; charset=utf-8")
    args = parser.parse_args()
    servers = []
    for i in range(args.ports):
        handler = type("H%d" % i, (Handler,), {
            "soft_site": i == 0, "latency": args.latency_ms / 1000.0,
            "bench_type": args.content_type})
        server = Server((LOOPBACK, 0), handler)
        servers.append(server)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        print("%s:%d" % (LOOPBACK, server.server_address[1]), flush=True)
    sys.stdin.read()  # returns when the parent closes the pipe or exits


if __name__ == "__main__":
    main()
