"""The graph in standard formats, written atomically; JSON-LD never fetches a remote @context."""
from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox

from .errors import ExportError
from .store import atomic_path, open_store
from .vocab import PREFIXES

FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, ".ttl"),
    "ntriples": (ox.RdfFormat.N_TRIPLES, ".nt"),
    "nquads": (ox.RdfFormat.N_QUADS, ".nq"),
    "trig": (ox.RdfFormat.TRIG, ".trig"),
    "jsonld": (ox.RdfFormat.JSON_LD, ".jsonld"),
    "rdfxml": (ox.RdfFormat.RDF_XML, ".rdf"),
}


def export(out_dir: str | Path, fmt: str, target: str | Path | None = None) -> Path | None:
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
    rdf_format, suffix = FORMATS[fmt]
    store = open_store(out_dir)
    # pyoxigraph writes JSON-LD from the data alone: no @context is ever fetched.
    kwargs = {"format": rdf_format}
    if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML):
        kwargs["prefixes"] = PREFIXES
    if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML):
        kwargs["from_graph"] = ox.DefaultGraph()
    if target is None or str(target) == "-":
        store.dump(sys.stdout.buffer, **kwargs)
        return None
    target = Path(target)
    if target.is_dir():
        raise ExportError(f"{target}: is a folder; give a file name such as {target / ('graph' + suffix)}")
    if not target.parent.exists():
        raise ExportError(f"{target.parent}: no such folder")
    try:
        with atomic_path(target) as tmp:
            store.dump(str(tmp), **kwargs)
    except OSError as e:
        raise ExportError(f"{target}: cannot write ({e.strerror or e})") from None
    return target
