"""Build speed per language and resolution time, on ../shared/corpus (or any folders).

    python bench/bench_build.py [--per-language N] [--corpus DIR]

Prints articles/second of ingest+recognition+relations per language, then the time of
entity resolution over all of them (which must not grow quadratically), and the graph size.
"""
from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from kg import ingest, resolve
from kg.pipeline import extract


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus"))
    ap.add_argument("--per-language", type=int, default=0, help="articles per language (0: all)")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    groups = {"zh": [corpus / "zh-xwlb", corpus / "zh-hexo"], "en": [corpus / "en"], "de": [corpus / "de"]}
    extractions = []
    print(f"{'lang':<5}{'articles':>9}{'MB':>8}{'seconds':>9}{'art/s':>8}{'mentions':>10}{'facts':>8}")
    extract("warm-up" and ingest.parse_article("标题\n\n阿里巴巴集团在杭州。".encode(), "w.txt"))  # jieba, lexicon
    for lang, folders in groups.items():
        files = [p for f in folders if f.exists() for p in ingest.iter_files([f])]
        if args.per_language:
            files = files[: args.per_language]
        t = time.perf_counter()
        size = mentions = facts = 0
        for path in files:
            a = ingest.read_article(path)
            size += len(a.text.encode("utf-8"))
            ex = extract(a)
            mentions += len(ex.mentions)
            facts += len(ex.facts)
            extractions.append(ex)
        dt = time.perf_counter() - t
        print(f"{lang:<5}{len(files):>9}{size / 1e6:>8.1f}{dt:>9.1f}{len(files) / dt if dt else 0:>8.1f}{mentions:>10}{facts:>8}")
    t = time.perf_counter()
    graph = resolve.resolve(extractions)
    dt = time.perf_counter() - t
    n = sum(1 for ex in extractions for m in ex.mentions if m.kind not in ("Money", "Time"))
    rules = defaultdict(int)
    for e in graph.entities:
        for r in e.merge_rules:
            rules[r.split(":")[0]] += 1
    print(f"resolution: {n} entity mentions -> {len(graph.entities)} entities in {dt:.1f} s "
          f"({n / dt if dt else 0:,.0f} mentions/s); merges by rule: {dict(sorted(rules.items()))}")


if __name__ == "__main__":
    main()
