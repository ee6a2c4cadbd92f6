"""kg export: every format round-trips through pyoxigraph's strict parser, a failed export keeps the
old file, and JSON-LD never fetches a remote @context (a listener on 127.0.0.1 hears nothing)."""
from __future__ import annotations

import json
import shutil
import time

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import ExportError
from kg.export import FORMATS, export


def kg(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def triples_in(out) -> int:
    return len(ox.Store.read_only(str(out / "store")))


def parsed(path, fmt: str) -> list:
    return list(ox.parse(path=str(path), format=FORMATS[fmt][0]))  # strict: errors are raised, not skipped


@pytest.mark.parametrize("graph", ["examples_out", "seeds_out"])
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_round_trip(request, tmp_path, graph, fmt):
    out = request.getfixturevalue(graph)
    target = tmp_path / f"graph{FORMATS[fmt][1]}"
    result = kg("export", out, "--format", fmt, "-o", target)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"-> {target}\n"
    quads = parsed(target, fmt)
    assert len(quads) == triples_in(out)
    assert {q.graph_name for q in quads} == {ox.DefaultGraph()}


def test_turtle_to_standard_output(examples_out):
    result = kg("export", examples_out)
    assert result.exit_code == 0
    assert len(list(ox.parse(result.stdout_bytes, format=ox.RdfFormat.TURTLE))) == triples_in(examples_out)


@pytest.fixture
def copied(examples_out, tmp_path):
    """A copy of the example graph that a test may break."""
    return shutil.copytree(examples_out, tmp_path / "out")


def test_a_failed_export_keeps_the_old_file(copied, tmp_path):
    target = tmp_path / "graph.nt"
    assert kg("export", copied, "-f", "ntriples", "-o", target).exit_code == 0
    before = target.read_bytes()

    bad_format = kg("export", copied, "-f", "n3", "-o", target)
    assert bad_format.exit_code == 2 and "Invalid value for '--format'" in bad_format.stderr
    with pytest.raises(ExportError, match="unknown format 'n3'"):
        export(copied, "n3", target)
    assert target.read_bytes() == before

    shutil.rmtree(copied / "store")
    assert kg("export", copied, "-f", "ntriples", "-o", target).stderr.startswith(f"Error: {copied}: no graph here")
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".graph.nt")] == []  # no temporary left behind


def test_a_corrupt_store_is_a_one_line_error_and_keeps_the_old_file(copied, tmp_path):
    target = tmp_path / "graph.nt"
    assert kg("export", copied, "-f", "ntriples", "-o", target).exit_code == 0
    before = target.read_bytes()
    for f in (copied / "store").iterdir():
        if f.is_file():
            f.write_bytes(b"not a database")
    broken = kg("export", copied, "-f", "ntriples", "-o", target)
    assert broken.exit_code == 1
    assert broken.stderr.startswith(f"Error: {copied}: cannot open the graph store") and broken.stderr.count("\n") == 1
    assert target.read_bytes() == before


@pytest.mark.parametrize("problem, message", [("folder", "is a folder"), ("no-parent", "no such folder")])
def test_bad_targets_are_one_line_errors(examples_out, tmp_path, problem, message):
    target = tmp_path if problem == "folder" else tmp_path / "missing" / "graph.ttl"
    result = kg("export", examples_out, "-o", target)
    assert result.exit_code == 1 and result.stderr.startswith("Error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1


def test_jsonld_never_fetches_a_remote_context(tmp_path, listener):
    port, received = listener
    base = f"http://127.0.0.1:{port}"
    out = tmp_path / "remote"
    out.mkdir()
    store = ox.Store(str(out / "store"))
    store.add(ox.Quad(ox.NamedNode(f"{base}/context.jsonld"), ox.NamedNode("http://www.w3.org/ns/json-ld#context"),
                      ox.NamedNode(f"{base}/context.jsonld")))
    store.add(ox.Quad(ox.NamedNode(f"{base}/thing"), ox.NamedNode(f"{base}/vocab#name"), ox.Literal("thing", language="en")))
    store.flush()
    del store

    target = tmp_path / "graph.jsonld"
    assert kg("export", out, "-f", "jsonld", "-o", target).exit_code == 0
    doc = json.loads(target.read_text(encoding="utf-8"))
    contexts = [d["@context"] for d in (doc if isinstance(doc, list) else [doc]) if "@context" in d]
    assert all(not isinstance(c, str) for c in contexts)  # no context by reference
    assert len(parsed(target, "jsonld")) == 2

    # pyoxigraph's parser, used above, refuses a remote context rather than loading it
    remote = json.dumps({"@context": f"{base}/context.jsonld", "@id": f"{base}/x", "name": "x"}).encode()
    with pytest.raises(SyntaxError, match="remote context"):
        list(ox.parse(remote, format=ox.RdfFormat.JSON_LD))
    time.sleep(0.2)
    assert received == []
