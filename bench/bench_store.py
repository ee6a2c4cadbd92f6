"""The store choice's evidence: parse, serialize and query a built graph.ttl with rdflib's Memory
store and with pyoxigraph (in memory), each engine in a fresh process so that peak memory is its own.

    python bench/bench_store.py OUT/graph.ttl [-n 3]

Prints the median of N runs in ms for each step, and each process's peak RSS.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time

from kg.vocab import PREFIXES

QUERIES = {  # the shapes docs/MEASURED.md timed
    "2-hop join": "SELECT (COUNT(*) AS ?n) WHERE { ?m kg:mentionOf ?e ; kg:inArticle ?a . ?a dct:language ?l }",
    "GROUP BY": "SELECT ?c (COUNT(?e) AS ?n) WHERE { ?e a ?c } GROUP BY ?c",
    "regex on labels": 'SELECT ?e ?l WHERE { ?e rdfs:label ?l FILTER(REGEX(STR(?l), "^ali|集团$", "i")) }',
}


def median_time(fn, n: int) -> tuple[float, object]:
    times, value = [], None
    for _ in range(n):
        t = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), value


def run_oxigraph(path: str, n: int) -> dict:
    import pyoxigraph as ox

    def parse():
        store = ox.Store()
        store.bulk_load(path=path, format=ox.RdfFormat.TURTLE)
        return store

    out = {"parse": median_time(parse, n)}
    store = out["parse"][1]
    out["serialize"] = median_time(lambda: len(store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)), n)
    for name, text in QUERIES.items():
        out[name] = median_time(lambda: sum(1 for _ in store.query(text, prefixes=PREFIXES)), n)
    out["triples"] = len(store)
    return out


def run_rdflib(path: str, n: int) -> dict:
    import rdflib

    def parse():
        graph = rdflib.Graph()
        graph.parse(path, format="turtle")
        return graph

    out = {"parse": median_time(parse, n)}
    graph = out["parse"][1]
    out["serialize"] = median_time(lambda: len(graph.serialize(format="turtle")), n)
    graph.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1")  # one-off SPARQL set-up, not counted
    for name, text in QUERIES.items():
        out[name] = median_time(lambda: sum(1 for _ in graph.query(text, initNs=PREFIXES)), n)
    out["triples"] = len(graph)
    return out


def child(engine: str, path: str, n: int) -> None:
    result = {"oxigraph": run_oxigraph, "rdflib": run_rdflib}[engine](path, n)
    times = {k: v[0] for k, v in result.items() if isinstance(v, tuple)}
    rows = {k: v[1] for k, v in result.items() if k in QUERIES}
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"times": times, "rows": rows, "triples": result["triples"], "rss_mb": rss}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("graph")
    ap.add_argument("-n", type=int, default=3)
    ap.add_argument("--engine", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.engine:
        return child(args.engine, args.graph, args.n)
    results = {}
    for engine in ("oxigraph", "rdflib"):
        done = subprocess.run([sys.executable, __file__, args.graph, "-n", str(args.n), "--engine", engine],
                              capture_output=True, text=True, check=True)
        results[engine] = json.loads(done.stdout)
    ox_, rl = results["oxigraph"], results["rdflib"]
    print(f"{ox_['triples']} triples ({args.graph}); median of {args.n}")
    print(f"{'step':<18}{'rdflib ms':>11}{'pyoxigraph ms':>15}{'ratio':>8}")
    for step in ox_["times"]:
        a, b = rl["times"][step] * 1000, ox_["times"][step] * 1000
        print(f"{step:<18}{a:>11.1f}{b:>15.1f}{a / b:>7.0f}x")
    print(f"{'peak RSS MB':<18}{rl['rss_mb']:>11.0f}{ox_['rss_mb']:>15.0f}")
    if ox_["rows"] != rl["rows"]:
        print(f"rows differ: oxigraph {ox_['rows']} rdflib {rl['rows']}")


if __name__ == "__main__":
    main()
