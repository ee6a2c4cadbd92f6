"""SHACL validation of a built graph against ontology/shapes.ttl (pyshacl)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import resources
from .errors import StoreError
from .store import GRAPH


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: int
    text: str


def validate(out_dir: str | Path) -> Report:
    import pyshacl
    import rdflib

    path = Path(out_dir) / GRAPH
    if not path.is_file():
        raise StoreError(f"{out_dir}: no graph here (run `kg build INPUT --out {out_dir}` first)")
    data = rdflib.Graph()
    # oxrdflib's parser: rdflib's own Turtle parser is ~10x slower on large graphs (MEASURED.md).
    data.parse(str(path), format="ox-turtle")
    shapes = rdflib.Graph()
    shapes.parse(data=(resources.ontology() / "shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    ontology = rdflib.Graph()
    ontology.parse(data=(resources.ontology() / "kg.ttl").read_text(encoding="utf-8"), format="turtle")
    conforms, results, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                               allow_warnings=True)
    violations = sum(1 for _ in results.subjects(
        rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/shacl#ValidationResult")))
    return Report(bool(conforms), violations, text)
