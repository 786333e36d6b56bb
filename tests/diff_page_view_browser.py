#!/usr/bin/env python3
"""The page view of `coi diff OLD.pdf NEW.pdf --html FILE` in headless Chromium.

Runs coi on the fixture pair v2.0 -> v2.1 (the JSON diff and the HTML report from one run),
loads the report in Chromium driven over --remote-debugging-pipe (the DevTools protocol on file
descriptors 3 and 4; standard library only) and checks that:
  1. the page loads with no console error and no uncaught exception, and its script ran;
  2. with every kind shown, the changes with a highlighted box equal the JSON diff's changes
     with provenance (a page on some side: paragraphs, headings, tables, sources), and with the
     default filter the same less the renumbered-only ones (hidden by default);
  3. keys j/n and k/p and the next/previous buttons move between the shown changes in order;
  4. a deep link to a hidden (renumbered) change shows it.
A screenshot of the report at the first change is kept as OUT_DIR/diff-page-view.png.
Usage: diff_page_view_browser.py COI SOURCE_DIR OUT_DIR   (exit 0 pass, 1 fail)
"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import base64

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                  "--remote-debugging-pipe", "--window-size=1400,1000"]


class Browser:
    """One headless Chromium and one page in it, spoken to over the DevTools pipe."""

    def __init__(self, profile):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()

        # Chromium reads commands on fd 3 and writes answers on fd 4: move the child's ends
        # above any descriptor the dup2s could overwrite, then into place.
        high_r, high_w = os.dup2(to_chrome_r, 100), os.dup2(from_chrome_w, 101)

        def wire():
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.proc = subprocess.Popen(
            ["chromium", *CHROMIUM_FLAGS, "--user-data-dir=" + str(profile), "about:blank"],
            preexec_fn=wire, pass_fds=(3, 4),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for fd in (to_chrome_r, from_chrome_w, high_r, high_w):
            os.close(fd)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget",
                                 {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(domain + ".enable", session=True)

    def read_message(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=False):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        while True:
            answer = self.read_message()
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def wait_for(self, method):
        for k, event in enumerate(self.events):
            if event.get("method") == method:
                del self.events[k]
                return event
        while True:
            event = self.read_message()
            if event.get("method") == method:
                return event
            self.events.append(event)

    def eval(self, expression):
        result = self.call("Runtime.evaluate",
                           {"expression": expression, "returnByValue": True}, session=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def key(self, key):
        for kind in ("keyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent",
                      {"type": kind, "key": key, "text": key if kind == "keyDown" else "",
                       "code": "Key" + key.upper()}, session=True)

    def errors(self):
        """Console errors and uncaught exceptions seen so far."""
        out = []
        for e in self.events:
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.exceptionThrown":
                out.append(params["exceptionDetails"].get("text", "exception"))
            elif (method == "Runtime.consoleAPICalled"
                  and params.get("type") in ("error", "assert")):
                out.append("console.error: " + json.dumps(params.get("args")))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                out.append("log: " + params["entry"].get("text", ""))
        return out

    def close(self):
        try:
            self.call("Browser.close")
        except RuntimeError:
            pass
        self.proc.wait(timeout=30)


# The ids of the change sections the filter shows that hold a box, in order.
SHOWN_WITH_BOX = """Array.from(document.querySelectorAll('section.change'))
  .filter(s => !s.hidden && Array.from(s.querySelectorAll('div.box'))
    .some(b => b.offsetParent !== null && b.getBoundingClientRect().width > 0))
  .map(s => s.id)"""
SHOWN = """Array.from(document.querySelectorAll('section.change'))
  .filter(s => !s.hidden).map(s => s.id)"""


def main():
    coi, source, out_dir = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    if shutil.which("chromium") is None:  # scripts/setup installs it: a broken set-up, no skip
        print("FAIL: chromium is not installed (scripts/setup installs it)")
        return 1
    failures = []

    def check(ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures.append(what)

    scratch = pathlib.Path(tempfile.mkdtemp(prefix="coi-page-view-"))
    try:
        report, diff_json = scratch / "report.html", scratch / "diff.json"
        run = subprocess.run([coi, "diff", str(source / "fixtures/france-cin-v2.0/note.pdf"),
                              str(source / "fixtures/france-cin-v2.1/note.pdf"),
                              "--format", "json", "-o", str(diff_json), "--html", str(report)],
                             capture_output=True, text=True, check=False)
        check(run.returncode == 1,
              f"coi diff exits 1 (versions differ): {run.returncode} {run.stderr}")
        diff = json.loads(diff_json.read_text())
        # Changes with provenance: a page on some side (units, heading sides, table and source
        # changes' old_page/new_page).
        with_page = [p for p in diff["paragraphs"]
                     if any("page" in u for u in p["old"] + p["new"])]
        with_page += [h for h in diff["headings"]
                      if any(side and "page" in side for side in (h["old"], h["new"]))]
        with_page += [c for c in diff["tables"] + diff["sources"]
                      if "old_page" in c or "new_page" in c]
        renumbered = [c for c in with_page if c["change"] == "renumbered"]

        browser = Browser(scratch / "profile")
        try:
            browser.call("Page.navigate", {"url": report.as_uri()}, session=True)
            browser.wait_for("Page.loadEventFired")
            check(browser.eval("document.body.getAttribute('data-script')") == "ok",
                  "the report's script ran")
            check(browser.eval("document.body.getAttribute('data-js-error')") is None,
                  "no script error")
            default_shown = browser.eval(SHOWN_WITH_BOX)
            check(len(default_shown) == len(with_page) - len(renumbered),
                  f"default filter: {len(default_shown)} changes with a box shown, "
                  f"{len(with_page)} with a page in the JSON diff, "
                  f"less {len(renumbered)} renumbered")

            # Keys and buttons step through the shown changes in order.
            shown = browser.eval(SHOWN)
            hashes = []
            for key in ("j", "j", "n", "k", "p"):
                browser.key(key)
                hashes.append(browser.eval("location.hash"))
            expected = ["#" + shown[k] for k in (0, 1, 2, 1, 0)]
            check(hashes == expected, f"keys j j n k p: {hashes}, expected {expected}")
            browser.eval("document.getElementById('next').click()")
            after_next = browser.eval("location.hash")
            browser.eval("document.getElementById('prev').click()")
            after_prev = browser.eval("location.hash")
            check([after_next, after_prev] == ["#" + shown[1], "#" + shown[0]],
                  f"buttons next, previous: {after_next}, {after_prev}")
            position = browser.eval("document.getElementById('position').textContent")
            check(position == f"1 / {len(shown)}",
                  f"position {position!r}: the first of the {len(shown)} changes shown")
            shot = browser.call("Page.captureScreenshot", {"format": "png"}, session=True)
            out_dir.mkdir(parents=True, exist_ok=True)
            (out_dir / "diff-page-view.png").write_bytes(base64.b64decode(shot["data"]))

            # Every kind shown: every change with provenance has its box.
            browser.eval("document.querySelectorAll('#controls input[data-kind]').forEach("
                         "f => { f.checked = true; f.dispatchEvent(new Event('change')); })")
            all_shown = browser.eval(SHOWN_WITH_BOX)
            check(len(all_shown) == len(with_page),
                  f"every kind shown: {len(all_shown)} changes with a box, "
                  f"{len(with_page)} with a page in the JSON diff")

            # A deep link to a renumbered change, hidden by default, shows it.
            if renumbered:
                hidden = browser.eval(
                    "document.querySelector('section.change[data-change=renumbered]').id")
                browser.call("Page.navigate", {"url": "about:blank"}, session=True)
                browser.wait_for("Page.loadEventFired")
                browser.call("Page.navigate", {"url": report.as_uri() + "#" + hidden},
                             session=True)
                browser.wait_for("Page.loadEventFired")
                check(browser.eval(f"!document.getElementById('{hidden}').hidden"),
                      f"deep link #{hidden} shows the hidden change")
            errors = browser.errors()
            check(not errors, f"no console error: {errors}")
        finally:
            browser.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{len(failures)} failure(s); screenshot: {out_dir / 'diff-page-view.png'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
