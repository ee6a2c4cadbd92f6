"""Shared fixtures. Tests that read ../shared skip cleanly where it is absent (a user's clone)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.json"


@pytest.fixture(scope="session")
def examples_out(tmp_path_factory):
    from kg import pipeline

    out = tmp_path_factory.mktemp("examples-out")
    pipeline.build([str(EXAMPLES)], out)
    return out


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory):
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    from kg import pipeline

    out = tmp_path_factory.mktemp("seeds-out")
    pipeline.build([str(SEEDS)], out)
    return out
