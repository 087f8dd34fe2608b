#!/usr/bin/python3
"""Opens presencia HTML reports in headless Chromium the way a person would,
and says what went wrong: a request for anything outside the file, a console
error (a CSP violation is one), a page wider than a phone screen.

Talks to Chromium over the DevTools protocol on a pipe
(--remote-debugging-pipe), so it needs only the Python standard library.
For each report it writes REPORT-<width>.png screenshots (whole page) and,
with --pdf, REPORT-print.pdf as Chromium prints it on A4.

Prints one JSON object per report on stdout. Exit status: 0 clean, 1 a
problem was found, 77 chromium is not installed (a test should skip).

  tools/html_check.py --out DIR [--widths 1280,390] [--pdf] REPORT.html...
"""
import argparse
import base64
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
    "--remote-debugging-pipe",
]
TIMEOUT_S = 20.0


def find_chromium():
    override = os.environ.get("PRESENCIA_CHROMIUM")
    if override:
        return override if shutil.which(override) else None
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


class Browser:
    """One Chromium process; commands and events over fds 3 (in) and 4 (out)."""

    def __init__(self, binary, profile_dir):
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        # Chromium reads fd 3 and writes fd 4: move the pipe ends there.
        def child_fds():
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)
        self._proc = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={profile_dir}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            # Runs before the child closes the fds it does not keep: keep 3 and 4.
            preexec_fn=child_fds, pass_fds=(3, 4))
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        self.events = []

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)

    def _read_message(self, deadline):
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("chromium did not answer")
            import select
            ready, _, _ = select.select([self._from_chrome], [], [], 0.2)
            if ready:
                chunk = os.read(self._from_chrome, 1 << 20)
                if not chunk:
                    raise RuntimeError("chromium closed the pipe")
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=None, timeout=TIMEOUT_S):
        self._next_id += 1
        command = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            command["sessionId"] = session
        os.write(self._to_chrome, json.dumps(command).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            message = self._read_message(deadline)
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_event(self, method, session, timeout=TIMEOUT_S):
        deadline = time.monotonic() + timeout
        seen = 0
        while True:
            for event in self.events[seen:]:
                if event.get("method") == method and event.get("sessionId") == session:
                    return event
            seen = len(self.events)
            self.events.append(self._read_message(deadline))


def open_page(browser, url, width):
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Network", "Runtime", "Log"):
        browser.send(f"{domain}.enable", session=session)
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600},
                 session=session)
    browser.events.clear()
    browser.send("Page.navigate", {"url": url}, session=session)
    browser.wait_event("Page.loadEventFired", session)
    return target, session


def problems_seen(browser, session, url):
    """Requests outside the file, and console or page errors."""
    outside, errors = [], []
    for event in browser.events:
        if event.get("sessionId") != session:
            continue
        method, params = event.get("method"), event.get("params", {})
        if method == "Network.requestWillBeSent":
            requested = params["request"]["url"]
            if requested != url and not requested.startswith("data:"):
                outside.append(requested)
        elif method == "Network.loadingFailed":
            errors.append("loading failed: " + params.get("errorText", "") + " " + params.get("blockedReason", ""))
        elif method == "Runtime.exceptionThrown":
            errors.append("exception: " + json.dumps(params.get("exceptionDetails", {}))[:300])
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
            errors.append("console: " + json.dumps(params.get("args", []))[:300])
        elif method == "Log.entryAdded" and params["entry"].get("level") in ("error", "warning"):
            errors.append("log: " + params["entry"].get("text", "")[:300])
    return outside, errors


def evaluate(browser, session, expression):
    result = browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=session)
    return result.get("result", {}).get("value")


def check_report(browser, html, out_dir, widths, pdf):
    url = pathlib.Path(html).resolve().as_uri()
    stem = pathlib.Path(html).stem
    summary = {"file": str(html), "outside_requests": [], "errors": [], "screenshots": []}
    for width in widths:
        target, session = open_page(browser, url, width)
        outside, errors = problems_seen(browser, session, url)
        summary["outside_requests"] += outside
        summary["errors"] += errors
        summary["title"] = evaluate(browser, session, "document.title")
        summary["verdict"] = evaluate(browser, session,
                                      "(document.querySelector('.banner h1')||{}).textContent||''")
        summary["images"] = evaluate(browser, session, "document.querySelectorAll('svg image').length")
        wide = evaluate(browser, session, "document.documentElement.scrollWidth")
        if wide > width + 1:
            summary["errors"].append(f"page is {wide} px wide at a {width} px screen")
        height = evaluate(browser, session, "document.documentElement.scrollHeight")
        shot = browser.send("Page.captureScreenshot",
                            {"format": "png", "captureBeyondViewport": True,
                             "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}},
                            session=session)
        png = out_dir / f"{stem}-{width}.png"
        png.write_bytes(base64.b64decode(shot["data"]))
        summary["screenshots"].append(str(png))
        if pdf and width == widths[0]:
            printed = browser.send("Page.printToPDF",
                                   {"printBackground": True, "preferCSSPageSize": True,
                                    "paperWidth": 8.27, "paperHeight": 11.69}, session=session)
            pdf_path = out_dir / f"{stem}-print.pdf"
            pdf_path.write_bytes(base64.b64decode(printed["data"]))
            summary["pdf"] = str(pdf_path)
        browser.send("Target.closeTarget", {"targetId": target})
    return summary


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="folder for screenshots and PDFs")
    parser.add_argument("--widths", default="1280,390", help="screen widths in CSS pixels")
    parser.add_argument("--pdf", action="store_true", help="also print the first width to an A4 PDF")
    parser.add_argument("reports", nargs="+")
    args = parser.parse_args()

    binary = find_chromium()
    if not binary:
        print("chromium is not installed (tools/install-deps.sh installs it)", file=sys.stderr)
        return 77
    out_dir = pathlib.Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    widths = [int(w) for w in args.widths.split(",")]
    failed = False
    with tempfile.TemporaryDirectory(prefix="presencia-chromium-") as profile:
        browser = Browser(binary, profile)
        try:
            for html in args.reports:
                summary = check_report(browser, html, out_dir, widths, args.pdf)
                failed |= bool(summary["outside_requests"] or summary["errors"])
                print(json.dumps(summary, ensure_ascii=False), flush=True)
        finally:
            browser.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
