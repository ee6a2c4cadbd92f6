"""Query results as text: an aligned table (CJK-width aware), CSV, TSV, SPARQL 1.1 JSON, Turtle.

    table   for people: prefixed IRIs, values on one line and cut at 80 columns, a row count
    csv     SPARQL 1.1 CSV results: full IRIs, literals' lexical forms, blank nodes as _:id
    tsv     the same values tab-separated, whitespace inside a value collapsed to one space
    json    SPARQL 1.1 Query Results JSON
ASK gives true or false (JSON: {"head": {}, "boolean": …}); CONSTRUCT and DESCRIBE give Turtle.
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata

import pyoxigraph as ox

from .query import Result
from .vocab import PREFIXES

def render(result: Result, fmt: str = "table") -> str:
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean})
        return "true" if result.boolean else "false"
    if result.kind == "graph":
        return ox.serialize(list(result.triples), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8").rstrip("\n")
    if fmt == "json":
        return _json(result)
    if fmt in ("csv", "tsv"):
        return _delimited(result, "," if fmt == "csv" else "\t")
    return _table(result)


def plain(term, compact: bool = True) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _compact(term.value) if compact else term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _compact(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def width(s: str) -> int:
    """Terminal columns: East Asian wide and full-width characters take two, combining marks none."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 0 if unicodedata.combining(c) else 1 for c in s)


def _one_line(s: str, cap: int = 80) -> str:
    s = " ".join(s.split())
    if width(s) <= cap:
        return s
    out, w = [], 0
    for c in s:
        cw = width(c)
        if w + cw > cap - 1:
            break
        out.append(c)
        w += cw
    return "".join(out) + "…"


def _table(result: Result) -> str:
    header = list(result.variables)
    rows = [[_one_line(plain(t)) for t in row] for row in result.rows]
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(header)]

    def line(cells):
        return " | ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(header), "-+-".join("-" * w for w in widths)]
    out.extend(line(r) for r in rows)
    tail = f"({len(rows)} row{'s' if len(rows) != 1 else ''}{', truncated at the row limit' if result.truncated else ''})"
    return "\n".join(out + [tail])


def _delimited(result: Result, sep: str) -> str:
    rows = [[plain(t, compact=False) for t in row] for row in result.rows]
    if sep == "\t":  # no quoting: tabs and line breaks inside values become spaces
        return "\n".join("\t".join(" ".join(v.split()) for v in r) for r in [list(result.variables)] + rows)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([list(result.variables)] + rows)
    return buf.getvalue().rstrip("\n")


def _json(result: Result) -> str:
    bindings = []
    for row in result.rows:
        b = {}
        for var, term in zip(result.variables, row):
            if term is None:
                continue
            if isinstance(term, ox.NamedNode):
                b[var] = {"type": "uri", "value": term.value}
            elif isinstance(term, ox.BlankNode):
                b[var] = {"type": "bnode", "value": term.value}
            else:
                d = {"type": "literal", "value": term.value}
                if term.language:
                    d["xml:lang"] = term.language
                elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                    d["datatype"] = term.datatype.value
                b[var] = d
        bindings.append(b)
    return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)
