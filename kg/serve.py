"""`kg serve`: the Oxigraph server (`oxigraph serve-read-only`, checked against oxigraph 0.5.13),
read-only, on the loopback address, with a per-query time limit.

The server runs SERVICE clauses (it sent a request to a listener on 127.0.0.1 when asked), so
unlike `kg query` it is not offline-safe; it refuses updates and listens on 127.0.0.1 only.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .errors import KGError
from .store import STORE, open_store

TIMEOUT = 30  # seconds per query; the server takes whole seconds (--timeout-s)


def executable() -> str:
    """The `oxigraph` command: beside this Python (a venv's bin/ need not be on PATH), else on PATH."""
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    exe = shutil.which("oxigraph", path=path)
    if exe is None:
        raise KGError("the Oxigraph server is not installed (pip install 'kg-news[serve]' or pip install oxigraph)")
    return exe


def command(out: str | Path, port: int, timeout: int = TIMEOUT) -> list[str]:
    return [executable(), "serve-read-only", "--location", str(Path(out) / STORE),
            "--bind", f"127.0.0.1:{port}", "--timeout-s", str(timeout)]


def serve(out: str | Path, port: int, timeout: int = TIMEOUT) -> None:
    open_store(out)  # a clear error if OUT holds no graph
    try:
        subprocess.run(command(out, port, timeout), check=True)
    except subprocess.CalledProcessError as e:
        raise KGError(f"oxigraph server stopped with status {e.returncode}") from None
    except KeyboardInterrupt:
        pass  # Ctrl-C is how the server is meant to stop
