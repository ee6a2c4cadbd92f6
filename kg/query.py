"""SPARQL over the store: named queries, parameters bound as RDF terms, read-only and local.

Safety, checked on the parsed query before anything runs (rdflib's parser; pyoxigraph and rdflib
would both send HTTP requests for SERVICE): no SERVICE, no LOAD or other updates, no FROM /
FROM NAMED (a remote or file: graph). A time limit and a row limit stop runaway queries.
"""
from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from . import resources
from .errors import QueryError, QueryLimitError, UnsafeQueryError
from .vocab import sparql_prefixes

DEFAULT_TIMEOUT = 30.0  # seconds
DEFAULT_LIMIT = 10_000  # rows
_PARAM = re.compile(r"^#\s*@param\s+(\w+)\s*(.*)$", re.M)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[tuple[str, str], ...]  # (name, help)
    text: str


@dataclass(frozen=True)
class Result:
    kind: str  # select | ask | graph
    variables: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: tuple = ()
    truncated: bool = False


def library() -> dict[str, NamedQuery]:
    out = {}
    for f in sorted(resources.queries().iterdir(), key=lambda f: f.name):
        if f.name.endswith(".rq"):
            text = f.read_text(encoding="utf-8")
            out[f.name[:-3]] = _describe(f.name[:-3], text)
    return out


def _describe(name: str, text: str) -> NamedQuery:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if not line.startswith("# @param"):
            lines.append(line.lstrip("# ").rstrip())
    params = tuple((m.group(1), m.group(2).strip()) for m in _PARAM.finditer(text))
    return NamedQuery(name, " ".join(x for x in lines if x), params, text)


def resolve_text(query: str) -> tuple[str, NamedQuery | None]:
    """A shipped query's name, a path to a .rq file, or SPARQL text."""
    lib = library()
    if query in lib:
        return lib[query].text, lib[query]
    if query.endswith((".rq", ".sparql")) or (len(query) < 4096 and "\n" not in query and Path(query).is_file()):
        path = Path(query)
        if not path.is_file():
            raise QueryError(f"{query}: no such query file")
        try:
            return path.read_text(encoding="utf-8"), None
        except (OSError, UnicodeDecodeError) as e:
            raise QueryError(f"{query}: cannot read ({e})") from None
    if re.fullmatch(r"[\w-]+", query):
        raise QueryError(f"no shipped query named {query!r} (see `kg query --list`)")
    return query, None


def check_safe(text: str, allow_remote: bool = False) -> None:
    """Refuse updates, SERVICE and FROM before the query runs."""
    from rdflib.plugins.sparql import parser
    from pyparsing import ParseException

    body = sparql_prefixes() + text
    try:
        parsed = parser.parseQuery(body)
    except ParseException:
        try:
            parser.parseUpdate(body)
        except ParseException as e:
            raise QueryError(f"SPARQL syntax error: {e.msg} (line {e.lineno - len(sparql_prefixes().splitlines())}, column {e.col})") from None
        raise UnsafeQueryError("updates (INSERT, DELETE, LOAD, CLEAR, …) are refused: kg query is read-only") from None
    if allow_remote:
        return
    found = _find(parsed, {"ServiceGraphPattern"})
    if found:
        raise UnsafeQueryError("SERVICE (federated query) is refused: it would send requests over the network "
                               "(use --allow-remote to permit it)")
    if _find(parsed, {"DatasetClause"}) or re.search(r"\bFROM\s+(NAMED\s+)?<", text, re.I):
        raise UnsafeQueryError("FROM / FROM NAMED graphs are refused: they may load remote or file: data "
                               "(use --allow-remote to permit it)")


def _find(node, names: set[str]) -> bool:
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, CompValue):
            if n.name in names:
                return True
            stack.extend(n.values())
        elif isinstance(n, (list, tuple)):
            stack.extend(n)
        elif hasattr(n, "asList") and not isinstance(n, str):
            stack.extend(n.asList() if callable(getattr(n, "asList", None)) else [])
    return False


def run(store: ox.Store, text: str, params: dict[str, str] | None = None, *, timeout: float = DEFAULT_TIMEOUT,
        limit: int = DEFAULT_LIMIT, allow_remote: bool = False) -> Result:
    check_safe(text, allow_remote)
    substitutions = {ox.Variable(k): _term(v) for k, v in (params or {}).items()}
    prefixes = {line.split()[1][:-1]: line.split()[2][1:-1] for line in sparql_prefixes().splitlines()}
    box: dict = {}

    def work():
        try:
            res = store.query(text, prefixes=prefixes, substitutions=substitutions or None)
            if isinstance(res, bool):
                box["result"] = Result("ask", boolean=res)
            elif isinstance(res, ox.QuerySolutions):
                variables = tuple(v.value for v in res.variables)
                rows = []
                for sol in res:
                    if len(rows) >= limit:
                        box["truncated"] = True
                        break
                    if box.get("cancel"):
                        return
                    rows.append(tuple(sol[v] for v in variables))
                box["result"] = Result("select", variables, tuple(rows), truncated=box.get("truncated", False))
            else:
                triples = []
                for t in res:
                    if len(triples) >= limit:
                        box["truncated"] = True
                        break
                    if box.get("cancel"):
                        return
                    triples.append(t)
                box["result"] = Result("graph", triples=tuple(triples), truncated=box.get("truncated", False))
        except SyntaxError as e:
            box["error"] = QueryError(f"SPARQL syntax error: {str(e).splitlines()[0]}")
        except (OSError, ValueError, RuntimeError) as e:
            box["error"] = QueryError(f"query failed: {str(e).splitlines()[0] if str(e) else type(e).__name__}")

    # pyoxigraph cannot interrupt a running query, so it runs in a daemon thread and the caller
    # stops waiting at the time limit (the CLI then exits, ending the thread).
    thread = threading.Thread(target=work, daemon=True)
    started = time.monotonic()
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        box["cancel"] = True
        raise QueryLimitError(f"query stopped after {timeout:g} s (time limit; raise it with --timeout)")
    if "error" in box:
        raise box["error"]
    result = box["result"]
    del started
    return result


def _term(value: str):
    """A parameter is an IRI if written <…> or looks like one, else a plain literal: it is bound
    as an RDF term, never pasted into the query text."""
    v = value.strip()
    if v.startswith("<") and v.endswith(">"):
        return ox.NamedNode(v[1:-1])
    if re.match(r"^https?://\S+$", v):
        return ox.NamedNode(v)
    return ox.Literal(value)
