"""`kg serve`: the Oxigraph server, read-only, on the loopback address."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from .errors import KGError
from .store import STORE, open_store


def command(out: str | Path, port: int) -> list[str]:
    exe = shutil.which("oxigraph")
    if exe is None:
        raise KGError("the Oxigraph server is not installed (pip install 'kg-news[serve]' or pip install oxigraph)")
    return [exe, "serve-read-only", "--location", str(Path(out) / STORE), "--bind", f"127.0.0.1:{port}"]


def serve(out: str | Path, port: int) -> None:
    open_store(out)  # a clear error if OUT holds no graph
    cmd = command(out, port)
    try:
        subprocess.run(cmd, check=True)
    except subprocess.CalledProcessError as e:
        raise KGError(f"oxigraph server stopped with status {e.returncode}") from None
