"""The output folder: a persistent Oxigraph store, graph.ttl, and the articles read so far.

    DIR/graph.ttl        the whole graph as Turtle (written from the store)
    DIR/store/           Oxigraph (RocksDB) store that query, view and export reopen
    DIR/articles.jsonl   the cleaned articles, so a later build adds to them

Why Oxigraph: at 1M triples rdflib's memory store parsed Turtle in about 27 s and 1.3 GB here,
pyoxigraph in about 2 s and 0.4 GB, and answered SPARQL 10-30x faster (docs/MEASURED.md and
bench/bench_store.py). Every file is written beside its target and renamed into place, so a
failed build leaves the previous output whole.
"""
from __future__ import annotations

import dataclasses
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from . import rdf
from .errors import StoreError
from .model import Article, Graph
from .vocab import PREFIXES

STORE = "store"
GRAPH = "graph.ttl"
ARTICLES = "articles.jsonl"


def load_articles(out: Path) -> list[Article]:
    path = Path(out) / ARTICLES
    if not path.exists():
        return []
    articles = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rec = json.loads(line)
                rec["categories"] = tuple(rec.get("categories") or ())
                rec["images"] = tuple(rec.get("images") or ())
                articles.append(Article(**rec))
            except (ValueError, TypeError) as e:
                raise StoreError(f"{path}:{n}: not an article record ({e})") from None
    return articles


def write(out: Path, articles: list[Article], graph: Graph) -> int:
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise StoreError(f"{out}: exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    tmp_store = Path(tempfile.mkdtemp(prefix=".store-", dir=out))
    try:
        store = ox.Store(str(tmp_store))
        store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                          for t in rdf.triples(articles, graph))
        store.optimize()
        count = len(store)
        with atomic_path(out / GRAPH) as tmp:
            store.dump(str(tmp), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
        del store
        _swap_dir(tmp_store, out / STORE)
    except BaseException:
        shutil.rmtree(tmp_store, ignore_errors=True)
        raise
    with atomic_path(out / ARTICLES) as tmp:
        with open(tmp, "w", encoding="utf-8") as fh:
            for a in articles:
                fh.write(json.dumps(dataclasses.asdict(a), ensure_ascii=False) + "\n")
    return count


def _swap_dir(new: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


@contextmanager
def atomic_path(target: Path):
    """Yield a temporary path beside `target`; rename it over `target` only if the block succeeds."""
    target = Path(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(name, 0o666 & ~umask)  # mkstemp makes 0600; outputs are ordinary files
    try:
        yield Path(name)
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def open_store(out: str | Path) -> ox.Store:
    path = Path(out) / STORE
    if not path.is_dir():
        raise StoreError(f"{out}: no graph here (run `kg build INPUT --out {out}` first)")
    try:
        return ox.Store.read_only(str(path))
    except (OSError, RuntimeError) as e:  # pyoxigraph reports a corrupt store as RuntimeError
        raise StoreError(f"{out}: cannot open the graph store ({str(e).splitlines()[0] if str(e) else e})") from None
