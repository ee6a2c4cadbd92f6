"""kg query: the shipped queries on real graphs, parameters bound as terms, result formats,
refusals proven with a listener on 127.0.0.1, limits, exit codes, and kg serve."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import query as q
from kg.cli import main
from kg.errors import KGError, UnsafeQueryError
from kg.vocab import PREFIXES

TINY = """
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/kg-news/id/entity/a> a kg:Organization ; rdfs:label "阿里巴巴集团"@zh , "Alibaba Group"@en ;
    kg:nameKey "阿里巴巴集团", "alibaba group" ; kg:rank 1 ; kg:classRank 1 ; kg:mentionCount 3 ; kg:articleCount 1 .
<https://w3id.org/kg-news/id/entity/b> a kg:Person ; rdfs:label "张勇"@zh , "Zhang Yong"@en ;
    kg:nameKey "张勇", "zhang yong" ; kg:rank 2 ; kg:classRank 1 ; kg:mentionCount 2 ; kg:articleCount 1 ;
    kg:leaderOf <https://w3id.org/kg-news/id/entity/a> .
<https://w3id.org/kg-news/id/entity/q> a kg:Person ; rdfs:label "x\\" } ; DROP ALL ; {"@en ;
    kg:nameKey "x\\" } ; drop all ; {" ; kg:rank 3 ; kg:classRank 2 ; kg:mentionCount 1 ; kg:articleCount 1 .
"""
TINY_TRIPLES = len(list(ox.parse(TINY.encode(), format=ox.RdfFormat.TURTLE)))  # unchanged by any refused query
INJECTION = 'x" } ; DROP ALL ; {'
CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # |triples|^3 rows


def kg(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def one_error_line(result) -> str:
    assert result.exit_code != 0
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    out = tmp_path_factory.mktemp("tiny")
    store = ox.Store(str(out / "store"))
    store.load(TINY.encode(), format=ox.RdfFormat.TURTLE)
    store.flush()
    del store
    return out


def a_fact(out) -> dict[str, str]:
    """Names of the two ends of some fact with evidence, and its relation (graphs change as the
    pipeline improves, so tests look the names up rather than hard-coding them)."""
    store = ox.Store.read_only(str(out / "store"))
    row = next(iter(store.query(
        "SELECT ?sl ?p ?ol WHERE { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?ev . "
        "?s rdfs:label ?sl . ?o rdfs:label ?ol . ?m kg:mentionOf ?s } ORDER BY ?sl ?ol LIMIT 1", prefixes=PREFIXES)))
    return {"subject": row["sl"].value, "relation": row["p"].value.rsplit("#", 1)[1], "object": row["ol"].value}


# --- the query library ---------------------------------------------------------------------

def test_every_shipped_query_is_described_and_listed():
    lib = q.library()
    assert {"commitments", "entities", "entity", "evidence", "facts", "names", "roles"} <= set(lib)
    listing = kg("query", "--list")
    assert listing.exit_code == 0
    for nq in lib.values():
        assert nq.text.startswith("# ") and len(nq.description) > 20, nq.name
        header = f"{nq.name} [paged: {nq.page} per page]" if nq.page else nq.name
        assert f"{header}\n    {nq.description}\n" in listing.stdout
        for name, help_ in nq.params:
            assert f"?{name}" in nq.text and help_, (nq.name, name)
            assert f"    -p {name}=…  {help_}\n" in listing.stdout


@pytest.mark.parametrize("graph", ["examples_out", "seeds_out"])
@pytest.mark.parametrize("name", sorted(q.library()))
def test_every_shipped_query_returns_rows(request, graph, name):
    out = request.getfixturevalue(graph)
    fact = a_fact(out)
    params = {"name": fact["subject"], **fact}
    wanted = [p for p, _ in q.library()[name].params if p not in ("type", "lang")]
    args = [a for p in wanted for a in ("-p", f"{p}={params[p]}")]
    result = kg("query", out, name, "-f", "json", *args)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["results"]["bindings"], f"{name} returned no rows on {graph}"
    assert not {p for p, _ in q.library()[name].params} & set(data["head"]["vars"])  # parameters are not columns


def rows(out, name, *args):
    result = kg("query", out, name, "-f", "json", *args)
    assert result.exit_code == 0, result.stderr
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(result.stdout)["results"]["bindings"]]


def test_commitments_on_the_seeds(seeds_out):
    found = rows(seeds_out, "commitments")
    assert any(r["value"] == "100000000000" and r["currency"] == "CNY" and r.get("deadline") == "2025" for r in found)
    assert all(int(r["articles"]) >= 1 for r in found)


def test_roles_on_the_seeds(seeds_out):
    people = {r["person"] for r in rows(seeds_out, "roles")} | {r["person"] for r in rows(seeds_out, "roles", "--lang", "zh")}
    assert people & {"Zhang Yong", "张勇"}


def test_entity_names_and_facts_by_name(seeds_out):
    assert {r["what"] for r in rows(seeds_out, "entity", "-p", "name=张勇")} >= {"class", "label@zh", "mentioned in"}
    assert "张勇" in {r["surface"] for r in rows(seeds_out, "names", "-p", "name=张勇")}
    assert rows(seeds_out, "facts", "-p", "name=张勇")
    assert rows(seeds_out, "entity", "-p", "name=ZHANG YONG"), "names match case-insensitively"


def test_the_label_language_is_chosen_and_falls_back(tiny):
    assert [r["label"] for r in rows(tiny, "entities", "-p", "type=Organization", "--lang", "zh")] == ["阿里巴巴集团"]
    assert [r["label"] for r in rows(tiny, "entities", "-p", "type=Organization", "--lang", "de")] == ["Alibaba Group"]
    assert {r["class"] for r in rows(tiny, "entities")} == {"Organization", "Person"}


# --- parameters are RDF terms -----------------------------------------------------------

def test_a_parameter_cannot_change_the_query(seeds_out, tiny):
    for text in (INJECTION, "}", "{ ?s ?p ?o }", "\\", "'''", "x\" . ?s ?p ?o . FILTER(\"1"):
        result = kg("query", seeds_out, "entity", "-p", f"name={text}")
        assert result.exit_code == 0, result.stderr
        assert result.stdout.endswith("(0 rows)\n")
    # bound verbatim as a literal: the entity whose label *is* that text is found
    assert {r["detail"] for r in rows(tiny, "entity", "-p", f"name={INJECTION}") if r["what"] == "label@en"} == {INJECTION}


def test_unselected_parameter_is_a_clear_error(tiny):
    line = one_error_line(kg("query", tiny, "SELECT ?s WHERE { ?s rdfs:label ?l FILTER(STR(?l) = ?name) }", "-p", "name=x"))
    assert line.startswith("Error: cannot bind name: Oxigraph binds a parameter only to a variable of the SELECT clause")
    ok = kg("query", tiny, "SELECT ?s ?name WHERE { ?s rdfs:label ?l FILTER(STR(?l) = ?name) }", "-p", "name=张勇")
    assert ok.stdout == "s           | name\n------------+-----\nid:entity/b | 张勇\n(1 row)\n"


def test_an_iri_parameter(tiny):
    iri = "https://w3id.org/kg-news/id/entity/a"
    found = kg("query", tiny, "SELECT ?who ?o WHERE { ?who kg:leaderOf ?o }", "-p", f"o={iri}", "-f", "csv")
    assert found.stdout == f"who,o\nhttps://w3id.org/kg-news/id/entity/b,{iri}\n"
    assert "is not a valid IRI" in one_error_line(kg("query", tiny, "SELECT ?o WHERE { ?s ?p ?o }", "-p", "o=<a b>"))


# --- result formats ----------------------------------------------------------------------

NAMES = "SELECT ?name ?who WHERE { ?who kg:leaderOf ?o ; rdfs:label ?name } ORDER BY ?name"


def test_table_is_aligned_by_display_width(tiny):
    assert kg("query", tiny, NAMES).stdout == (
        "name       | who\n"
        "-----------+------------\n"
        "Zhang Yong | id:entity/b\n"
        "张勇       | id:entity/b\n"
        "(2 rows)\n")


def test_csv_and_tsv(tiny):
    b = "https://w3id.org/kg-news/id/entity/b"
    assert kg("query", tiny, NAMES, "-f", "csv").stdout == f"name,who\nZhang Yong,{b}\n张勇,{b}\n"
    assert kg("query", tiny, NAMES, "-f", "tsv").stdout == f"name\twho\nZhang Yong\t{b}\n张勇\t{b}\n"
    quoted = kg("query", tiny, 'SELECT ?l WHERE { ?s rdfs:label ?l FILTER(CONTAINS(?l, "DROP")) }', "-f", "csv")
    assert quoted.stdout == 'l\n"x"" } ; DROP ALL ; {"\n'


def test_json_is_sparql_results_json(tiny):
    result = kg("query", tiny, "SELECT ?name ?who (STRLEN(?name) AS ?n) ?none WHERE { ?who kg:leaderOf ?o ; rdfs:label ?name } ORDER BY ?name", "-f", "json")
    b = {"type": "uri", "value": "https://w3id.org/kg-news/id/entity/b"}
    length = "http://www.w3.org/2001/XMLSchema#integer"
    assert json.loads(result.stdout) == {
        "head": {"vars": ["name", "who", "n", "none"]},
        "results": {"bindings": [
            {"name": {"type": "literal", "value": "Zhang Yong", "xml:lang": "en"}, "who": b,
             "n": {"type": "literal", "value": "10", "datatype": length}},
            {"name": {"type": "literal", "value": "张勇", "xml:lang": "zh"}, "who": b,
             "n": {"type": "literal", "value": "2", "datatype": length}},
        ]}}


def test_ask(tiny):
    assert kg("query", tiny, "ASK { ?s a kg:Person }").stdout == "true\n"
    assert kg("query", tiny, "ASK { ?s a kg:Fund }").stdout == "false\n"
    assert json.loads(kg("query", tiny, "ASK { ?s a kg:Person }", "-f", "json").stdout) == {"head": {}, "boolean": True}


@pytest.mark.parametrize("text", ["CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s kg:leaderOf ?o ; rdfs:label ?l }",
                                  "DESCRIBE id:entity\\/b"])
def test_construct_and_describe_give_turtle(tiny, text):
    out = kg("query", tiny, text).stdout
    assert 'id:entity\\/b' in out and '"张勇"@zh' in out
    triples = {quad.triple for quad in ox.parse(out.encode(), format=ox.RdfFormat.TURTLE)}
    b = ox.NamedNode("https://w3id.org/kg-news/id/entity/b")
    assert ox.Triple(b, ox.NamedNode(PREFIXES["rdfs"] + "label"), ox.Literal("张勇", language="zh")) in triples


# --- safety ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?x a kg:Person OPTIONAL { { SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:{port}/s> { ?x ?p ?o } } } } }",
    "ASK { { ?s ?p ?o } UNION { SERVICE <http://127.0.0.1:{port}/s> { ?s ?p ?o } } }",
    "SELECT * FROM <http://127.0.0.1:{port}/g> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <http://127.0.0.1:{port}/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "CONSTRUCT { ?s ?p ?o } FROM <http://127.0.0.1:{port}/g> WHERE { ?s ?p ?o }",
    "DESCRIBE <http://127.0.0.1:{port}/x> FROM <http://127.0.0.1:{port}/g>",
    "LOAD <http://127.0.0.1:{port}/data.ttl>",
    "INSERT DATA { <http://127.0.0.1:{port}/a> <http://x/p> 1 }",
    "DROP ALL",
    "CLEAR DEFAULT",
])
def test_network_and_updates_are_refused_before_anything_runs(tiny, listener, text):
    port, received = listener
    line = one_error_line(kg("query", tiny, text.replace("{port}", str(port))))
    assert line.split(":")[1].strip().split()[0] in ("SERVICE", "FROM", "updates")
    assert "refused" in line
    time.sleep(0.2)
    assert received == []
    assert kg("query", tiny, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-f", "csv").stdout == f"n\n{TINY_TRIPLES}\n"


def test_the_listener_would_have_heard_a_service_call(tiny, listener):
    """The control for the test above: with --allow-remote, Oxigraph does call the listener."""
    port, received = listener
    kg("query", tiny, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}", "--allow-remote")
    assert received and received[0].startswith(b"POST /sparql")


def test_the_check_reads_rdflibs_parse_tree():
    for text in ("SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
                 "SELECT * WHERE { ?s ?p ?o MINUS { SERVICE <http://x/> { ?s ?p ?o } } }",
                 "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
                 "ASK FROM NAMED <http://x/> { ?s ?p ?o }"):
        with pytest.raises(UnsafeQueryError):
            q.check_safe(text)
        q.check_safe(text, allow_remote=True)
    # the words alone, in a string or a comment, are not a SERVICE or FROM clause
    q.check_safe('SELECT * WHERE { ?s rdfs:label "SERVICE <http://x/> { } FROM <http://y/>" }  # SERVICE <http://z/>')


# --- limits ------------------------------------------------------------------------------

def test_time_limit_stops_a_cross_product(tiny, examples_out):
    started = time.monotonic()
    line = one_error_line(kg("query", examples_out, CROSS, "--timeout", "0.5", "--limit", "1000000000"))
    assert line == "Error: query stopped after 0.5 s (time limit; raise it with --timeout)"
    assert time.monotonic() - started < 5


def test_time_limit_ends_the_process_even_inside_one_long_step(examples_out):
    """COUNT over the cross product never yields a row, so only the process exit stops it."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "kg.cli", "query", str(examples_out),
                           "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "--timeout", "0.5"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == "Error: query stopped after 0.5 s (time limit; raise it with --timeout)\n"
    assert time.monotonic() - started < 15


def test_row_limit_stops_a_cross_product(examples_out):
    result = kg("query", examples_out, CROSS, "--limit", "3")
    assert result.exit_code == 0
    assert result.stdout.endswith("\n(3 rows, truncated at the row limit)\n")
    assert len(result.stdout.splitlines()) == 2 + 3 + 1


# --- errors ------------------------------------------------------------------------------

@pytest.mark.parametrize("args, message", [
    (["{missing}", "entities"], "Error: {missing}: no graph here"),
    (["{tiny}", "SELECT * WHERE { ?s ?p"], "Error: SPARQL syntax error at line 1, column"),
    (["{tiny}", "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o = ) }"], "Error: SPARQL syntax error at line 3, column"),
    (["{tiny}", "no-such-query"], "Error: no shipped query named 'no-such-query'"),
    (["{tiny}", "missing.rq"], "Error: missing.rq: no such query file"),
    (["{tiny}", "SELECT * WHERE { ?s ?p ?o } ; DROP ALL"], "Error: SPARQL syntax error"),
])
def test_errors_are_one_line(tiny, tmp_path, args, message):
    args = [a.replace("{missing}", str(tmp_path / "nothing")).replace("{tiny}", str(tiny)) for a in args]
    result = kg("query", *args)
    assert result.exit_code == 1
    assert one_error_line(result).startswith(message.replace("{missing}", str(tmp_path / "nothing")))


def test_a_query_file(tiny, tmp_path):
    path = tmp_path / "people.rq"
    path.write_text("# People\nSELECT ?l WHERE { ?p a kg:Person ; rdfs:label ?l FILTER(LANG(?l) = 'zh') }\n", encoding="utf-8")
    assert kg("query", tiny, path, "-f", "csv").stdout == "l\n张勇\n"


# --- kg serve ----------------------------------------------------------------------------

def test_serve_answers_a_sparql_protocol_get(seeds_out):
    from kg import serve

    try:
        cmd = serve.command(seeds_out, free_port())
    except KGError:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = int(cmd[cmd.index("--bind") + 1].rsplit(":", 1)[1])
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(port)
        url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode(
            {"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s a <{PREFIXES['kg']}Person> }}"})
        request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            data = json.load(response)
        assert data["head"]["vars"] == ["n"] and int(data["results"]["bindings"][0]["n"]["value"]) > 0
        update = urllib.request.Request(f"http://127.0.0.1:{port}/update", data=b"DROP ALL",
                                        headers={"Content-Type": "application/sparql-update"})
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(update, timeout=10)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"nothing listening on 127.0.0.1:{port}")


# --- paging ------------------------------------------------------------------------------

def test_listings_page_on_the_precomputed_rank(examples_out):
    everything = rows(examples_out, "entities", "--limit", "0")
    assert len(everything) > 4
    first, second = rows(examples_out, "entities", "--limit", "2"), rows(examples_out, "entities", "--limit", "2", "--offset", "2")
    assert [r["entity"] for r in first + second] == [r["entity"] for r in everything[:4]]
    counts = [int(r["mentions"]) for r in everything]
    assert counts == sorted(counts, reverse=True)
    people = rows(examples_out, "entities", "-p", "type=Person", "--limit", "0")
    assert people and {r["class"] for r in people} == {"Person"}
    assert [r["entity"] for r in people] == [r["entity"] for r in everything if r["class"] == "Person"]
    page = kg("query", examples_out, "entities", "--limit", "2")
    assert page.stderr == "note: one page (2 from offset 0); next: --offset 2, all: --limit 0\n"


def test_every_paged_listing_pages(examples_out):
    for nq in q.library().values():
        if nq.page:
            assert len(rows(examples_out, nq.name, "--limit", "0")) >= len(rows(examples_out, nq.name, "--limit", "1")) > 0, nq.name
            assert rows(examples_out, nq.name, "--offset", "100000") == [], nq.name


def test_other_queries_skip_and_cap_rows(examples_out):
    text = "SELECT ?e WHERE { ?e a kg:Place } ORDER BY ?e"
    allrows = rows(examples_out, text, "--limit", "0")
    assert rows(examples_out, text, "--offset", "1", "--limit", "2") == allrows[1:3]


def test_page_numbers_are_checked():
    assert q.paged("SELECT * WHERE { ?s ?p ?o } LIMIT 5  # @page", 7, 3) == "SELECT * WHERE { ?s ?p ?o } LIMIT 7 OFFSET 3  # @page"
    assert q.paged("SELECT * WHERE { ?s ?p ?o } LIMIT 5 OFFSET 9 # @page", 0, 0) == "SELECT * WHERE { ?s ?p ?o } OFFSET 0 # @page"
    bad = kg("query", ".", "entities", "--limit", "-1")
    assert bad.exit_code == 2 and "Error: Invalid value for '--limit': -1 is not in the range x>=0." in bad.stderr
