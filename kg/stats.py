"""Counts per class and relation, articles and languages, from the store."""
from __future__ import annotations

from .query import run
from .vocab import RELATIONS

CLASSES = ("Organization", "Person", "Fund", "Program", "Place", "MonetaryAmount", "Article")


def stats(store) -> dict:
    out: dict = {"classes": {}, "relations": {}, "languages": {}}
    res = run(store, "SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c")
    by_class = {row[0].value.rsplit("#", 1)[-1]: int(row[1].value) for row in res.rows}
    out["classes"] = {c: by_class.get(c, 0) for c in CLASSES}
    res = run(store, "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(kg:))) } GROUP BY ?p")
    by_pred = {row[0].value.rsplit("#", 1)[-1]: int(row[1].value) for row in res.rows}
    out["relations"] = {r: by_pred.get(r, 0) for r in RELATIONS}
    res = run(store, "SELECT ?l (COUNT(?a) AS ?n) WHERE { ?a a kg:Article ; dct:language ?l } GROUP BY ?l ORDER BY ?l")
    out["languages"] = {row[0].value: int(row[1].value) for row in res.rows}
    out["triples"] = len(store)
    return out
