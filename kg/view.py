"""`kg view`: one self-contained HTML page that explores the graph and makes no network request.

    collect(store)  -> nodes and edges as plain JSON-ready dicts (names, articles, amounts, evidence)
    select(...)     -> which of them to show (--focus/--hops, --class, --max-nodes)
    layout(...)     -> a position for every node
    render(...)     -> the page, written atomically

Safety: article text is untrusted. The graph travels as JSON in a <script type="application/json">
block with every "<" escaped, the page's script builds tooltips and the side panel with textContent
only, and the Content-Security-Policy allows exactly the page's own two scripts (by hash), so even
markup that slipped through could not run an inline handler or load anything.
vis-network's script and stylesheet (the copy pyvis ships) are inlined: pyvis's own in_line template
still loads bootstrap from a CDN, so it is not used.
"""
from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import math
import re
from collections import defaultdict
from pathlib import Path

from .errors import KGError
from .query import run
from .store import atomic_path

CLASSES = ("Organization", "Person", "Fund", "Program", "Place")
COLORS = {"Organization": "#4e79a7", "Person": "#f28e2b", "Fund": "#59a14f", "Program": "#af7aa1", "Place": "#e15759"}
SHAPES = {"Organization": "box", "Person": "ellipse", "Fund": "diamond", "Program": "hexagon", "Place": "triangle"}
FALLBACK = ("en", "zh", "de", "")  # label languages tried after the one asked for
# Above this many nodes the page starts on kg's own layout with physics off. With physics, headless
# Chromium (bench/bench_view.py --physics-max) first drew 100 nodes after 0.7-0.9 s, 300 after
# 1.6-1.8 s, 600 after 3 s, 1,000 after 6-8 s and 2,000 after 18-19 s; without, 5,000 after 1.0-1.3 s.
PHYSICS_MAX = 300
MAX_LIST = 50  # articles per node and evidence per edge carried in the page; the panel says how many more
MAX_LABEL = 40  # characters of a name drawn on the canvas; the panel shows it whole

_NAMES = """
SELECT ?e ?c ?kind ?label WHERE {
  VALUES ?c { kg:Organization kg:Person kg:Fund kg:Program kg:Place }
  ?e a ?c .
  OPTIONAL { { ?e rdfs:label ?label BIND("label" AS ?kind) } UNION { ?e skos:altLabel ?label BIND("alt" AS ?kind) } }
}"""
_MENTIONS = "SELECT ?e (COUNT(?m) AS ?n) WHERE { ?m kg:mentionOf ?e } GROUP BY ?e"
_ARTICLES = """SELECT ?e ?title ?date WHERE { ?a kg:mentions ?e .
  OPTIONAL { ?a dct:title ?t } OPTIONAL { ?a dct:date ?date } BIND(COALESCE(STR(?t), STR(?a)) AS ?title) }"""
_AMOUNTS = """SELECT ?e ?value ?currency ?deadline WHERE { ?e kg:amount ?a . ?a kg:value ?value ; kg:currency ?currency .
  OPTIONAL { ?a kg:deadline ?deadline } }"""
_EDGES = """
SELECT ?s ?p ?o ?sentence ?title WHERE {
  VALUES ?p { kg:leaderOf kg:memberOf kg:launched kg:established kg:funds kg:partOf kg:partnerOf kg:locatedIn kg:operatesIn }
  ?s ?p ?o .
  OPTIONAL { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?ev .
             ?ev kg:sentence/kg:text ?sentence ; prov:wasDerivedFrom ?a . OPTIONAL { ?a dct:title ?title } }
}"""


def collect(store) -> tuple[dict[str, dict], list[dict]]:
    """Every entity (by IRI) and every relation between two entities, with what the page shows of them."""
    def rows(query):
        return run(store, query, limit=10**8).rows

    nodes: dict[str, dict] = {}
    for e, c, kind, label in rows(_NAMES):
        n = nodes.setdefault(e.value, {"id": e.value, "cls": c.value.rsplit("#", 1)[-1], "labels": {}, "alt": set(),
                                       "mentions": 0, "articles": set(), "amounts": []})
        if kind is None:
            continue
        if kind.value == "alt":
            n["alt"].add(label.value)
        else:  # two labels in one language should not happen; keep the smaller so pages are reproducible
            lang = label.language or ""
            n["labels"][lang] = min(label.value, n["labels"].get(lang, label.value))
    for e, count in rows(_MENTIONS):
        if e.value in nodes:
            nodes[e.value]["mentions"] = int(count.value)
    for e, title, date in rows(_ARTICLES):
        if e.value in nodes:
            nodes[e.value]["articles"].add((date.value if date else "", title.value))
    for e, value, currency, deadline in rows(_AMOUNTS):
        if e.value in nodes:
            nodes[e.value]["amounts"].append(f"{value.value} {currency.value}" + (f" by {deadline.value}" if deadline else ""))
    for n in nodes.values():
        n["alt"] = sorted(n["alt"] - set(n["labels"].values()))
        n["articles"] = [f"{d} {t}".strip() for d, t in sorted(n["articles"], reverse=True)]  # newest first
        n["amounts"].sort()

    edges: dict[tuple, dict] = {}
    for s, p, o, sentence, title in rows(_EDGES):
        if s.value not in nodes or o.value not in nodes:
            continue
        k = (s.value, p.value.rsplit("#", 1)[-1], o.value)
        edge = edges.setdefault(k, {"from": k[0], "to": k[2], "label": k[1], "evidence": set()})
        if sentence is not None:
            edge["evidence"].add((sentence.value, title.value if title else ""))
    for edge in edges.values():
        edge["evidence"] = [{"sentence": s, "article": a} for s, a in sorted(edge["evidence"])]
    return nodes, [edges[k] for k in sorted(edges)]


def select(nodes: dict, edges: list, *, focus: str | None = None, hops: int = 1, max_nodes: int = 2000,
           classes: set | None = None) -> list[str]:
    """Ids to show, most important first: nearest the focus, then most mentioned, then best connected.

    --class keeps only those classes, but the focus itself always stays: the user named it.
    """
    import networkx as nx

    if hops < 0 or max_nodes < 1:
        raise KGError("--hops must be 0 or more and --max-nodes 1 or more")
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from((e["from"], e["to"]) for e in edges)
    distance = dict.fromkeys(nodes, 0)
    if focus:
        wanted = focus.casefold()
        centres = [n for n, d in nodes.items() if wanted in {x.casefold() for x in _names(d)}]
        if not centres:
            near = sorted({x for d in nodes.values() for x in _names(d) if wanted in x.casefold()})[:5]
            hint = f" (did you mean: {', '.join(near)}?)" if near else ""
            raise KGError(f"no entity named {focus!r} in the graph{hint}")
        distance = nx.multi_source_dijkstra_path_length(g, centres, cutoff=hops)
    keep = [n for n, d in distance.items() if not classes or nodes[n]["cls"] in classes or (focus and d == 0)]
    keep.sort(key=lambda n: (distance[n], -nodes[n]["mentions"], -g.degree(n), n))
    return keep[:max_nodes]


def _names(node: dict) -> list[str]:
    return [*node["labels"].values(), *node["alt"]]


def layout(ids: list[str], edges: list[dict], spacing: float = 60.0) -> dict[str, tuple[float, float]]:
    """A radial tree per connected component, components packed in rows under the largest.

    Linear in the graph's size and pure Python: networkx's spring_layout needs numpy (and scipy above
    500 nodes), which kg does not depend on, and it compares every pair of nodes on every iteration.
    The page can still relax this layout with its physics switch.
    """
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(sorted(ids))
    g.add_edges_from(sorted((e["from"], e["to"]) for e in edges))
    discs = sorted((_radial(g, sorted(c), spacing) for c in nx.connected_components(g)), key=lambda d: (-d[0], min(d[1])))
    width = math.sqrt(sum((2 * r) ** 2 for r, _ in discs))  # rows about as wide as a square holding them all
    rows, used = [[]], 0.0
    for r, local in discs:
        if rows[-1] and used + 2 * r > width:
            rows.append([])
            used = 0.0
        rows[-1].append((r, local))
        used += 2 * r
    pos: dict[str, tuple[float, float]] = {}
    top = 0.0
    for row in rows:
        height, x = max(2 * r for r, _ in row), (width - sum(2 * r for r, _ in row)) / 2
        for r, local in row:
            for n, (dx, dy) in local.items():
                pos[n] = (round(x + r + dx, 1), round(top + height / 2 + dy, 1))
            x += 2 * r
        top += height
    return pos


def _radial(g, component: list[str], spacing: float) -> tuple[float, dict]:
    """(radius, offsets) of one component: breadth-first rings around its best connected node.

    Each child aims at the middle of a share of its parent's angle proportional to the leaves below
    it; each ring's radius leaves room for all its nodes and _spread keeps them `spacing` apart.
    """
    root = min(component, key=lambda n: (-g.degree(n), n))
    rings, children, seen = [[root]], defaultdict(list), {root}
    while True:
        ring = []
        for n in rings[-1]:
            for m in sorted(g.neighbors(n)):
                if m not in seen:
                    seen.add(m)
                    children[n].append(m)
                    ring.append(m)
        if not ring:
            break
        rings.append(ring)
    leaves = {}
    for ring in reversed(rings):
        for n in ring:
            leaves[n] = sum(leaves[c] for c in children[n]) or 1
    angle, share, local, radius = {root: 0.0}, {root: 2 * math.pi}, {root: (0.0, 0.0)}, 0.0
    for parents, ring in zip(rings, rings[1:]):
        radius = max(radius + 2.5 * spacing, len(ring) * spacing / (2 * math.pi))
        wanted = {}
        for n in parents:
            start = angle[n] - share[n] / 2
            for c in children[n]:
                share[c] = share[n] * leaves[c] / leaves[n]
                wanted[c] = start + share[c] / 2
                start += share[c]
        angle.update(_spread(sorted(ring, key=lambda n: wanted[n]), wanted, spacing / radius))
        local.update((n, (radius * math.cos(angle[n]), radius * math.sin(angle[n]))) for n in ring)
    return radius + spacing / 2, local


def _spread(ring: list[str], wanted: dict, gap: float) -> dict:
    """Angles as close to `wanted` as a forward then a backward sweep allow, at least `gap` apart all
    round the circle (possible because len(ring) * gap <= 2 pi, which the ring's radius ensures)."""
    forward = []
    for n in ring:
        forward.append(max(wanted[n], forward[-1] + gap) if forward else wanted[n])
    placed = [min(forward[-1], forward[0] + 2 * math.pi - gap)]
    for a in reversed(forward[:-1]):
        placed.append(min(a, placed[-1] - gap))
    return dict(zip(ring, reversed(placed)))


def render(store, target: str | Path, *, lang: str = "en", focus: str | None = None, hops: int = 1,
           max_nodes: int = 2000, classes: set | None = None) -> dict:
    """Write the page for `store` to `target`; return how many nodes and edges it shows."""
    nodes, edges = collect(store)
    keep = select(nodes, edges, focus=focus, hops=hops, max_nodes=max_nodes, classes=classes)
    kept = set(keep)
    edges = [e for e in edges if e["from"] in kept and e["to"] in kept]
    physics = len(keep) <= PHYSICS_MAX
    positions = {} if physics else layout(keep, edges)
    degree = defaultdict(int)
    for e in edges:
        degree[e["from"]] += 1
        degree[e["to"]] += 1
        e["more"] = max(0, len(e["evidence"]) - MAX_LIST)
        e["evidence"] = e["evidence"][:MAX_LIST]
    out_nodes = []
    for n in sorted(keep):
        d = nodes[n]
        name = next((d["labels"][k] for k in (lang, *FALLBACK) if k in d["labels"]), None)
        name = name or min(d["labels"].values(), default=None) or (d["alt"] or [n.rsplit("/", 1)[-1]])[0]
        out_nodes.append({"id": n, "name": name, "label": _short(name), "cls": d["cls"], "labels": d["labels"],
                          "alt": d["alt"], "mentions": d["mentions"], "articles": d["articles"][:MAX_LIST],
                          "more": max(0, len(d["articles"]) - MAX_LIST), "amounts": d["amounts"],
                          "value": d["mentions"] + degree[n]})
        if n in positions:
            out_nodes[-1]["x"], out_nodes[-1]["y"] = positions[n]
    payload = {"nodes": out_nodes, "edges": edges, "classes": {c: {"color": COLORS[c], "shape": SHAPES[c]} for c in CLASSES},
               "physics": physics, "lang": lang,
               "summary": {"nodes": len(out_nodes), "edges": len(edges), "entities": len(nodes), "focus": focus or ""}}
    target = Path(target)
    if not target.parent.is_dir():
        raise KGError(f"{target.parent}: no such folder")
    if target.is_dir():
        raise KGError(f"{target}: is a folder")
    with atomic_path(target) as tmp:
        tmp.write_text(page(payload), encoding="utf-8")
    return {"nodes": len(out_nodes), "edges": len(edges)}


def _short(name: str) -> str:
    return name if len(name) <= MAX_LABEL else name[:MAX_LABEL - 1] + "…"


def _asset(name: str) -> str:
    # Beside this module rather than importlib.resources: the editable install maps `kg` as a
    # namespace package, where resources.files("kg") fails outside the checkout.
    return (Path(__file__).parent / "view_assets" / name).read_text(encoding="utf-8")


def _vis(name: str) -> str:
    # Located, not imported: importing pyvis costs 0.2 s (it imports networkx and jinja2).
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise KGError("pyvis is not installed: `kg view` inlines the vis-network it ships")
    return (Path(spec.submodule_search_locations[0]) / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def _json_safe(text: str) -> str:
    """JSON that cannot end or alter the <script> element holding it: every "<" becomes \\u003c (in
    JSON it can only occur inside strings, where that means the same), so no "</script" and no "<!--"."""
    return text.replace("<", "\\u003c")


def _js_safe(js: str) -> str:
    """Script text with "</script" and "<!--" written "<\\/script" and "<\\!--", which mean the same in
    strings and comments, where such text lives in a script (vis-network 9.1.2 and app.js have none)."""
    return re.sub(r"(?i)<(/script|!--)", r"<\\\1", js)


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def page(payload: dict) -> str:
    """The whole HTML page for a payload built by render()."""
    scripts = {"VIS_JS": _js_safe(_vis("vis-network.min.js")), "APP_JS": _js_safe(_asset("app.js"))}
    parts = {**scripts,
             "VIS_CSS": re.sub(r"(?i)</style", r"<\\/style", _vis("vis-network.css")),
             "GRAPH_JSON": _json_safe(json.dumps(payload, ensure_ascii=False, sort_keys=True)),
             "SCRIPT_HASHES": " ".join(_sha256(s) for s in scripts.values())}
    # One pass, so nothing inserted is searched again for placeholders.
    return re.sub(r"/\*(\w+)\*/", lambda m: parts.get(m[1], m[0]), _asset("page.html"))
