"""The only place that knows the order of the stages.

    files -> Article (ingest) -> Document (text) -> Mentions (recognize) -> Facts (relations)
          -> Entities (resolve) -> RDF (rdf) -> store + graph.ttl (store)
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from . import ingest, recognize, relations, resolve, store, text
from .model import Article, Extraction, Mention


@dataclass(frozen=True)
class BuildReport:
    articles: int
    new_articles: int
    triples: int
    skipped: tuple[str, ...]  # notes on articles kept without extraction
    out: Path


def extract(article: Article) -> Extraction:
    doc = text.segment(article)
    if article.lang not in ("zh", "en", "de"):
        return Extraction(doc, (), (), (f"language not supported ({article.lang}): extraction skipped",))
    mentions = recognize.recognize(doc)
    facts = relations.extract(doc, mentions)
    return Extraction(doc, mentions + _metadata_people(article), facts)


def _metadata_people(article: Article) -> tuple[Mention, ...]:
    """The editor named in a byline ("每经编辑 彭水萍") is a person in the graph, with the article's
    metadata as evidence (offsets -1: the line is furniture, not article text)."""
    if article.editor:
        return (Mention(-1, -1, article.editor, "Person", 0.9, "metadata.editor"),)
    return ()


def build(inputs: Iterable[str], out: str | Path,
          progress: Callable[[Iterable], Iterable] | None = None) -> BuildReport:
    out = Path(out)
    previous = store.load_articles(out)
    files = list(ingest.iter_files(inputs))
    articles = {a.id: a for a in previous}
    new = 0
    for path in (progress(files) if progress else files):
        article = ingest.read_article(path)
        if article.id not in articles:
            new += 1
        articles[article.id] = article
    # Sorted by id: the graph does not depend on the order files were given or found in.
    ordered = [articles[k] for k in sorted(articles)]
    extractions = [extract(a) for a in ordered]
    graph = resolve.resolve(extractions)
    triples = store.write(out, ordered, graph)
    notes = tuple(f"{e.document.article.source}: {n}" for e in extractions for n in e.notes)
    return BuildReport(len(ordered), new, triples, notes, out)
