"""Shared fixtures. Tests that read ../shared skip cleanly where it is absent (a user's clone)."""
from __future__ import annotations

import socketserver
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.json"


@pytest.fixture(scope="session")
def examples_out(tmp_path_factory):
    from kg import pipeline

    out = tmp_path_factory.mktemp("examples-out")
    pipeline.build([str(EXAMPLES)], out)
    return out


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory):
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    from kg import pipeline

    out = tmp_path_factory.mktemp("seeds-out")
    pipeline.build([str(SEEDS)], out)
    return out


@pytest.fixture
def listener():
    """A TCP server on an ephemeral 127.0.0.1 port that records every connection it gets."""
    received = []

    class Record(socketserver.BaseRequestHandler):
        def handle(self):
            received.append(self.request.recv(4096))

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Record)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1], received
    server.shutdown()
    server.server_close()
