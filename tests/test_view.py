"""`kg view` without a browser: what the page loads, how it embeds text, which nodes it keeps."""
from __future__ import annotations

import base64
import hashlib
import itertools
import json
import math
import re
from html.parser import HTMLParser

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import view
from kg.cli import main
from kg.errors import KGError
from kg.store import STORE, open_store
from kg.vocab import DCT, ID, KG, PROV, RDF, RDFS, SKOS

HOSTILE = "</script><script>alert(1)</script>"


def make_store(folder, entities: dict, relations=(), title="An article"):
    """A kg output folder holding just these entities and relations, in kg's vocabulary (kg/rdf.py).

    entities: key -> (class, {lang: label}, [aliases], mentions); relations: (key, predicate, key, sentence).
    All mentions and all evidence come from one article titled `title`.
    """
    n, lit = ox.NamedNode, ox.Literal
    a = n(ID + "article/a1")
    quads = [(a, n(RDF + "type"), n(KG + "Article")), (a, n(DCT + "title"), lit(title))]
    for key, (cls, labels, alt, mentions) in entities.items():
        e = n(ID + "entity/" + key)
        quads.append((e, n(RDF + "type"), n(KG + cls)))
        quads += [(e, n(RDFS + "label"), lit(text, language=lang or None)) for lang, text in labels.items()]
        quads += [(e, n(SKOS + "altLabel"), lit(text)) for text in alt]
        if mentions:
            quads.append((a, n(KG + "mentions"), e))
        quads += [(n(f"{ID}mention/a1/{key}-{i}"), n(KG + "mentionOf"), e) for i in range(mentions)]
    for i, (s, p, o, sentence) in enumerate(relations):
        s, p, o = n(ID + "entity/" + s), n(KG + p), n(ID + "entity/" + o)
        st, ev, sn = n(f"{ID}statement/{i}"), n(f"{ID}evidence/{i}"), n(f"{ID}article/a1/sentence/{i}")
        quads += [(s, p, o), (st, n(RDF + "subject"), s), (st, n(RDF + "predicate"), p), (st, n(RDF + "object"), o),
                  (st, n(KG + "evidence"), ev), (ev, n(KG + "sentence"), sn), (ev, n(PROV + "wasDerivedFrom"), a),
                  (sn, n(KG + "text"), lit(sentence))]
    store = ox.Store(str(folder / STORE))
    store.extend(ox.Quad(*q) for q in quads)
    store.flush()
    return store


# A(Org) launched P(Program), X(Person) leads A, P operates in Y(Place); Z stands alone.
SMALL = {
    "A": ("Organization", {"en": "Acme", "zh": "阿克米"}, ["ACME Corp"], 5),
    "P": ("Program", {"en": "Seed Plan", "de": "Saatplan"}, [], 3),
    "X": ("Person", {"en": "Xu Li"}, [], 2),
    "Y": ("Place", {"en": "Berlin", "de": "Berlin", "zh": "柏林"}, [], 4),
    "Z": ("Fund", {"zh": "孤独基金"}, [], 1),
}
SMALL_EDGES = [("A", "launched", "P", "Acme launched the Seed Plan."), ("X", "leaderOf", "A", "Xu Li leads Acme."),
               ("P", "operatesIn", "Y", "The Seed Plan runs in Berlin.")]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    folder = tmp_path_factory.mktemp("small")
    return folder, make_store(folder, SMALL, SMALL_EDGES)


def _kept(store, **kw):
    nodes, edges = view.collect(store)
    return {k.rsplit("/", 1)[-1] for k in view.select(nodes, edges, **kw)}


@pytest.mark.parametrize("kw, expected", [
    ({}, {"A", "P", "X", "Y", "Z"}),
    ({"focus": "Acme"}, {"A", "P", "X"}),
    ({"focus": "阿克米", "hops": 2}, {"A", "P", "X", "Y"}),
    ({"focus": "acme corp", "hops": 0}, {"A"}),  # aliases count, case does not
    ({"focus": "Acme", "hops": 3, "classes": {"Person", "Place"}}, {"A", "X", "Y"}),  # the focus itself stays
    ({"classes": {"Fund"}}, {"Z"}),
    ({"max_nodes": 2}, {"A", "Y"}),  # the most mentioned
    ({"focus": "Berlin", "hops": 3, "max_nodes": 3}, {"Y", "P", "A"}),  # nearest first, then mentions
])
def test_select(small, kw, expected):
    assert _kept(small[1], **kw) == expected


def test_missing_focus_is_a_kg_error(small, tmp_path):
    with pytest.raises(KGError, match="no entity named 'Seed'.*did you mean: Seed Plan"):
        view.render(small[1], tmp_path / "g.html", focus="Seed")
    result = CliRunner().invoke(main, ["view", str(small[0]), "-o", str(tmp_path / "g.html"), "--focus", "Nobody"])
    assert result.exit_code == 1
    assert result.output == "Error: no entity named 'Nobody' in the graph\n"
    assert not (tmp_path / "g.html").exists()


def test_cli_options_reach_the_page(small, tmp_path):
    out = tmp_path / "g.html"
    result = CliRunner().invoke(main, ["view", str(small[0]), "-o", str(out), "--focus", "Acme", "--class", "Program",
                                       "--lang", "de"])
    assert result.exit_code == 0, result.output
    assert result.output == f"2 nodes, 1 edges -> {out}\n"
    data = _payload(out.read_text(encoding="utf-8"))
    assert {n["label"] for n in data["nodes"]} == {"Saatplan", "Acme"}
    assert data["physics"] is True and not any("x" in n for n in data["nodes"])  # small: the page lays it out


@pytest.mark.parametrize("lang, expected", [("zh", {"阿克米", "Seed Plan", "Xu Li", "柏林", "孤独基金"}),
                                            ("de", {"Acme", "Saatplan", "Xu Li", "Berlin", "孤独基金"})])
def test_labels_in_the_chosen_language_with_fallback(small, tmp_path, lang, expected):
    view.render(small[1], tmp_path / "g.html", lang=lang)
    assert {n["label"] for n in _payload((tmp_path / "g.html").read_text(encoding="utf-8"))["nodes"]} == expected


class _Page(HTMLParser):
    """Every tag with its attributes, and the text of every <script> and <style>."""
    def __init__(self, text):
        super().__init__()
        self.tags, self.scripts, self.styles, self._in = [], [], [], None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in = (tag, dict(attrs)) if tag in ("script", "style") else None

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in and self._in[0] == "script":
            self.scripts.append((self._in[1], data))
        elif self._in:
            self.styles.append(data)


def _payload(text):
    return json.loads(next(d for attrs, d in _Page(text).scripts if attrs.get("id") == "graph-data"))


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    store = make_store(folder, {"E": ("Organization", {"en": HOSTILE}, ["<!--<script>"], 1),
                                "F": ("Fund", {"en": "</SCRIPT ><img src=x onerror=alert(2)>"}, [], 1)},
                       [("E", "established", "F", HOSTILE)], title=HOSTILE)
    view.render(store, folder / "g.html")
    return (folder / "g.html").read_text(encoding="utf-8")


def test_json_block_is_safe_and_round_trips(hostile_page):
    page = _Page(hostile_page)
    assert [t for t, _ in page.tags].count("script") == 3  # the data, vis-network, the page's own script
    assert "</script><script>alert" not in hostile_page and "<img" not in hostile_page
    data = _payload(hostile_page)
    assert {n["name"] for n in data["nodes"]} == {HOSTILE, "</SCRIPT ><img src=x onerror=alert(2)>"}
    assert data["edges"][0]["evidence"] == [{"sentence": HOSTILE, "article": HOSTILE}]
    assert "<!--<script>" in [a for n in data["nodes"] for a in n["alt"]]


def test_page_loads_nothing_remote(examples_out, tmp_path):
    view.render(open_store(examples_out), tmp_path / "g.html")
    text = (tmp_path / "g.html").read_text(encoding="utf-8")
    page = _Page(text)
    loads = [(tag, k, v) for tag, attrs in page.tags for k, v in attrs.items()
             if k in ("src", "href", "action", "formaction", "poster", "data", "srcset", "background")]
    assert loads == []  # nothing is loaded by URL, not even locally
    # Nor by a script that builds such an element: no remote src= or href= anywhere in the text.
    assert re.findall(r"""(?:src|href)\s*=\s*["'`]?\s*(?:https?:)?//""", text, re.I) == []
    assert [t for t, _ in page.tags if t in ("link", "iframe", "img", "object", "embed", "base")] == []
    for css in page.styles:
        assert "@import" not in css
        assert set(re.findall(r"url\(\s*['\"]?([a-z]+):", css)) <= {"data"}
    csp = next(a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    # The policy names the page's two scripts by hash; a mismatch would block them, so check it here too.
    for attrs, code in page.scripts:
        if "type" not in attrs:
            assert "'sha256-" + base64.b64encode(hashlib.sha256(code.encode()).digest()).decode() + "'" in csp


def test_page_is_reproducible(small, tmp_path):
    view.render(small[1], tmp_path / "a.html")
    view.render(small[1], tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_layout_gives_every_node_its_own_place():
    # A hub with 400 spokes and a 100-node chain hanging off it, a 200-node chain, 100 isolated nodes.
    ids = [f"n{i}" for i in range(801)]
    edges = [{"from": "n0", "to": f"n{i}"} for i in range(1, 401)]
    edges += [{"from": f"n{i}", "to": f"n{i + 1}"} for i in [*range(401, 600), *range(601, 700)]] + [{"from": "n0", "to": "n601"}]
    pos = view.layout(ids, edges)
    assert set(pos) == set(ids)
    closest = min(math.dist(p, q) for p, q in itertools.combinations(pos.values(), 2))
    assert closest >= 50  # spacing is 60; rounding and packing cost a little
    assert view.layout(list(reversed(ids)), list(reversed(edges))) == pos


def test_large_graphs_start_without_physics(tmp_path):
    entities = {f"e{i}": ("Place", {"en": f"Place {i}"}, [], 1) for i in range(view.PHYSICS_MAX + 1)}
    view.render(make_store(tmp_path, entities), tmp_path / "g.html")
    data = _payload((tmp_path / "g.html").read_text(encoding="utf-8"))
    assert data["physics"] is False and len(data["nodes"]) == view.PHYSICS_MAX + 1
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])


def test_bad_numbers_and_targets(small, tmp_path):
    with pytest.raises(KGError, match="--max-nodes"):
        view.render(small[1], tmp_path / "g.html", max_nodes=0)
    with pytest.raises(KGError, match="no such folder"):
        view.render(small[1], tmp_path / "missing" / "g.html")
