"""The command line: help everywhere, one-line errors, atomic outputs."""
from __future__ import annotations

import subprocess
import sys
import tempfile

import pytest
from click.testing import CliRunner

from kg.cli import main

from conftest import EXAMPLES

COMMANDS = ["build", "query", "view", "export", "stats", "validate", "serve"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    doc = main.commands[command].help
    assert doc and doc.split("\n")[0].strip() in result.output.replace("\n", " ") or doc.split(".")[0][:30] in result.output


def one_line_error(args):
    # Run outside the checkout, so that the installed kg is the one imported.
    proc = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=tempfile.gettempdir())
    assert proc.returncode != 0
    err = proc.stderr.strip()
    assert "Traceback" not in proc.stderr
    assert err.startswith("Error:") or "Usage:" in err, err
    return err


def test_bad_inputs_give_one_line_errors(tmp_path):
    assert "missing" in one_line_error(["build", str(tmp_path / "missing"), "--out", str(tmp_path / "o")])
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Title\n\n\xff\xfe\x00\x81\x82 bytes that are no text \x81")
    err = one_line_error(["build", str(bad), "--out", str(tmp_path / "o")])
    assert "bad.txt" in err and "byte offset" in err
    assert not (tmp_path / "o" / "graph.ttl").exists()  # nothing half-written
    fm = tmp_path / "fm.md"
    fm.write_text("---\ntitle: [unclosed\n---\nbody", encoding="utf-8")
    assert "YAML" in one_line_error(["build", str(fm), "--out", str(tmp_path / "o")])
    blocker = tmp_path / "file"
    blocker.write_text("x")
    one_line_error(["build", str(EXAMPLES / "en"), "--out", str(blocker)])
    for cmd in (["query", str(tmp_path / "nothing"), "entities"], ["view", str(tmp_path / "nothing")],
                ["export", str(tmp_path / "nothing")], ["stats", str(tmp_path / "nothing")],
                ["validate", str(tmp_path / "nothing")]):
        assert "no graph here" in one_line_error(cmd)


def test_failed_build_keeps_previous_output(tmp_path):
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(main, ["build", str(EXAMPLES / "en"), "--out", str(out), "-q"]).exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Title\n\n\x81\x82\xff\x00 not text \x81")
    assert runner.invoke(main, ["build", str(bad), "--out", str(out)]).exit_code != 0
    assert (out / "graph.ttl").read_bytes() == before


def test_build_stats_and_view_end_to_end(tmp_path):
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(EXAMPLES), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "articles" in result.output and (out / "graph.ttl").exists()
    stats = runner.invoke(main, ["stats", str(out)])
    assert stats.exit_code == 0 and "Organization" in stats.output and "zh" in stats.output
    page = tmp_path / "g.html"
    assert runner.invoke(main, ["view", str(out), "-o", str(page)]).exit_code == 0
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert runner.invoke(main, ["validate", str(out)]).exit_code == 0
