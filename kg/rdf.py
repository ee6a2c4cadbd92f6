"""Resolved entities and facts -> RDF triples (pyoxigraph terms).

Modelling, chosen so that graph.ttl stays plain Turtle 1.1 that every RDF tool reads:
  - relations are direct triples between entity nodes;
  - each distinct relation triple also has one rdf:Statement node (standard reification) with a
    kg:evidence per sentence that states it: article, sentence node (text, offsets), the evidence
    span, the rule and a confidence. The same fact from several articles is one triple with
    several pieces of evidence;
  - amounts are kg:MonetaryAmount nodes with their own kg:evidence;
  - every mention is a kg:Mention node (article, sentence, offsets, surface form, recogniser).
IRIs are built from hashes and slugs only, so no article text can break one.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from decimal import Decimal

import pyoxigraph as ox

from . import summary
from .model import Article, Entity, Evidence, Graph
from .vocab import DCT, ID, KG, OWL, PART_OF, PROV, RDF, RDFS, SIGNATURE, SKOS, XSD

_type = ox.NamedNode(RDF + "type")


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def kg(local: str) -> ox.NamedNode:
    return _n(KG + local)


def _h(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _lit(value, datatype: str | None = None, lang: str | None = None) -> ox.Literal:
    text = _clean(str(value))
    if lang:
        return ox.Literal(text, language=lang)
    if datatype:
        return ox.Literal(text, datatype=_n(datatype))
    return ox.Literal(text)


def _clean(text: str) -> str:
    # Control characters other than tab and newline are not allowed in XML-based exports.
    return "".join(c for c in text if c in "\t\n" or ord(c) >= 32 and not 0xD800 <= ord(c) <= 0xDFFF)


def entity_iri(eid: str) -> ox.NamedNode:
    return _n(f"{ID}entity/{eid}")


def article_iri(aid: str) -> ox.NamedNode:
    return _n(f"{ID}article/{aid}")


def triples(articles: list[Article], graph: Graph):
    kinds = {e.id: e.kind for e in graph.entities}
    for e in graph.entities:
        yield from _entity(e)
    docs = {ex.document.article.id: ex.document for ex in graph.extractions}
    for a in articles:
        yield from _article(a)
    sentences_used: set[tuple[str, int]] = set()
    # mentions
    for ex in graph.extractions:
        a = ex.document.article
        seen_entities = set()
        for m in ex.mentions:
            eid = graph.assignment.get((a.id, m.start, m.end))
            if eid is None:
                continue
            if eid not in seen_entities:
                yield ox.Triple(article_iri(a.id), kg("mentions"), entity_iri(eid))
                seen_entities.add(eid)
            node = _n(f"{ID}mention/{a.id}/{m.start}-{m.end}")
            yield ox.Triple(node, _type, kg("Mention"))
            yield ox.Triple(node, kg("mentionOf"), entity_iri(eid))
            yield ox.Triple(node, kg("inArticle"), article_iri(a.id))
            yield ox.Triple(node, kg("surfaceForm"), _lit(m.text))
            yield ox.Triple(node, kg("recognizer"), _lit(m.source))
            yield ox.Triple(node, kg("confidence"), _lit(f"{m.score:.2f}", XSD + "decimal"))
            if m.start >= 0:
                yield ox.Triple(node, kg("start"), _lit(m.start, XSD + "integer"))
                yield ox.Triple(node, kg("end"), _lit(m.end, XSD + "integer"))
                s = ex.document.sentence_at(m.start)
                if s is not None:
                    yield ox.Triple(node, kg("sentence"), _sentence_iri(a.id, s.index))
                    sentences_used.add((a.id, s.index))
        if a.editor:
            eid = graph.assignment.get((a.id, -1, -1))
            if eid:
                yield ox.Triple(article_iri(a.id), kg("editor"), entity_iri(eid))
    # relations and amounts, aggregated over evidence
    statements: dict[tuple[str, str, str], list[tuple[Evidence, str | None]]] = defaultdict(list)
    amounts: dict[tuple[str, Decimal, str, str | None], list[Evidence]] = defaultdict(list)
    for ex in graph.extractions:
        aid = ex.document.article.id
        for f in ex.facts:
            s_id = graph.assignment.get((aid, f.subject.start, f.subject.end))
            if s_id is None:
                continue
            if f.predicate == "amount":
                money = f.object.money
                amounts[(s_id, money.value, money.currency, f.deadline)].append(f.evidence)
                continue
            o_id = graph.assignment.get((aid, f.object.start, f.object.end))
            if o_id is None or o_id == s_id or not _fits(f.predicate, kinds[s_id], kinds[o_id]):
                continue
            statements[(s_id, f.predicate, o_id)].append((f.evidence, f.role))
    # (sort key, node) per listing: statements, amounts and articles are paged on a rank (summary.py)
    ranked_statements, ranked_amounts, ranked_evidence = [], [], {}
    for (s_id, pred, o_id), evidence in sorted(statements.items()):
        s, p, o = entity_iri(s_id), kg(pred), entity_iri(o_id)
        yield ox.Triple(s, p, o)
        stmt = _n(f"{ID}statement/{_h(s_id, pred, o_id)}")
        key = (-len(evidence), pred, s_id, o_id)
        ranked_statements.append((key, stmt))
        yield ox.Triple(stmt, _type, _n(RDF + "Statement"))
        yield ox.Triple(stmt, _n(RDF + "subject"), s)
        yield ox.Triple(stmt, _n(RDF + "predicate"), p)
        yield ox.Triple(stmt, _n(RDF + "object"), o)
        yield ox.Triple(stmt, kg("confidence"), _lit(f"{max(ev.confidence for ev, _ in evidence):.2f}", XSD + "decimal"))
        for role in sorted({r for _, r in evidence if r}):
            yield ox.Triple(stmt, kg("role"), _lit(role))
        for ev, role in evidence:
            ranked_evidence.setdefault(_evidence_iri(stmt, ev), (key, ev.article_id, ev.start, ev.end, ev.rule))
            yield from _evidence(stmt, ev, docs, sentences_used, role)
    for (s_id, value, currency, deadline), evidence in sorted(_with_deadlines(amounts).items(), key=lambda kv: str(kv[0])):
        node = _n(f"{ID}amount/{_h(s_id, value, currency, deadline)}")
        ranked_amounts.append(((-value, currency, s_id, deadline or ""), node))
        yield ox.Triple(entity_iri(s_id), kg("amount"), node)
        yield ox.Triple(node, _type, kg("MonetaryAmount"))
        yield ox.Triple(node, kg("value"), _lit(value, XSD + "decimal"))
        yield ox.Triple(node, kg("currency"), _lit(currency))
        if deadline:
            yield ox.Triple(node, kg("deadline"), _lit(deadline, XSD + ("gYear" if len(deadline) == 4 else "date")))
        yield ox.Triple(node, kg("confidence"), _lit(f"{max(ev.confidence for ev in evidence):.2f}", XSD + "decimal"))
        for ev in evidence:
            yield from _evidence(node, ev, docs, sentences_used, None)
    yield from summary.ranked(kg("factRank"), ranked_statements)
    yield from summary.ranked(kg("evidenceRank"), ((k, n) for n, k in ranked_evidence.items()))
    yield from summary.ranked(kg("amountRank"), ranked_amounts)
    yield from summary.ranked(kg("articleRank"), ((summary.article_order(a), article_iri(a.id)) for a in articles))
    mentions, mentioned_in = summary.counts(graph.assignment)
    yield from summary.entity_triples(graph.entities, mentions, mentioned_in, entity_iri, kg)
    for eid, lang, surface, n, n_articles, newest in summary.name_uses(graph.extractions, graph.assignment):
        node = _n(f"{ID}name/{_h(eid, lang, surface)}")
        yield ox.Triple(node, _type, kg("NameUse"))
        yield ox.Triple(node, kg("nameOf"), entity_iri(eid))
        yield ox.Triple(node, kg("surfaceForm"), _lit(surface))
        yield ox.Triple(node, _n(DCT + "language"), _lit(lang))
        yield ox.Triple(node, kg("mentionCount"), _lit(n, XSD + "integer"))
        yield ox.Triple(node, kg("articleCount"), _lit(n_articles, XSD + "integer"))
        yield ox.Triple(node, kg("example"), article_iri(newest))
    for aid, index in sorted(sentences_used):
        s = docs[aid].sentences[index]
        node = _sentence_iri(aid, index)
        yield ox.Triple(node, _type, kg("Sentence"))
        yield ox.Triple(node, kg("inArticle"), article_iri(aid))
        yield ox.Triple(node, kg("text"), _lit(s.text))
        yield ox.Triple(node, kg("start"), _lit(s.start, XSD + "integer"))
        yield ox.Triple(node, kg("end"), _lit(s.end, XSD + "integer"))


def _with_deadlines(amounts: dict) -> dict:
    """One sum of one owner stated with its deadline in one article and without it in another is
    one commitment: the evidence without a deadline joins the (most stated) one with it."""
    by_sum = defaultdict(dict)
    for (s_id, value, currency, deadline), evidence in amounts.items():
        by_sum[(s_id, value, currency)][deadline] = evidence
    out = {}
    for (s_id, value, currency), by_deadline in by_sum.items():
        dated = sorted((d for d in by_deadline if d), key=lambda d: (-len(by_deadline[d]), d))
        for deadline, evidence in by_deadline.items():
            target = deadline or (dated[0] if dated else None)
            out.setdefault((s_id, value, currency, target), []).extend(evidence)
    return out


def _fits(pred: str, s_kind: str, o_kind: str) -> bool:
    domain, rng = SIGNATURE[pred]
    if pred == "partOf":
        return (s_kind, o_kind) in PART_OF
    return s_kind in domain and o_kind in rng


def _sentence_iri(aid: str, index: int) -> ox.NamedNode:
    return _n(f"{ID}article/{aid}/sentence/{index}")


def _evidence_iri(target, ev: Evidence) -> ox.NamedNode:
    return _n(f"{ID}evidence/{_h(target.value, ev.article_id, ev.sentence, ev.start, ev.end, ev.rule)}")


def _evidence(target, ev: Evidence, docs, sentences_used, role):
    node = _evidence_iri(target, ev)
    yield ox.Triple(target, kg("evidence"), node)
    yield ox.Triple(node, _type, kg("Evidence"))
    yield ox.Triple(node, _n(PROV + "wasDerivedFrom"), article_iri(ev.article_id))
    yield ox.Triple(node, kg("rule"), _lit(ev.rule))
    yield ox.Triple(node, kg("confidence"), _lit(f"{ev.confidence:.2f}", XSD + "decimal"))
    yield ox.Triple(node, kg("start"), _lit(ev.start, XSD + "integer"))
    yield ox.Triple(node, kg("end"), _lit(ev.end, XSD + "integer"))
    if role:
        yield ox.Triple(node, kg("role"), _lit(role))
    if ev.sentence >= 0:
        yield ox.Triple(node, kg("sentence"), _sentence_iri(ev.article_id, ev.sentence))
        sentences_used.add((ev.article_id, ev.sentence))


def _entity(e: Entity):
    node = entity_iri(e.id)
    yield ox.Triple(node, _type, kg(e.kind))
    for lang, label in e.labels:
        yield ox.Triple(node, _n(RDFS + "label"), _lit(label, lang=lang or None))
    for lang, alias in e.aliases:
        yield ox.Triple(node, _n(SKOS + "altLabel"), _lit(alias, lang=lang or None))
    for iri in e.same_as:
        yield ox.Triple(node, _n(OWL + "sameAs"), _n(iri))
    for rule in e.merge_rules:
        yield ox.Triple(node, kg("mergeRule"), _lit(rule))


def _article(a: Article):
    node = article_iri(a.id)
    yield ox.Triple(node, _type, kg("Article"))
    if a.title:
        yield ox.Triple(node, _n(DCT + "title"), _lit(a.title, lang=a.lang if a.lang != "und" else None))
    if a.date:
        yield ox.Triple(node, _n(DCT + "date"), _lit(a.date, XSD + "date"))
    if a.author:
        yield ox.Triple(node, _n(DCT + "creator"), _lit(a.author))
    if a.publisher:
        yield ox.Triple(node, _n(DCT + "publisher"), _lit(a.publisher))
    yield ox.Triple(node, _n(DCT + "language"), _lit(a.lang))
    yield ox.Triple(node, kg("sourceFile"), _lit(a.source))
    yield ox.Triple(node, kg("format"), _lit(a.format))
    for c in a.categories:
        yield ox.Triple(node, kg("category"), _lit(c))
    for img in a.images:
        yield ox.Triple(node, kg("image"), _lit(img))
    if a.url:
        yield ox.Triple(node, kg("url"), _lit(a.url))
