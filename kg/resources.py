"""Files shipped with kg: the ontology, the lexicon, the query library and data tables.

They are read through importlib.resources so that an installed wheel finds them as a checkout does
(pyproject.toml maps ontology/ and queries/ into the package as kg.ontology and kg.queries). Run
from a source checkout without installing (`python -m kg` in the repository), those packages do
not exist and the folders beside kg/ are used.
"""
from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


def _folder(package: str, checkout_dir: str) -> Traversable:
    try:
        return resources.files(package)
    except ModuleNotFoundError:
        return _CHECKOUT / checkout_dir


def ontology() -> Traversable:
    return _folder("kg.ontology", "ontology")


def lexicon_files() -> list[Traversable]:
    folder = _folder("kg.ontology.lexicon", "ontology/lexicon")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".ttl")), key=lambda f: f.name)


def queries() -> Traversable:
    return _folder("kg.queries", "queries")


def data(name: str) -> Traversable:
    return resources.files("kg.data") / name
