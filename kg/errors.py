"""Every error kg raises on purpose derives from KGError, so the CLI catches once and prints one line.

    KGError
    ├── InputError            a file or folder that cannot be read as an article
    │   └── DecodeError       bytes that are not text in any encoding we accept (names file and offset)
    ├── StoreError            the output folder holds no graph, or a graph we cannot open
    ├── QueryError            a SPARQL query that does not parse, or a named query that does not exist
    │   ├── UnsafeQueryError  SERVICE, LOAD, updates, remote FROM: refused before anything runs
    │   └── QueryLimitError   the time or row limit stopped a query
    └── ExportError           an output that could not be written
"""


class KGError(Exception):
    """Base of every error kg reports to the user as one line."""


class InputError(KGError):
    pass


class DecodeError(InputError):
    pass


class StoreError(KGError):
    pass


class QueryError(KGError):
    pass


class UnsafeQueryError(QueryError):
    pass


class QueryLimitError(QueryError):
    pass


class ExportError(KGError):
    pass
