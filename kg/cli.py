"""The `kg` command: each command opens the library, makes one call, and prints the result.
Every KGError becomes one `Error: …` line and exit status 1 (click's usage errors exit 2)."""
from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from .errors import KGError


def _errors(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KGError as e:
            raise click.ClickException(str(e)) from None
        except KeyboardInterrupt:
            raise click.ClickException("interrupted") from None
        except OSError as e:
            raise click.ClickException(f"{e.filename or ''}: {e.strerror or e}".lstrip(": ")) from None
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg-news", prog_name="kg")
def main():
    """Build a knowledge graph of organisations, people, funds, programs and places from news
    articles in Chinese, English and German, then query, view and export it."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "-o", required=True, type=click.Path(path_type=Path), help="Output folder (created if missing).")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@_errors
def build(inputs, out, quiet):
    """Read articles (files and folders, recursively) and write the graph to OUT.

    OUT gets graph.ttl (Turtle), a persistent store that query/view/export reopen, and the cleaned
    articles. Building again with the same articles changes nothing; new articles are added.
    Accepted: Markdown with YAML front matter, plain text (title on the first line), HTML pages;
    UTF-8 (with or without BOM), GB18030/GBK, a declared HTML charset.
    """
    from . import pipeline

    progress = None
    if sys.stderr.isatty() and not quiet:
        def progress(files):
            with click.progressbar(files, label="Reading articles", file=sys.stderr) as bar:
                yield from bar
    report = pipeline.build([str(p) for p in inputs], out, progress=progress)
    if not quiet:
        for note in report.skipped:
            click.echo(f"note: {note}", err=True)
        click.echo(f"{report.articles} articles ({report.new_articles} new), {report.triples} triples -> {out / 'graph.ttl'}")


@main.command()
@click.argument("out", type=click.Path(path_type=Path), required=False)
@click.argument("query", required=False)
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@click.option("--param", "-p", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter (as an RDF term, never pasted into the text).")
@click.option("--lang", type=click.Choice(["zh", "en", "de"]), help="Language of the labels shown, where the query takes it.")
@click.option("--list", "list_", is_flag=True, help="List the shipped queries and their parameters.")
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Seconds before the query is stopped.")
@click.option("--limit", type=click.IntRange(min=0), help="Paged queries (marked [paged] in --list): items per page "
              "[default: the query's own]. Others: most rows [default: 10000]. 0: no limit.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many items (paged queries) or rows.")
@click.option("--allow-remote", is_flag=True, help="Permit SERVICE and FROM (network access). Off by default.")
@_errors
def query(out, query, fmt, param, lang, list_, timeout, limit, offset, allow_remote):
    """Run a SPARQL query on the graph in OUT.

    QUERY is SPARQL text, a path to a .rq file, or the name of a shipped query
    (`kg query --list`). The kg:, rdfs:, skos:, dct:, prov: … prefixes are predeclared.
    Read-only: updates, SERVICE, LOAD and FROM are refused before anything runs.
    """
    from . import query as q
    from . import results
    from .store import open_store

    if list_:
        for nq in q.library().values():
            click.echo(f"{nq.name}{f' [paged: {nq.page} per page]' if nq.page else ''}\n    {nq.description}")
            for name, help_ in nq.params:
                click.echo(f"    -p {name}=…  {help_}")
        return
    if out is None or query is None:
        raise click.UsageError("give the output folder and a query, or --list")
    params = {}
    for p in param:
        if "=" not in p:
            raise click.BadParameter(f"{p!r} is not NAME=VALUE", param_hint="--param")
        k, v = p.split("=", 1)
        params[k] = v
    text, named = q.resolve_text(query)
    if named:
        wanted = {n for n, _ in named.params}
        unknown = set(params) - wanted
        if unknown:
            raise click.BadParameter(f"{named.name} takes {', '.join(sorted(wanted)) or 'no parameters'}", param_hint="--param")
        if "lang" in wanted:
            params.setdefault("lang", lang or "en")
    result = q.run(open_store(out), text, params, timeout=timeout, limit=limit, offset=offset, allow_remote=allow_remote)
    click.echo(results.render(result, fmt))
    if result.truncated:
        click.echo(f"note: stopped at the row limit ({len(result.rows) or len(result.triples)} rows); "
                   "raise it with --limit", err=True)
    elif result.page and len(result.rows) >= result.page:
        click.echo(f"note: one page ({result.page} from offset {offset}); next: --offset {offset + result.page}, "
                   "all: --limit 0", err=True)


@main.command()
@click.argument("out", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), help="HTML file to write [default: OUT/graph.html].")
@click.option("--lang", type=click.Choice(["zh", "en", "de"]), default="en", show_default=True, help="Language of node labels.")
@click.option("--focus", help="Show only the neighbourhood of the entity with this name (any language).")
@click.option("--hops", type=click.IntRange(min=0), default=1, show_default=True, help="With --focus: how many steps out.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=2000, show_default=True,
              help="Keep at most this many entities: nearest the focus first, then the most mentioned.")
@click.option("--class", "classes", multiple=True, type=click.Choice(["Organization", "Person", "Fund", "Program", "Place"]), help="Show only these classes (repeatable).")
@_errors
def view(out, output, lang, focus, hops, max_nodes, classes):
    """Write an interactive graph page that works offline (no network request at all)."""
    from . import view as v
    from .store import open_store

    target = output or out / "graph.html"
    stats = v.render(open_store(out), target, lang=lang, focus=focus, hops=hops, max_nodes=max_nodes,
                     classes=set(classes) or None)
    click.echo(f"{stats['nodes']} nodes, {stats['edges']} edges -> {target}")


@main.command()
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--format", "-f", "fmt", type=click.Choice(["turtle", "ntriples", "nquads", "jsonld", "trig", "rdfxml"]), default="turtle", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="File to write [default: standard output].")
@_errors
def export(out, fmt, output):
    """Export the graph in OUT in a standard RDF format (written atomically)."""
    from . import export as ex

    written = ex.export(out, fmt, output)
    if written:
        click.echo(f"-> {written}", err=True)


@main.command()
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@_errors
def stats(out, as_json):
    """Counts per class and relation, articles and languages."""
    import json

    from .stats import stats as compute
    from .store import open_store

    s = compute(open_store(out))
    if as_json:
        click.echo(json.dumps(s, indent=1))
        return
    click.echo(f"triples: {s['triples']}")
    for section in ("classes", "relations", "languages"):
        click.echo(f"{section}:")
        for k, v in s[section].items():
            click.echo(f"  {k:<16}{v}")


@main.command()
@click.argument("out", type=click.Path(path_type=Path))
@_errors
def validate(out):
    """Check the graph in OUT against the SHACL shapes shipped in ontology/shapes.ttl."""
    from .validate import validate as check

    report = check(out)
    if report.conforms:
        click.echo("valid: the graph conforms to ontology/shapes.ttl")
        return
    click.echo(report.text)
    raise click.ClickException(f"{report.violations} SHACL violation(s)")


@main.command()
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--port", type=int, default=7878, show_default=True)
@_errors
def serve(out, port):
    """Serve the graph over the SPARQL 1.1 Protocol on 127.0.0.1, read-only.

    Runs the Oxigraph server (`pip install 'kg-news[serve]'`) on OUT's store: queries at
    http://127.0.0.1:PORT/query. Unlike `kg query`, the server does not refuse federated SERVICE
    queries; it does refuse updates (read-only) and listens on the loopback address only.
    """
    from .serve import serve as run_server

    run_server(out, port)


if __name__ == "__main__":
    main()
