"""A store on any SPARQL 1.1 server, spoken to with the standard library only.

Endpoints, from the location given as --store / KG_STORE:

- a server root such as ``http://127.0.0.1:7878`` (Oxigraph's layout):
  queries at ``/query``, updates at ``/update``;
- a URL ending in ``/query`` is the query endpoint; updates go to the sibling ``update``
  (Fuseki: ``http://host:3030/ds/query`` -> ``/ds/update``);
- a URL ending in ``/sparql`` serves queries and updates alike.

KG_SPARQL_QUERY and KG_SPARQL_UPDATE override each endpoint. ``user:password@`` in the URL
is sent as HTTP basic authentication.

Queries are POSTed (``application/sparql-query``) with the URL parameter
``union-default-graph``, which makes Oxigraph's default graph the union of the named
graphs; other servers ignore it and need their own union setting (Fuseki:
``tdb2:unionDefaultGraph``). replace_graphs sends SPARQL updates of about 50,000 quads
(``DROP SILENT GRAPH ; INSERT DATA`` per graph, plus the upkeep of the directory graph, see
kg.model.directory), each of which the server applies in one transaction.

Connection failures and HTTP 502/503/504 are retried three times in all, with back-off.
"""

from __future__ import annotations

import base64
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from http.client import HTTPException
from typing import BinaryIO, TypeVar

import pyoxigraph as ox

from kg.errors import QueryError, RemoteStoreError, StoreError
from kg.store import base
from kg.store.base import QueryResult, Store

DEFAULT_TIMEOUT = 300.0  # seconds per request when the caller gives none
TRIES = 3
BACKOFF = (0.3, 1.0)  # seconds slept before the second and third try
_HINT = "check that the SPARQL server is running and the URL points at a SPARQL endpoint"
_RESULTS_JSON = "application/sparql-results+json"
T = TypeVar("T")


@dataclass(frozen=True)
class Endpoints:
    query: str
    update: str


def endpoints(location: str) -> Endpoints:
    """The query and update URLs for a location (see the module docstring)."""
    url = location.rstrip("/")
    if url.endswith("/query"):
        found = Endpoints(url, url[: -len("/query")] + "/update")
    elif url.endswith("/sparql"):
        found = Endpoints(url, url)
    else:
        found = Endpoints(url + "/query", url + "/update")
    return Endpoints(os.environ.get("KG_SPARQL_QUERY") or found.query,
                     os.environ.get("KG_SPARQL_UPDATE") or found.update)


class _Timeout(RemoteStoreError):
    """No answer in time; a query run with a --timeout turns it into a QueryError."""


class RemoteStore(Store):
    def __init__(self, location: str, *, read_only: bool = False) -> None:
        self.location = _without_credentials(location)
        self.read_only = read_only
        parts = urllib.parse.urlsplit(location)
        self._auth = None
        if parts.username is not None:
            pair = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
            self._auth = "Basic " + base64.b64encode(pair.encode()).decode()
        ends = endpoints(location)
        self.endpoints = Endpoints(*(_without_credentials(u) if u else u for u in
                                     (ends.query, ends.update)))

    # --- writing -------------------------------------------------------------------------

    def replace_graph(self, graph: str, ntriples: str) -> None:
        self.replace_graphs({graph: ntriples})

    def replace_graphs(self, graphs: dict[str, str]) -> None:
        self._refuse_if_read_only()
        parsed = {g: base.parse_ntriples(g, nt) for g, nt in graphs.items()}  # all valid before anything is sent
        for update in base.swap_updates(parsed):
            # the swap leaves the same graphs whether it ran once or twice, so it may be retried
            self._update(update, idempotent=True)

    def drop_graph(self, graph: str) -> bool:
        self._refuse_if_read_only()
        node = base.graph_node(graph)
        if not self.query(f"ASK {{ GRAPH {node} {{ ?s ?p ?o }} }}").boolean:
            return False
        self._update(base.drop_update(graph), idempotent=True)
        self._drop_empty_directory()
        return True

    def update(self, sparql: str) -> None:
        self._refuse_if_read_only()
        base.check_is_update(sparql)
        self._update(sparql)

    def _update(self, sparql: str, *, idempotent: bool = False) -> None:
        url = self.endpoints.update
        status, _, body = self._request("POST", url, sparql.encode("utf-8"),
                                        {"Content-Type": "application/sparql-update"}, idempotent=idempotent)
        if status == 400:
            raise _query_error(body)
        if status not in (200, 204):
            raise self._rejected(url, status, body, "the update was refused")

    # --- reading -------------------------------------------------------------------------

    def query(self, sparql: str, *, timeout: float | None = None) -> QueryResult:
        form = base.check_is_query(sparql)
        if form in ("CONSTRUCT", "DESCRIBE"):
            body = self._post_query(sparql, "application/n-triples", timeout)
            return self._parsed(lambda: base.to_result(q.triple for q in ox.parse(body, ox.RdfFormat.N_TRIPLES)),
                                "N-Triples")
        return self._parsed(lambda: base.to_result(self._solutions(sparql, timeout)), "SPARQL JSON results")

    def _solutions(self, sparql: str, timeout: float | None = None) -> object:
        body = self._post_query(sparql, f"{_RESULTS_JSON}, application/json;q=0.9", timeout)
        return ox.parse_query_results(body, ox.QueryResultsFormat.JSON)

    def _parsed(self, convert: Callable[[], T], what: str) -> T:
        try:
            return convert()
        except (SyntaxError, ValueError) as e:
            raise RemoteStoreError(f"{self.endpoints.query}: the answer is not {what} ({_clip(e)}); "
                                   f"{_HINT}") from None

    def _post_query(self, sparql: str, accept: str, timeout: float | None) -> bytes:
        url = self.endpoints.query
        url += ("&" if "?" in url else "?") + "union-default-graph"
        headers = {"Content-Type": "application/sparql-query", "Accept": accept}
        try:
            status, ctype, body = self._request("POST", url, sparql.encode("utf-8"), headers, timeout=timeout)
        except _Timeout:
            if timeout is None:
                raise
            raise QueryError(f"query took longer than {timeout:g} s; narrow it or raise --timeout") from None
        if status == 400:
            raise _query_error(body)
        if status != 200:
            raise self._rejected(self.endpoints.query, status, body, "the query was refused")
        if "html" in ctype.lower():
            raise RemoteStoreError(f"{self.endpoints.query}: answered an HTML page instead of SPARQL results; "
                                   f"{_HINT}")
        return body

    def graphs(self) -> list[str]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }").rows
        return sorted(row[0].value for row in rows if row[0] is not None and row[0].kind == "uri")

    def quad_count(self, graph: str | None = None) -> int:
        g = "?g" if graph is None else str(base.graph_node(graph))
        rows = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}").rows
        return int(rows[0][0].value) if rows and rows[0][0] is not None else 0

    def export(self, out: BinaryIO, fmt: str) -> None:
        base.check_export_format(fmt)
        solutions = self._parsed(lambda: list(self._solutions("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")),
                                 "SPARQL JSON results")
        try:
            db = base.quads_store(ox.Quad(row["s"], row["p"], row["o"], row["g"]) for row in solutions)
            base.write_export(db, out, fmt)
        except TypeError:
            raise RemoteStoreError(f"{self.endpoints.query}: the answer holds incomplete quads; {_HINT}") from None
        except OSError as e:
            raise StoreError(f"export failed ({_clip(e)}); check the output file") from None

    def close(self) -> None:
        pass  # no connection is kept open

    # --- HTTP ----------------------------------------------------------------------------

    def _request(self, method: str, url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
                 *, timeout: float | None = None, idempotent: bool = True) -> tuple[int, str, bytes]:
        """(status, content type, body) for any HTTP status; transient failures are retried."""
        headers = dict(headers or {})
        if self._auth:
            headers["Authorization"] = self._auth
        shown = url.split("?")[0]
        waited = timeout or DEFAULT_TIMEOUT
        late = f"{shown}: no answer within {waited:g} s; {_HINT}"
        for attempt in range(TRIES):
            if attempt:
                time.sleep(BACKOFF[attempt - 1])
            request = urllib.request.Request(url, data=data, headers=headers, method=method)
            try:
                with urllib.request.urlopen(request, timeout=waited) as response:
                    return response.status, response.headers.get("Content-Type", ""), response.read()
            except urllib.error.HTTPError as e:
                body = e.read()
                if e.code in (502, 503, 504) and idempotent and attempt + 1 < TRIES:
                    continue
                if e.code >= 500:
                    raise RemoteStoreError(f"{shown}: server error HTTP {e.code} ({_clip(body)}); {_HINT}") from None
                return e.code, e.headers.get("Content-Type", ""), body
            except TimeoutError:
                raise _Timeout(late) from None
            except urllib.error.URLError as e:
                if isinstance(e.reason, TimeoutError):
                    raise _Timeout(late) from None
                reason = e.reason
                refused = isinstance(reason, ConnectionRefusedError)
                if (idempotent or refused) and attempt + 1 < TRIES:
                    continue
                what = "connection refused" if refused else _clip(getattr(reason, "strerror", None) or reason)
                raise RemoteStoreError(f"{shown}: {what}; {_HINT}") from None
            except (HTTPException, ConnectionError) as e:
                if idempotent and attempt + 1 < TRIES:
                    continue
                raise RemoteStoreError(f"{shown}: the connection failed ({_clip(e)}); {_HINT}") from None
        raise AssertionError("unreachable")

    def _rejected(self, url: str, status: int, body: bytes, what: str) -> RemoteStoreError:
        shown = url.split("?")[0]
        if status in (401, 403):
            return RemoteStoreError(f"{shown}: access denied (HTTP {status}), {what}; "
                                    "check the credentials in the URL and the server's access rules")
        if status == 400:
            return RemoteStoreError(f"{shown}: {what}: {_clip(body)}; this is probably a bug in kg, please report it")
        return RemoteStoreError(f"{shown}: HTTP {status}, {what} ({_clip(body)}); {_HINT}")


def _query_error(body: bytes) -> QueryError:
    text = body.decode("utf-8", "replace")
    if "error at" in text:
        return base.syntax_error(text)
    return QueryError(f"the server refused the SPARQL: {_clip(text)}; check the query")


def _clip(text: object, limit: int = 160) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = " ".join(str(text).split()) or "no details"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _without_credentials(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.username is None:
        return url
    netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))
