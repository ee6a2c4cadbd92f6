"""Each shipped query on the Oxigraph store and on rdflib's in-memory Graph, same text and parameters.

    python bench/bench_query.py OUT [-n 5]

OUT is a `kg build` output folder (e.g. `kg build ../shared/corpus/en ../shared/corpus/de --out /tmp/big`).
Oxigraph answers from OUT/store with `substitutions`; rdflib loads OUT/graph.ttl into its default
Memory store and answers with `initBindings`. Prints the median of N runs in ms for each, their
ratio, and the row counts (which should agree). rdflib cannot be interrupted, so its runs happen in
a forked child (sharing the loaded graph) that is stopped after --budget seconds; a query whose
first run takes more than budget/N is not repeated.
"""
from __future__ import annotations

import argparse
import multiprocessing
import statistics
import time
from pathlib import Path

import pyoxigraph as ox

from kg.query import bind_keys, library
from kg.vocab import PREFIXES


def fact(store: ox.Store, typical: bool = False) -> dict[str, str]:
    """Names for the parameters: the ends of a fact whose subject takes part in most facts (the
    worst case), or, if `typical`, in the median number of facts among subjects with any."""
    pick = "ORDER BY DESC(?n) ?s LIMIT 1"
    if typical:
        subjects = sum(1 for _ in store.query("SELECT DISTINCT ?s WHERE { ?st rdf:subject ?s }", prefixes=PREFIXES))
        pick = f"ORDER BY DESC(?n) ?s LIMIT 1 OFFSET {subjects // 2}"
    row = next(iter(store.query(
        f"SELECT ?sl ?p ?ol WHERE {{ {{ SELECT ?s (COUNT(*) AS ?n) WHERE {{ ?st rdf:subject ?s }} GROUP BY ?s "
        f"{pick} }} ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?ev . "
        "?s rdfs:label ?sl . ?o rdfs:label ?ol } ORDER BY ?sl ?ol LIMIT 1", prefixes=PREFIXES)))
    return {"name": row["sl"].value, "subject": row["sl"].value, "relation": row["p"].value.rsplit("#", 1)[1],
            "object": row["ol"].value, "lang": "en"}


def timed(fn, n: int, budget: float) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(n):
        t = time.perf_counter()
        rows = fn()
        times.append(time.perf_counter() - t)
        if times[0] * n > budget:
            break
    return statistics.median(times) * 1000, rows


def capped(fn, n: int, budget: float) -> tuple[float, int] | None:
    """`timed` in a forked child, given up (None) after `budget` seconds."""
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=lambda: send.send(timed(fn, n, budget)))
    child.start()
    result = receive.recv() if receive.poll(budget * 2) else None
    child.kill()
    child.join()
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=5)
    ap.add_argument("--budget", type=float, default=120.0, help="seconds per query for rdflib")
    args = ap.parse_args()

    import rdflib
    from rdflib.plugins.sparql import prepareQuery

    store = ox.Store.read_only(str(args.out / "store"))
    values, typical = fact(store), fact(store, typical=True)
    t = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(args.out / "graph.ttl", format="turtle")
    print(f"{len(store)} triples; rdflib parsed graph.ttl in {time.perf_counter() - t:.1f} s; "
          f"parameters {values}; typical {typical}; median of {args.n}")
    t = time.perf_counter()
    graph.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1")  # rdflib's one-off SPARQL set-up
    print(f"rdflib first-query set-up {time.perf_counter() - t:.2f} s\n")

    print("Parameterised queries run with the worst-case entity; 'typical' is the median one.\n")
    print(f"{'query':<18}{'oxigraph ms':>12}{'typical ms':>11}{'rdflib ms':>12}{'ratio':>8}{'rows ox':>9}{'rows rdflib':>12}")
    for nq in library().values():
        params = bind_keys(nq.text, {p: values[p] for p, _ in nq.params if p in values})
        subs = {ox.Variable(k): ox.Literal(v) for k, v in params.items()}
        ox_ms, ox_rows = timed(lambda: sum(1 for _ in store.query(nq.text, prefixes=PREFIXES, substitutions=subs)),
                               args.n, float("inf"))
        typical_ms = ""
        if set(params) - {"lang"}:
            tsubs = {ox.Variable(k): ox.Literal(v) for k, v in bind_keys(nq.text, {k: typical[k] for k in params}).items()}
            typical_ms = format(timed(lambda: sum(1 for _ in store.query(nq.text, prefixes=PREFIXES, substitutions=tsubs)),
                                      args.n, float("inf"))[0], ".1f")
        prepared = prepareQuery(nq.text, initNs=PREFIXES)
        bindings = {rdflib.Variable(k): rdflib.Literal(v) for k, v in params.items()}
        rdflib_result = capped(lambda: sum(1 for _ in graph.query(prepared, initBindings=bindings)), args.n, args.budget)
        if rdflib_result is None:
            print(f"{nq.name:<18}{ox_ms:>12.1f}{typical_ms:>11}{'> ' + format(args.budget * 2000, '.0f'):>12}{'':>8}"
                  f"{ox_rows:>9}{'?':>12}", flush=True)
            continue
        rl_ms, rl_rows = rdflib_result
        print(f"{nq.name:<18}{ox_ms:>12.1f}{typical_ms:>11}{rl_ms:>12.1f}{rl_ms / ox_ms:>7.0f}x{ox_rows:>9}{rl_rows:>12}",
              flush=True)


if __name__ == "__main__":
    main()
