"""SPARQL over the store: named queries, parameters bound as RDF terms, read-only and local.

Safety, checked on the parsed query before anything runs (rdflib's parser; pyoxigraph and rdflib
would both send HTTP requests for SERVICE): no SERVICE, no LOAD or other updates, no FROM /
FROM NAMED (a remote or file: graph). A time limit and a row limit stop runaway queries.

Parameters are bound with Oxigraph's `substitutions` (SEP-0007), never pasted into the text.

Paging: a query whose LIMIT line ends in `# @page` (the shipped listings) gets --limit/--offset
written into that LIMIT, which sits in a subquery over a precomputed rank, so a page costs the
same at any graph size (kg/summary.py). Only integers from the command line are written there.
Other queries have their rows skipped and capped as they stream.
Oxigraph binds only variables of the SELECT clause, so a query selects (and groups by) each of
its `# @param` variables; `run` leaves those columns out of the result.
"""
from __future__ import annotations

import dataclasses
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from . import resources
from .errors import QueryError, QueryLimitError, UnsafeQueryError
from .vocab import PREFIXES, sparql_prefixes

DEFAULT_TIMEOUT = 30.0  # seconds
DEFAULT_LIMIT = 10_000  # rows
_PARAM = re.compile(r"^#\s*@param\s+(\w+)\s*(.*)$", re.M)
_KEY = re.compile(r"^#\s*@key\s+(\w+)\s*$", re.M)
_PAGE = re.compile(r"\bLIMIT\s+(\d+)(?:\s+OFFSET\s+\d+)?(?=\s*#\s*@page\b)", re.I)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[tuple[str, str], ...]  # (name, help)
    text: str
    page: int | None = None  # items per page, for a paged query (its `# @page` LIMIT)


@dataclass(frozen=True)
class Result:
    kind: str  # select | ask | graph
    variables: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: tuple = ()
    truncated: bool = False  # stopped at the row cap
    page: int | None = None  # a paged query's page size (0: all)


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
        if not _PARAM.match(line) and not _KEY.match(line):
            lines.append(line.lstrip("# ").rstrip())
    return NamedQuery(name, " ".join(x for x in lines if x), params_of(text), text, page_size(text))


def bind_keys(text: str, params: dict[str, str]) -> dict[str, str]:
    """Parameters declared `# @key NAME` are names: bound in the form of kg:nameKey (lower case),
    so that the query looks them up with one triple pattern. (Lower-casing in SPARQL with BIND
    made Oxigraph 0.5 join every name key of the graph: 8 ms a lookup, and seconds for the
    patterns joined after it.)"""
    from .summary import name_key

    keys = set(_KEY.findall(text))
    return {k: name_key(v) if k in keys else v for k, v in params.items()}


def page_size(text: str) -> int | None:
    """The default page of a paged query: the LIMIT on its `# @page` line."""
    m = _PAGE.search(text)
    return int(m.group(1)) if m else None


def paged(text: str, limit: int, offset: int) -> str:
    """The query with LIMIT `limit` (none if 0) and OFFSET `offset` on its `# @page` line."""
    clause = (f"LIMIT {int(limit)} " if limit else "") + f"OFFSET {int(offset)}"
    return _PAGE.sub(clause, text, count=1)


def params_of(text: str) -> tuple[tuple[str, str], ...]:
    """The `# @param NAME help` lines of a query."""
    return tuple((m.group(1), m.group(2).strip()) for m in _PARAM.finditer(text))


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
    from pyparsing import ParseException
    from rdflib.plugins.sparql import parser

    header = sparql_prefixes()
    try:
        parsed = parser.parseQuery(header + text)
    except ParseException as e:
        try:
            parser.parseUpdate(header + text)
        except ParseException:
            line = e.lineno - header.count("\n")
            raise QueryError(f"SPARQL syntax error at line {line}, column {e.col}: {e.msg}") from None
        raise UnsafeQueryError("updates (INSERT, DELETE, LOAD, CLEAR, …) are refused: kg query is read-only") from None
    if allow_remote:
        return
    if _find(parsed, "ServiceGraphPattern"):
        raise UnsafeQueryError("SERVICE (federated query) is refused: it would send requests over the network "
                               "(use --allow-remote to permit it)")
    if _find(parsed, "DatasetClause"):
        raise UnsafeQueryError("FROM / FROM NAMED graphs are refused: they may load remote or file: data "
                               "(use --allow-remote to permit it)")


def _find(node, name: str) -> bool:
    """Whether rdflib's parse tree holds a node called `name` (a CompValue's name, e.g. ServiceGraphPattern)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, CompValue):
            if n.name == name:
                return True
            stack.extend(n.values())
        elif isinstance(n, (list, tuple, ParseResults)):
            stack.extend(n)
    return False


def run(store: ox.Store, text: str, params: dict[str, str] | None = None, *, timeout: float = DEFAULT_TIMEOUT,
        limit: int | None = None, offset: int = 0, allow_remote: bool = False) -> Result:
    """Run `text`. `limit` is the page size of a paged query (default: its own) or the most rows
    of another (default DEFAULT_LIMIT); 0 means no limit. `offset` skips that many items or rows."""
    check_safe(text, allow_remote)
    if (limit or 0) < 0 or offset < 0:
        raise QueryError("--limit and --offset must not be negative")
    params = bind_keys(text, params or {})
    page = page_size(text)
    if page is not None:
        page = page if limit is None else limit
        text = paged(text, page, offset)
        limit, offset = 0, 0
    elif limit is None:
        limit = DEFAULT_LIMIT
    substitutions = {ox.Variable(k): _term(k, v) for k, v in params.items()}
    hidden = {name for name, _ in params_of(text)}
    box: dict = {}

    def work():
        try:
            result = _collect(store.query(text, prefixes=PREFIXES, substitutions=substitutions or None),
                              hidden, limit, offset, box)
            box["result"] = result if page is None or result is None else dataclasses.replace(result, page=page)
        except SyntaxError as e:
            box["error"] = QueryError(f"SPARQL syntax error: {_first_line(e)}")
        except (OSError, ValueError, RuntimeError) as e:
            unbindable = re.search(r"variable \?(\w+) in its SELECT projection", str(e))
            if unbindable:
                box["error"] = QueryError(f"cannot bind {unbindable.group(1)}: Oxigraph binds a parameter only "
                                          "to a variable of the SELECT clause (and of GROUP BY if the query groups)")
            else:
                box["error"] = QueryError(f"query failed: {_first_line(e)}")

    # pyoxigraph cannot interrupt a running query, so it runs in a daemon thread and the caller
    # stops waiting at the time limit; the thread stops at its next row (the CLI exits anyway).
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        box["cancel"] = True
        raise QueryLimitError(f"query stopped after {timeout:g} s (time limit; raise it with --timeout)")
    if "error" in box:
        raise box["error"]
    return box["result"]


def _collect(res, hidden: set[str], limit: int, offset: int, box: dict) -> Result | None:
    """Skip `offset` rows or triples, then read at most `limit` (0: all); stop early if the caller
    gave up waiting."""
    if isinstance(res, ox.QueryBoolean):
        return Result("ask", boolean=bool(res))
    select = isinstance(res, ox.QuerySolutions)
    variables = tuple(v.value for v in res.variables if v.value not in hidden) if select else ()
    out, truncated = [], False
    for item in res:
        if box.get("cancel"):
            return None
        if offset:
            offset -= 1
            continue
        if limit and len(out) == limit:
            truncated = True
            break
        out.append(tuple(item[v] for v in variables) if select else item)
    if select:
        return Result("select", variables, tuple(out), truncated=truncated)
    return Result("graph", triples=tuple(out), truncated=truncated)


def _first_line(e: Exception) -> str:
    return str(e).splitlines()[0] if str(e) else type(e).__name__


def _term(name: str, value: str):
    """A parameter is an IRI if written <…> or looks like one, else a plain literal: it is bound
    as an RDF term, never pasted into the query text."""
    v = value.strip()
    try:
        if v.startswith("<") and v.endswith(">"):
            return ox.NamedNode(v[1:-1])
        if re.match(r"^https?://\S+$", v):
            return ox.NamedNode(v)
    except ValueError as e:
        raise QueryError(f"parameter {name}: {v} is not a valid IRI ({e})") from None
    return ox.Literal(value)
