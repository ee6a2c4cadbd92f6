"""`kg view`: an interactive vis-network page that makes no network request.

vis-network's script and stylesheet (the copy pyvis ships) are inlined; the graph travels as JSON in
a <script type="application/json"> block with "<" escaped, and the page's own script builds every
tooltip and panel with textContent, never innerHTML: article text is untrusted. Above
LAYOUT_THRESHOLD nodes the layout is computed here (networkx) and physics starts off, because
browsers take minutes to settle physics on thousands of nodes (pyvis #204).
"""
from __future__ import annotations

import json
from collections import defaultdict
from importlib import resources as ir
from pathlib import Path

from .errors import KGError
from .query import run
from .store import atomic_path

COLORS = {"Organization": "#4e79a7", "Person": "#f28e2b", "Fund": "#59a14f", "Program": "#af7aa1", "Place": "#e15759"}
SHAPES = {"Organization": "box", "Person": "ellipse", "Fund": "diamond", "Program": "hexagon", "Place": "triangle"}
LAYOUT_THRESHOLD = 300

_ENTITIES = """
SELECT ?e ?c ?label ?kind (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
  VALUES ?c { kg:Organization kg:Person kg:Fund kg:Program kg:Place }
  ?e a ?c .
  { ?e rdfs:label ?label BIND("label" AS ?kind) } UNION { ?e skos:altLabel ?label BIND("alt" AS ?kind) }
  OPTIONAL { ?m kg:mentionOf ?e }
} GROUP BY ?e ?c ?label ?kind"""
_ARTICLES = """SELECT ?e ?title WHERE { ?a kg:mentions ?e . OPTIONAL { ?a dct:title ?t } BIND(COALESCE(STR(?t), STR(?a)) AS ?title) }"""
_AMOUNTS = """SELECT ?e ?value ?currency ?deadline WHERE { ?e kg:amount ?a . ?a kg:value ?value ; kg:currency ?currency .
  OPTIONAL { ?a kg:deadline ?deadline } }"""
_EDGES = """
SELECT ?s ?p ?o ?sentence ?title WHERE {
  VALUES ?p { kg:leaderOf kg:memberOf kg:launched kg:established kg:funds kg:partOf kg:partnerOf kg:locatedIn kg:operatesIn }
  ?s ?p ?o .
  OPTIONAL { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?ev .
             ?ev kg:sentence/kg:text ?sentence ; prov:wasDerivedFrom ?a . OPTIONAL { ?a dct:title ?title } }
}"""


def collect(store) -> tuple[dict, list]:
    nodes: dict[str, dict] = {}
    for e, c, label, kind, mentions in run(store, _ENTITIES, limit=10**7).rows:
        n = nodes.setdefault(e.value, {"id": e.value, "cls": c.value.rsplit("#", 1)[-1], "labels": {}, "alt": [],
                                       "mentions": 0, "articles": [], "amounts": []})
        if kind.value == "label":
            n["labels"][label.language or ""] = label.value
        else:
            n["alt"].append(label.value)
        n["mentions"] = max(n["mentions"], int(mentions.value))
    for e, title in run(store, _ARTICLES, limit=10**7).rows:
        if e.value in nodes and title is not None:
            nodes[e.value]["articles"].append(title.value)
    for e, value, currency, deadline in run(store, _AMOUNTS, limit=10**7).rows:
        if e.value in nodes:
            nodes[e.value]["amounts"].append(f"{value.value} {currency.value}" + (f" by {deadline.value}" if deadline else ""))
    edges: dict[tuple, dict] = {}
    for s, p, o, sentence, title in run(store, _EDGES, limit=10**7).rows:
        k = (s.value, p.value.rsplit("#", 1)[-1], o.value)
        edge = edges.setdefault(k, {"from": k[0], "to": k[2], "label": k[1], "evidence": []})
        if sentence is not None:
            edge["evidence"].append({"sentence": sentence.value, "article": title.value if title else ""})
    for n in nodes.values():
        n["alt"].sort()
        n["articles"] = sorted(set(n["articles"]))
        n["amounts"].sort()
    return nodes, [edges[k] for k in sorted(edges)]


def select(nodes: dict, edges: list, *, focus: str | None, hops: int, max_nodes: int, classes: set | None):
    import networkx as nx

    g = nx.MultiDiGraph()
    g.add_nodes_from(nodes)
    g.add_edges_from((e["from"], e["to"]) for e in edges)
    keep = set(nodes)
    if classes:
        keep = {n for n in keep if nodes[n]["cls"] in classes}
    if focus:
        wanted = focus.casefold()
        centres = [n for n, d in nodes.items()
                   if wanted in {x.casefold() for x in list(d["labels"].values()) + d["alt"]}]
        if not centres:
            raise KGError(f"no entity named {focus!r} in the graph")
        ego = set()
        for c in centres:
            ego |= set(nx.ego_graph(g.to_undirected(as_view=True), c, radius=hops))
        keep &= ego
    if len(keep) > max_nodes:
        keep = set(sorted(keep, key=lambda n: (-nodes[n]["mentions"], n))[:max_nodes])
    return keep


def render(store, target: str | Path, *, lang: str = "en", focus: str | None = None, hops: int = 1,
           max_nodes: int = 2000, classes: set | None = None) -> dict:
    import networkx as nx

    nodes, edges = collect(store)
    keep = select(nodes, edges, focus=focus, hops=hops, max_nodes=max_nodes, classes=classes)
    edges = [e for e in edges if e["from"] in keep and e["to"] in keep]
    positions = {}
    if len(keep) > LAYOUT_THRESHOLD:
        g = nx.Graph()
        g.add_nodes_from(sorted(keep))
        g.add_edges_from((e["from"], e["to"]) for e in edges)
        scale = 40 * len(keep) ** 0.5
        positions = {n: (float(x) * scale, float(y) * scale)
                     for n, (x, y) in nx.spring_layout(g, seed=7, iterations=30).items()}
    degree = defaultdict(int)
    for e in edges:
        degree[e["from"]] += 1
        degree[e["to"]] += 1
    out_nodes = []
    for n in sorted(keep):
        d = nodes[n]
        label = d["labels"].get(lang) or next((d["labels"][k] for k in ("en", "zh", "de", "") if k in d["labels"]), n)
        item = {"id": n, "label": label, "cls": d["cls"], "labels": d["labels"], "alt": d["alt"],
                "mentions": d["mentions"], "articles": d["articles"][:50], "amounts": d["amounts"],
                "value": d["mentions"] + degree[n]}
        if n in positions:
            item["x"], item["y"] = positions[n]
        out_nodes.append(item)
    payload = {"nodes": out_nodes, "edges": edges, "colors": COLORS, "shapes": SHAPES,
               "physics": len(keep) <= LAYOUT_THRESHOLD,
               "summary": {"nodes": len(out_nodes), "edges": len(edges), "total": len(nodes)}}
    page = _page(payload)
    target = Path(target)
    if target.parent and not target.parent.exists():
        raise KGError(f"{target.parent}: no such folder")
    with atomic_path(target) as tmp:
        tmp.write_text(page, encoding="utf-8")
    return {"nodes": len(out_nodes), "edges": len(edges)}


def _asset(*parts: str) -> str:
    return ir.files("pyvis").joinpath("lib", *parts).read_text(encoding="utf-8")


def _script_safe(text: str) -> str:
    # Inside <script>, "</script" ends the element and "<!--" changes parsing: escape every "<".
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _page(payload: dict) -> str:
    template = ir.files("kg").joinpath("view_assets", "page.html").read_text(encoding="utf-8")
    data = _script_safe(json.dumps(payload, ensure_ascii=False, sort_keys=True))
    js = _asset("vis-9.1.2", "vis-network.min.js").replace("</script", "<\\/script")
    css = _asset("vis-9.1.2", "vis-network.css").replace("</style", "<\\/style")
    app = ir.files("kg").joinpath("view_assets", "app.js").read_text(encoding="utf-8")
    return (template.replace("/*VIS_CSS*/", css).replace("/*VIS_JS*/", js)
            .replace("/*APP_JS*/", app).replace("/*GRAPH_JSON*/", data))
