"""Files shipped with kg: the ontology, the lexicon, the query library and data tables.

They are read through importlib.resources so that an installed wheel finds them as a checkout does
(pyproject.toml maps ontology/ and queries/ into the package)."""
from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def ontology() -> Traversable:
    return resources.files("kg.ontology")


def lexicon_files() -> list[Traversable]:
    folder = resources.files("kg.ontology.lexicon")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".ttl")), key=lambda f: f.name)


def queries() -> Traversable:
    return resources.files("kg.queries")


def data(name: str) -> Traversable:
    return resources.files("kg.data") / name
