"""`kg view` in headless Chromium, driven over the DevTools protocol; skipped where `chromium` is missing.

The protocol client below is standard library only: a WebSocket (RFC 6455, client side, text
frames) and a request/response loop that keeps every event for the checks. bench/bench_view.py
reuses it.
"""
from __future__ import annotations

import base64
import http.client
import json
import os
import queue
import shutil
import signal
import socket
import struct
import subprocess
import threading
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import pipeline, view
from kg.store import STORE, open_store
from kg.vocab import ID, KG, RDF, RDFS, SKOS

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--remote-debugging-port=0"]


class _WebSocket:
    def __init__(self, url: str):
        u = urllib.parse.urlsplit(url)
        self.sock = socket.create_connection((u.hostname, u.port), timeout=10)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {u.path} HTTP/1.1\r\nHost: {u.netloc}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        self.file = self.sock.makefile("rb")
        status = self.file.readline()
        if b" 101 " not in status:
            raise ConnectionError(f"WebSocket handshake refused: {status!r}")
        while self.file.readline() not in (b"\r\n", b""):
            pass
        self.sock.settimeout(None)  # the reader thread blocks; callers time out on the queue instead
        self.lock = threading.Lock()

    def send(self, message: str | bytes, opcode: int = 1) -> None:
        data, mask = message.encode() if isinstance(message, str) else message, os.urandom(4)
        n = len(data)
        head = bytes([0x80 | opcode]) + (bytes([0x80 | n]) if n < 126 else
                                         bytes([0x80 | 126]) + struct.pack(">H", n) if n < 1 << 16 else
                                         bytes([0x80 | 127]) + struct.pack(">Q", n))
        masked = (int.from_bytes(data, "big") ^ int.from_bytes((mask * (n // 4 + 1))[:n], "big")).to_bytes(n, "big")
        with self.lock:
            self.sock.sendall(head + mask + masked)

    def receive(self) -> str | None:
        """The next whole text message, or None once the connection closes."""
        parts = []
        while True:
            head = self.file.read(2)
            if len(head) < 2:
                return None
            n = head[1] & 0x7F
            if n >= 126:
                n = struct.unpack(">H" if n == 126 else ">Q", self.file.read(2 if n == 126 else 8))[0]
            payload = self.file.read(n)  # servers never mask
            opcode = head[0] & 0x0F
            if opcode == 8:
                return None
            if opcode == 9:  # ping
                self.send(payload, opcode=10)
            elif opcode in (0, 1, 2):
                parts.append(payload)
                if head[0] & 0x80:
                    return b"".join(parts).decode("utf-8")

    def close(self) -> None:
        self.sock.close()


class Chromium:
    """One headless Chromium with one page, its DevTools events kept in `events`."""

    def __init__(self, profile: Path):
        exe = shutil.which("chromium")
        self.proc = subprocess.Popen([exe, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise RuntimeError("chromium did not open its DevTools port")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/json/list")
        target = next(t for t in json.loads(conn.getresponse().read()) if t["type"] == "page")
        self.ws = _WebSocket(target["webSocketDebuggerUrl"])
        self.inbox: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.events: list[dict] = []
        self._id = 0
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=1400, height=900, deviceScaleFactor=1, mobile=False)

    def _read(self):
        try:
            while (text := self.ws.receive()) is not None:
                self.inbox.put(json.loads(text))
        except OSError:
            pass
        self.inbox.put(None)

    def _next(self, deadline: float) -> dict:
        try:
            message = self.inbox.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise TimeoutError("chromium did not answer in time") from None
        if message is None:
            raise ConnectionError("chromium closed the DevTools connection")
        return message

    def send(self, method: str, timeout: float = 30, **params) -> dict:
        self._id += 1
        self.ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            message = self._next(deadline)
            if message.get("id") == self._id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message["result"]
            self.events.append(message)

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30):
        deadline = time.monotonic() + timeout
        while not (value := self.evaluate(expression)):
            if time.monotonic() > deadline:
                raise TimeoutError(expression)
            time.sleep(0.05)
        return value

    def open(self, url: str, ready: str = "window.kgReadyAt", timeout: float = 60) -> None:
        """Load `url` (forgetting earlier events) and wait until `ready` is true in the page."""
        self.events.clear()
        self.send("Page.navigate", url=url)
        self.wait_for(f"document.readyState === 'complete' && location.href === {json.dumps(url)} && {ready}", timeout)

    def click(self, x: float, y: float, move_only: bool = False) -> None:
        self.send("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
        if not move_only:
            for kind in ("mousePressed", "mouseReleased"):
                self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def screenshot(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"]))

    def close(self) -> None:
        if getattr(self, "ws", None):
            self.ws.close()
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)  # its own session: the renderer and GPU processes go too
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


# --- the checks ---------------------------------------------------------------------------------

# Positions of a node and of an edge's middle in page coordinates, for real mouse events.
NODE_XY = """(function (id) { var p = kgNetwork.canvasToDOM(kgNetwork.getPosition(id));
  var r = document.getElementById('graph').getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; })"""
EDGE_XY = """(function (i) { var e = kgNetwork.body.edges[i], a = kgNetwork.canvasToDOM(kgNetwork.getPosition(e.fromId)),
  b = kgNetwork.canvasToDOM(kgNetwork.getPosition(e.toId)), r = document.getElementById('graph').getBoundingClientRect();
  var t = [0.5, 0.4, 0.6, 0.3, 0.7].find(function (t) {  // a point on the edge that no node covers
    var p = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
    return kgNetwork.getNodeAt(p) === undefined && kgNetwork.getEdgeAt(p) === i; });
  return [r.left + a.x + t * (b.x - a.x), r.top + a.y + t * (b.y - a.y)]; })"""
VISIBLE = "kgNetwork.body.nodeIndices.filter(function (id) { return !kgNetwork.body.nodes[id].options.hidden; }).length"
COUNTS = f"[kgNetwork.body.data.nodes.length, kgNetwork.body.data.edges.length, {VISIBLE}]"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not shutil.which("chromium"):
        pytest.skip("chromium is not on PATH")
    chrome = Chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield chrome
    chrome.close()


def problems(chrome: Chromium, page: Path) -> list:
    """Console errors and warnings, uncaught exceptions, and every request other than the page itself."""
    out = []
    for e in chrome.events:
        m, p = e.get("method"), e.get("params", {})
        if m == "Runtime.consoleAPICalled" and p["type"] in ("error", "warning", "assert"):
            out.append((m, [a.get("value", a.get("description")) for a in p["args"]]))
        elif m == "Runtime.exceptionThrown" or m == "Log.entryAdded" and p["entry"]["level"] in ("error", "warning"):
            out.append((m, p))
        elif m == "Network.requestWillBeSent" and p["request"]["url"] != page.as_uri():
            out.append((m, p["request"]["url"]))
    return out


def test_examples_page_renders_offline_and_filters(browser, examples_out, tmp_path):
    page = tmp_path / "graph.html"
    stats = view.render(open_store(examples_out), page)
    browser.open(page.as_uri())
    assert browser.evaluate(COUNTS) == [stats["nodes"], stats["edges"], stats["nodes"]]
    assert browser.evaluate("performance.getEntriesByType('resource').length") == 0
    requests = [e["params"]["request"]["url"] for e in browser.events if e["method"] == "Network.requestWillBeSent"]
    assert requests == [page.as_uri()]

    data = json.loads(browser.evaluate("document.getElementById('graph-data').textContent"))
    places = sum(n["cls"] == "Place" for n in data["nodes"])
    before = browser.evaluate("kgNetwork.getPositions()")
    browser.evaluate("document.querySelector('#legend input[data-cls=Place]').click()")
    assert browser.evaluate(VISIBLE) == stats["nodes"] - places
    browser.evaluate("document.querySelector('#legend input[data-cls=Place]').click()")
    assert browser.evaluate(VISIBLE) == stats["nodes"]
    assert browser.evaluate("kgNetwork.getPositions()") == before  # back where they were
    colours = browser.evaluate("kgNetwork.body.nodeIndices.map(function (id) { var n = kgNetwork.body.nodes[id];"
                               " return [n.options.group, n.options.color.background]; })")
    assert {(group, colour.lower()) for group, colour in colours} == {(g, view.COLORS[g]) for g, _ in colours}

    # Physics lays out the small graph, then stops so nodes hold still; the switch restarts it.
    assert browser.evaluate("[document.getElementById('physics').checked, kgNetwork.physics.options.enabled]") == [False, False]
    browser.evaluate("document.getElementById('physics').click()")
    assert browser.evaluate("kgNetwork.physics.options.enabled") is True
    browser.evaluate("document.getElementById('physics').click()")
    assert browser.evaluate("kgNetwork.physics.options.enabled") is False

    # Search in another language than the labels drawn: the Chinese name of an entity shown in English.
    target = next(n for n in data["nodes"] if n["labels"].get("zh") and n["labels"].get("en") == n["label"])
    browser.evaluate(f"""(function () {{ var s = document.getElementById('search');
        s.value = {json.dumps(target['labels']['zh'])}; s.dispatchEvent(new Event('input')); }})()""")
    assert target["id"] in browser.evaluate("kgNetwork.getSelectedNodes()")
    assert browser.evaluate("document.querySelector('#panel h2').textContent") == target["name"]

    # Click the best connected node, for the panel, and keep a picture of the result.
    hub = max(data["nodes"], key=lambda n: sum(n["id"] in (e["from"], e["to"]) for e in data["edges"]))
    browser.evaluate("""(function () { var s = document.getElementById('search');
        s.value = ''; s.dispatchEvent(new Event('input')); kgNetwork.fit(); })()""")
    browser.click(*browser.evaluate(f"{NODE_XY}({json.dumps(hub['id'])})"))
    browser.wait_for(f"document.querySelector('#panel h2').textContent === {json.dumps(hub['name'])}", 5)
    assert browser.evaluate("document.querySelectorAll('#panel dd button').length") >= 1  # its relations
    browser.screenshot(ARTIFACTS / "view.png")
    assert problems(browser, page) == []


PAYLOADS = {
    "img": "<img src=x onerror=window.__pwned='img'> Program",
    "script": "</script><script>window.__pwned='script'</script> Foundation",
    "link": "<a href=\"javascript:window.__pwned='link'\">Click</a>",
    "svg": "<svg onload=window.__pwned='svg'></svg> Fund",
    "comment": "<!--<script>window.__pwned='comment'</script>-->",
}


@pytest.fixture(scope="module")
def hostile_out(tmp_path_factory):
    return hostile_graph(tmp_path_factory.mktemp("hostile"))


def hostile_graph(folder: Path) -> Path:
    """A graph from an article whose title and sentences are payloads, plus entities whose names are.

    The recognisers keep markup out of names (they only pass it through in titles and sentences),
    so the hostile entities are added to the built store directly, in kg's vocabulary.
    """
    (folder / "in").mkdir()
    (folder / "in" / "evil.txt").write_text(
        f"{PAYLOADS['img']} Evil Corp news {PAYLOADS['script']}\n"
        f"Evil Corp launched the Evil Program. Jane Doe, chief executive of Evil Corp {PAYLOADS['svg']}, said the "
        f"Evil Corp Foundation {PAYLOADS['comment']} is based in Berlin.\n", encoding="utf-8")
    out = folder / "out"
    pipeline.build([str(folder / "in")], out)
    n, lit = ox.NamedNode, ox.Literal
    store = ox.Store(str(out / STORE))
    evil = next(q.subject for q in store.quads_for_pattern(None, n(RDFS + "label"), lit("Evil Corp", language="en")))
    classes = {"img": "Program", "script": "Fund", "link": "Organization", "svg": "Fund", "comment": "Person"}
    for key, text in PAYLOADS.items():
        e = n(f"{ID}entity/hostile-{key}")
        store.extend([ox.Quad(e, n(RDF + "type"), n(KG + classes[key])), ox.Quad(e, n(RDFS + "label"), lit(text, language="en")),
                      ox.Quad(e, n(SKOS + "altLabel"), lit("javascript:window.__pwned='alias'")),
                      ox.Quad(evil, n(KG + ("partnerOf" if classes[key] == "Organization" else "funds")), e)])
    store.flush()
    del store
    return out


def test_hostile_text_runs_nothing(browser, hostile_out, tmp_path):
    page = tmp_path / "graph.html"
    stats = view.render(open_store(hostile_out), page)
    browser.open(page.as_uri())
    assert browser.evaluate(COUNTS)[:2] == [stats["nodes"], stats["edges"]]
    data = json.loads(browser.evaluate("document.getElementById('graph-data').textContent"))
    assert set(PAYLOADS.values()) <= {n["name"] for n in data["nodes"]}

    # Hover and click every node and every edge: tooltips and the panel render each payload as text.
    shown = []
    for node in data["nodes"]:
        browser.evaluate("kgNetwork.fit()")
        x, y = browser.evaluate(f"{NODE_XY}({json.dumps(node['id'])})")
        browser.click(x, y, move_only=True)
        browser.wait_for(f"""(function (t) {{ return t && t.style.visibility === 'visible' &&
            t.querySelector('.tip-head').textContent === {json.dumps(node['name'])}; }})(document.querySelector('div.vis-tooltip'))""", 5)
        browser.click(x, y)
        browser.wait_for(f"document.querySelector('#panel h2').textContent === {json.dumps(node['name'])}", 5)
        shown.append(browser.evaluate("document.getElementById('panel').textContent"))
    for i, edge in enumerate(data["edges"]):
        browser.click(1395, 895, move_only=True)  # to an empty corner, so that no tooltip covers the edge
        browser.wait_for("document.querySelector('div.vis-tooltip').style.visibility === 'hidden'", 5)
        browser.evaluate(f"kgNetwork.fit({{nodes: [{json.dumps(edge['from'])}, {json.dumps(edge['to'])}]}})")
        browser.click(*browser.evaluate(f"{EDGE_XY}({i})"))
        browser.wait_for(f"document.querySelector('#panel h2').textContent === {json.dumps(edge['label'])}", 5)
        shown.append(browser.evaluate("document.getElementById('panel').textContent"))
        browser.evaluate("document.querySelector('#panel dd button').click()")  # follow the "from" entry
    texts = ([n["name"] for n in data["nodes"]] + [t for n in data["nodes"] for t in n["articles"]]
             + [v["sentence"] for e in data["edges"] for v in e["evidence"]])
    assert [t for t in texts if not any(t in panel for panel in shown)] == []
    assert any("<" in t for t in texts if t not in PAYLOADS.values())  # the built article's markup got through too

    browser.evaluate("""(function () { var s = document.getElementById('search');
        s.value = '<img'; s.dispatchEvent(new Event('input')); })()""")
    assert browser.evaluate("document.getElementById('matches').textContent") == "1 match"
    assert PAYLOADS["img"] in browser.evaluate("document.getElementById('panel').textContent")
    time.sleep(0.3)  # an onerror handler would run on the next turns of the event loop
    browser.screenshot(ARTIFACTS / "view-hostile.png")

    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert browser.evaluate("document.querySelectorAll('img, svg, a, iframe').length") == 0
    assert browser.evaluate("document.scripts.length") == 3
    assert problems(browser, page) == []
