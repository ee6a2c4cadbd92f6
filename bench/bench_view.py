"""How long `kg view` takes on a large graph: writing the page, and the page becoming usable in Chromium.

    python bench/bench_view.py                       # 5,000 entities
    python bench/bench_view.py --nodes 300 1000 5000
    python bench/bench_view.py --nodes 1000 --physics-max 1000   # force physics on, to see what it costs

The graph is synthetic, written with pyoxigraph in kg's vocabulary (kg/rdf.py): entities of every
class with English names and some Chinese and German ones, articles that mention them, and relations
wired by preferential attachment (a few hubs, many leaves, like news graphs) with evidence sentences.
"Ready" is the page's first drawing (window.kgReadyAt, milliseconds after navigation started); with
physics on, that drawing comes after the layout has settled. Needs `chromium` on PATH for the browser
figures; prints the page-writing time either way.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg import view
from kg.vocab import DCT, ID, KG, PROV, RDF, RELATIONS, RDFS, SKOS, XSD

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_view_browser import Chromium  # noqa: E402  (the DevTools client the browser tests use)

CLASSES = ("Organization", "Person", "Place", "Program", "Fund")
WEIGHTS = (30, 25, 15, 20, 10)
SYLLABLES = "al ba cor den fa gen hal in jo ka lum mer nor os pra quin ros sul tan ur vel win xen yor zu".split()
HANZI = "中国科技集团基金会计划乡村振兴数字教育医疗北京上海深圳腾讯阿里巴巴公司研究院发展"


def synthetic(folder: Path, n: int, seed: int = 7) -> ox.Store:
    rng = random.Random(seed)
    node, lit = ox.NamedNode, ox.Literal
    quads = []

    def add(s, p, o):
        quads.append(ox.Quad(s, p, o))

    articles = [node(f"{ID}article/a{i}") for i in range(max(1, n // 4))]
    for i, a in enumerate(articles):
        add(a, node(RDF + "type"), node(KG + "Article"))
        add(a, node(DCT + "title"), lit(f"Article {i}: {' '.join(rng.choices(SYLLABLES, k=6))}", language="en"))
        add(a, node(DCT + "date"), lit(f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", datatype=node(XSD + "date")))
    entities = [node(f"{ID}entity/e{i}") for i in range(n)]
    for i, e in enumerate(entities):
        add(e, node(RDF + "type"), node(KG + rng.choices(CLASSES, WEIGHTS)[0]))
        add(e, node(RDFS + "label"), lit("".join(rng.choices(SYLLABLES, k=3)).title() + f" {i}", language="en"))
        if rng.random() < 0.4:
            add(e, node(RDFS + "label"), lit("".join(rng.choices(HANZI, k=4)) + str(i), language="zh"))
        if rng.random() < 0.2:
            add(e, node(RDFS + "label"), lit("".join(rng.choices(SYLLABLES, k=3)).title() + f" {i}", language="de"))
        if rng.random() < 0.1:
            add(e, node(SKOS + "altLabel"), lit(f"E{i}"))
        for k, a in enumerate(rng.sample(articles, min(len(articles), 1 + int(rng.expovariate(0.5))))):
            add(a, node(KG + "mentions"), e)
            add(node(f"{ID}mention/{i}-{k}"), node(KG + "mentionOf"), e)
    ends = [entities[0]]  # every relation end once: choosing from it favours the well connected
    for i, e in enumerate(entities[1:], 1):
        if rng.random() < 0.1:
            continue  # some entities stand alone, as in real graphs
        for _ in range(1 + (rng.random() < 0.3)):
            o = rng.choice(ends)
            p = node(KG + rng.choice(RELATIONS))
            st, ev, sn = node(f"{ID}statement/{i}-{o.value}"), node(f"{ID}evidence/{i}-{o.value}"), node(f"{ID}sentence/{i}")
            for q in [(e, p, o), (st, node(RDF + "subject"), e), (st, node(RDF + "predicate"), p), (st, node(RDF + "object"), o),
                      (st, node(KG + "evidence"), ev), (ev, node(KG + "sentence"), sn),
                      (ev, node(PROV + "wasDerivedFrom"), rng.choice(articles)),
                      (sn, node(KG + "text"), lit(" ".join(rng.choices(SYLLABLES, k=14)).capitalize() + "."))]:
                add(*q)
            ends += [e, o]
    store = ox.Store(str(folder))
    store.bulk_extend(quads)
    return store


# What a user does, each timed with the redraw it causes (milliseconds).
ACTIONS = {
    "redraw_ms": "",  # a pan or zoom costs one redraw
    "search_ms": "var s = document.getElementById('search'); s.value = 'al'; s.dispatchEvent(new Event('input'))",
    "filter_ms": "document.querySelector('#legend input[data-cls=Organization]').click()",
}


def measure(n: int, work: Path, chrome: Chromium | None) -> dict:
    store = synthetic(work / f"store-{n}", n)
    page = work / f"graph-{n}.html"
    start = time.perf_counter()
    stats = view.render(store, page, max_nodes=n)
    row = {"entities": n, "nodes": stats["nodes"], "edges": stats["edges"], "physics": stats["nodes"] <= view.PHYSICS_MAX,
           "write_s": time.perf_counter() - start, "page_mb": page.stat().st_size / 1e6}
    if chrome:
        start = time.perf_counter()
        chrome.open(page.as_uri(), timeout=600)
        row["ready_wall_s"] = time.perf_counter() - start
        row["ready_s"] = chrome.evaluate("window.kgReadyAt") / 1000
        for name, action in ACTIONS.items():
            row[name] = chrome.evaluate(f"(function () {{ var t = performance.now(); {action}; kgNetwork.redraw();"
                                        " return performance.now() - t; })()")
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, nargs="+", default=[5000])
    ap.add_argument("--physics-max", type=int, help="start with physics at up to this many nodes (default: kg's)")
    args = ap.parse_args()
    if args.physics_max is not None:
        view.PHYSICS_MAX = args.physics_max
    work = Path(tempfile.mkdtemp(prefix="bench-view-"))
    chrome = Chromium(work / "profile") if shutil.which("chromium") else None
    if chrome is None:
        print("chromium is not on PATH: page-writing time only", file=sys.stderr)
    try:
        columns = ["entities", "nodes", "edges", "physics", "write_s", "page_mb", "ready_s", "ready_wall_s", *ACTIONS]
        print(" ".join(f"{c:>12}" for c in columns))
        for n in args.nodes:
            r = measure(n, work, chrome)
            print(" ".join(f"{r.get(c, float('nan')):>12.2f}" if isinstance(r.get(c, 0.0), float) else f"{r[c]!s:>12}"
                           for c in columns))
    finally:
        if chrome:
            chrome.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
