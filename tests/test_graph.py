"""The built graph: determinism, incremental builds, provenance, resolution, validity."""
from __future__ import annotations


import pyoxigraph as ox

from kg import pipeline
from kg.query import run
from kg.store import open_store

from conftest import EXAMPLES

KG = "https://w3id.org/kg-news/ontology#"


def graph_set(out):
    return set(ox.parse(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE))


def test_graph_ttl_parses_strictly_and_is_deterministic(examples_out, tmp_path):
    first = graph_set(examples_out)
    assert len(first) > 100
    # Same articles, other order of inputs, other run: the same triples.
    files = sorted(p for p in EXAMPLES.rglob("*") if p.is_file() and p.name != "README.md")
    pipeline.build([str(p) for p in reversed(files)], tmp_path / "b")
    assert graph_set(tmp_path / "b") == first


def test_building_again_changes_nothing_and_adding_adds(tmp_path):
    files = sorted(p for p in EXAMPLES.rglob("*") if p.is_file() and p.name != "README.md")
    out = tmp_path / "out"
    pipeline.build([str(files[0])], out)
    one = graph_set(out)
    report = pipeline.build([str(files[0])], out)
    assert report.new_articles == 0 and graph_set(out) == one
    report = pipeline.build([str(files[1])], out)
    assert report.new_articles == 1 and report.articles == 2
    two = graph_set(out)
    articles = {t.subject for t in two if t.predicate.value.endswith("#type") and t.object.value == KG + "Article"}
    assert len(articles) == 2 and len(two) > len(one)


def test_every_relation_has_its_evidence_sentence(examples_out, seeds_out):
    for out in (examples_out, seeds_out):
        res = run(open_store(out), (EXAMPLES.parent / "queries" / "relations.rq").read_text(encoding="utf-8"))
        assert res.rows, "no relations at all"
        for row in res.rows:
            s, relation, o, article, sentence, start, end, rule = row
            assert sentence is not None and article is not None, f"{relation} without evidence"
            assert int(start.value) <= int(end.value)


def test_evidence_offsets_point_into_the_article(examples_out):
    from kg.store import load_articles

    texts = {a.id: a.text for a in load_articles(examples_out)}
    q = """SELECT ?a ?start ?end ?text WHERE { ?s a kg:Sentence ; kg:inArticle ?a ; kg:start ?start ; kg:end ?end ; kg:text ?text }"""
    rows = run(open_store(examples_out), q).rows
    assert rows
    for a, start, end, text in rows:
        aid = a.value.rsplit("/", 1)[-1]
        assert texts[aid][int(start.value):int(end.value)] == text.value


def test_cross_lingual_entities_are_one_node(examples_out):
    q = """SELECT ?e (GROUP_CONCAT(DISTINCT LANG(?l); separator=",") AS ?langs) WHERE {
             ?e rdfs:label ?l ; a kg:Organization . FILTER(STR(?l) IN ("腾讯", "腾讯公司", "Tencent", "Tencent Holdings")) } GROUP BY ?e"""
    rows = run(open_store(examples_out), q).rows
    assert len(rows) == 1, "Tencent split over several nodes"


def test_different_things_stay_apart(examples_out):
    q = """SELECT ?e WHERE { ?e a kg:Organization ; rdfs:label|skos:altLabel ?l . FILTER(STR(?l) IN ("京东健康", "京东集团", "京东")) }"""
    rows = {r[0].value for r in run(open_store(examples_out), q).rows}
    assert len(rows) == 2, "京东健康 and 京东集团 must be two nodes"


def test_iris_are_valid_whatever_the_names(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text('Title <>"{}\n\nThe "Quote <x> Foundation" and {Brace} Group\nlaunched the “A <b> \\ c\n Initiative”. '
                   'Zhang Yong, CEO of Tencent, said so.', encoding="utf-8")
    pipeline.build([str(art)], tmp_path / "out")
    triples = graph_set(tmp_path / "out")
    for t in triples:
        for term in (t.subject, t.predicate, t.object):
            if isinstance(term, ox.NamedNode):
                assert all(c not in term.value for c in ' <>"{}|\\^`\n')


def test_validate_passes(examples_out):
    from kg.validate import validate

    report = validate(examples_out)
    assert report.conforms, report.text[:2000]


def test_summaries_agree_with_the_graph(examples_out):
    """Counts, ranks and name keys are derived at build time; they must say what the graph says."""
    store = open_store(examples_out)
    counted = {r[0]: (int(r[1].value), int(r[2].value)) for r in run(store, """
        SELECT ?e ?n ?a WHERE { ?e kg:mentionCount ?n ; kg:articleCount ?a ; kg:rank ?r }""", limit=0).rows}
    actual = {r[0]: (int(r[1].value), int(r[2].value)) for r in run(store, """
        SELECT ?e (COUNT(?m) AS ?n) (COUNT(DISTINCT ?art) AS ?a) WHERE {
          VALUES ?c { kg:Organization kg:Person kg:Fund kg:Program kg:Place } ?e a ?c .
          OPTIONAL { ?m kg:mentionOf ?e ; kg:inArticle ?art } } GROUP BY ?e""", limit=0).rows}
    assert counted == actual
    for rank, of in (("rank", "kg:mentionCount"), ("factRank", "rdf:subject"), ("evidenceRank", "prov:wasDerivedFrom"),
                     ("amountRank", "kg:value"), ("articleRank", "kg:sourceFile")):
        ranks = [int(r[0].value) for r in run(store, f"SELECT ?r WHERE {{ ?x kg:{rank} ?r ; {of} ?y }}", limit=0).rows]
        assert sorted(ranks) == list(range(1, len(ranks) + 1)), rank
        total = run(store, f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x {of} ?y }}").rows[0][0]
        assert len(ranks) == int(total.value) or rank in ("evidenceRank", "rank"), rank
    uses = {(r[0], r[1].value, r[2].value): (int(r[3].value), int(r[4].value)) for r in run(store, """
        SELECT ?e ?lang ?s ?n ?a WHERE { ?u kg:nameOf ?e ; dct:language ?lang ; kg:surfaceForm ?s ;
                                         kg:mentionCount ?n ; kg:articleCount ?a }""", limit=0).rows}
    written = {(r[0], r[1].value, r[2].value): (int(r[3].value), int(r[4].value)) for r in run(store, """
        SELECT ?e ?lang ?s (COUNT(?m) AS ?n) (COUNT(DISTINCT ?art) AS ?a) WHERE {
          ?m kg:mentionOf ?e ; kg:surfaceForm ?s ; kg:inArticle ?art . ?art dct:language ?lang } GROUP BY ?e ?lang ?s""",
        limit=0).rows}
    assert uses == written
    missing = run(store, """SELECT ?e ?l WHERE { ?e rdfs:label|skos:altLabel ?l ; kg:rank ?r
                             FILTER NOT EXISTS { ?e kg:nameKey ?k FILTER(?k = LCASE(STR(?l))) } }""").rows
    assert missing == ()
