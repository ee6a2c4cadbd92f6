"""Precomputed counts, ranks and lookup keys, so that shipped queries stay fast on big graphs.

Measured on the full-corpus graph (4.9M triples, 19k entities, pyoxigraph 0.5): each join over
every entity costs about 140 ms (a RocksDB lookup per row), and ORDER BY on an IRI or a label
another ~900 ms (the string is loaded per row), while ORDER BY one integer with LIMIT 100 takes
12 ms. So every listed thing carries a rank (kg:rank, kg:factRank, …), a unique integer in the listing's
order, and the
queries cut their page on it before they look up labels. Name lookups go through `kg:nameKey`
(`name_key`: every name in lower case), an index hit instead of a scan of all labels. A query
declares which parameters are names with `# @key NAME`; the library binds their keys.

These triples are derived: every build recomputes them from the whole graph.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from .model import Article, Entity

INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode(INTEGER))


def entity_triples(entities: Iterable[Entity], mentions: Counter, articles: dict[str, set],
                   iri, kg) -> Iterator[ox.Triple]:
    """Mention and article counts, rank overall and within the class (most mentioned first, then
    id), and the lower-cased names."""
    entities = sorted(entities, key=lambda e: (-mentions[e.id], e.id))
    per_class: Counter = Counter()
    for rank, e in enumerate(entities, 1):
        node = iri(e.id)
        per_class[e.kind] += 1
        yield ox.Triple(node, kg("mentionCount"), _int(mentions[e.id]))
        yield ox.Triple(node, kg("articleCount"), _int(len(articles.get(e.id, ()))))
        yield ox.Triple(node, kg("rank"), _int(rank))
        yield ox.Triple(node, kg("classRank"), _int(per_class[e.kind]))
        for key in sorted({name_key(name) for _, name in e.labels + e.aliases}):
            yield ox.Triple(node, kg("nameKey"), ox.Literal(key))


def name_uses(extractions, assignment: dict) -> list[tuple[str, str, str, int, int, str]]:
    """(entity, language, surface form, mentions, articles, newest article) for every name as the
    articles of one language wrote it. `names.rq` reads these instead of every mention (21k
    mentions of the most named entity on the full corpus: 700 ms that way)."""
    uses: dict[tuple[str, str, str], list] = {}
    for ex in extractions:
        a = ex.document.article
        for m in ex.mentions:
            eid = assignment.get((a.id, m.start, m.end))
            if eid is None:
                continue
            use = uses.setdefault((eid, a.lang, m.text), [0, set(), a])
            use[0] += 1
            use[1].add(a.id)
            if article_order(a) < article_order(use[2]):
                use[2] = a
    return [(eid, lang, surface, n, len(arts), newest.id)
            for (eid, lang, surface), (n, arts, newest) in sorted(uses.items(), key=lambda kv: kv[0])]


def name_key(name: str) -> str:
    """The form names are looked up by: lower case, single spaces."""
    return " ".join(name.split()).lower()


def ranked(predicate: ox.NamedNode, nodes: Iterable[tuple[tuple, ox.NamedNode]]) -> Iterator[ox.Triple]:
    """`predicate` 1..n for (sort key, node) pairs, in key order. Each listing has its own rank
    property: a shared one would need a join on the class to pick a listing's nodes."""
    for rank, (_, node) in enumerate(sorted(nodes, key=lambda kn: kn[0]), 1):
        yield ox.Triple(node, predicate, _int(rank))


def article_order(a: Article) -> tuple:
    """Newest first; undated last; then title and id so that ties are stable."""
    return (a.date is None, _negated(a.date or ""), a.title or "", a.id)


def _negated(date: str) -> tuple:
    return tuple(-ord(c) for c in date)


def counts(assignment: dict) -> tuple[Counter, dict[str, set]]:
    """Mentions per entity and the articles that mention it, from (article, start, end) -> entity."""
    mentions: Counter = Counter()
    articles: dict[str, set] = defaultdict(set)
    for (aid, _, _), eid in assignment.items():
        mentions[eid] += 1
        articles[eid].add(aid)
    return mentions, articles
