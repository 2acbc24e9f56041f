#!/usr/bin/env python3
"""Drives Debian's headless Chromium over the DevTools protocol, through a pipe (no network
port is opened). Usage:

    browser.py URL DOWNLOAD_DIR STEPS.json [PDF_PATH]

STEPS.json is a list of JavaScript expressions evaluated in the page in order, each after the
previous one finished (promises are awaited). A step may instead be an object
{"screenshots": CSS selector, "folder": DIR, "scale": N}: each element the selector matches is
captured as it is rendered, N device pixels per CSS pixel, into DIR/001.png, DIR/002.png, ...
(in document order), and the step's value is how many. Prints one JSON object: the value of each step,
every URL the page requested that is not a file: or data: or blob: URL, and the size of the
PDF when PDF_PATH is given. Files the page downloads land in DOWNLOAD_DIR."""
import base64, json, os, shutil, subprocess, sys, tempfile, time


class Browser:
    def __init__(self):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()
        child_in, child_out = os.dup(to_browser_r), os.dup(from_browser_w)
        self.profile = tempfile.mkdtemp(prefix="convene-chromium-")

        def plumbing():
            os.dup2(child_in, 3, inheritable=True)
            os.dup2(child_out, 4, inheritable=True)

        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-extensions", "--remote-debugging-pipe", f"--user-data-dir={self.profile}", "about:blank"],
            preexec_fn=plumbing, close_fds=False, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for fd in (to_browser_r, from_browser_w, child_in, child_out):
            os.close(fd)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("the browser closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def main():
    url, downloads, steps_path = sys.argv[1:4]
    pdf_path = sys.argv[4] if len(sys.argv) > 4 else None
    steps = json.load(open(steps_path, encoding="utf-8"))
    browser = Browser()
    try:
        browser.send("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        browser.send("Network.enable", session=session)
        browser.send("Page.enable", session=session)
        browser.send("Page.navigate", {"url": url}, session=session)

        def evaluate(expression):
            reply = browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}, session=session)
            if "exceptionDetails" in reply:
                raise RuntimeError(f"{expression[:60]}...: {reply['exceptionDetails'].get('exception', {}).get('description')}")
            return reply["result"].get("value")

        for _ in range(100):
            if evaluate("document.readyState") == "complete" and evaluate("location.href") != "about:blank":
                break
            time.sleep(0.1)
        def screenshots(step):
            # A window wider than the page, so that nothing scrolls sideways (a right-to-left
            # page that does starts scrolled to its right edge, and positions shift).
            browser.send("Emulation.setDeviceMetricsOverride",
                         {"width": 1280, "height": 1024, "deviceScaleFactor": 1, "mobile": False}, session=session)
            rects = evaluate("Array.from(document.querySelectorAll(%s)).map(e => { const r = e.getBoundingClientRect(); "
                             "return [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height]; })"
                             % json.dumps(step["screenshots"]))
            os.makedirs(step["folder"], exist_ok=True)
            for number, (x, y, width, height) in enumerate(rects, start=1):
                shot = browser.send("Page.captureScreenshot", {
                    "format": "png", "captureBeyondViewport": True,
                    "clip": {"x": x, "y": y, "width": width, "height": height, "scale": step.get("scale", 1)}},
                    session=session)
                with open(os.path.join(step["folder"], "%03d.png" % number), "wb") as out:
                    out.write(base64.b64decode(shot["data"]))
            return len(rects)

        results = [screenshots(step) if isinstance(step, dict) else evaluate(step) for step in steps]
        time.sleep(1.0)  # let downloads finish
        pdf_size = None
        if pdf_path:
            data = base64.b64decode(browser.send("Page.printToPDF", {"printBackground": False}, session=session)["data"])
            open(pdf_path, "wb").write(data)
            pdf_size = len(data)
        requests = [event["params"]["request"]["url"] for event in browser.events
                    if event.get("method") == "Network.requestWillBeSent"]
        external = [u for u in requests if not u.split(":", 1)[0] in ("file", "data", "blob", "about")]
        print(json.dumps({"results": results, "external_requests": external, "pdf_bytes": pdf_size}))
    finally:
        browser.close()


if __name__ == "__main__":
    main()
