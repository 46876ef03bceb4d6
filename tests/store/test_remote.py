"""The SPARQL-over-HTTP backend: endpoints, faults and retries (loopback only)."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg.errors import QueryError, RemoteStoreError
from kg.store import open_store
from kg.store import base
from kg.store.remote import Endpoints, endpoints
from tests.store.conftest import ISSUE_A, ISSUE_B, NT_A, NT_A2, NT_B, free_port
from tests.store.helpers import expected_quads, parse_export


@pytest.fixture(autouse=True)
def _no_endpoint_overrides(monkeypatch: pytest.MonkeyPatch):
    for name in ("KG_SPARQL_QUERY", "KG_SPARQL_UPDATE"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("location, expected", [
    ("http://127.0.0.1:7878", Endpoints("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update")),
    ("http://127.0.0.1:7878/query", Endpoints("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update")),
    ("http://h:3030/ds/query", Endpoints("http://h:3030/ds/query", "http://h:3030/ds/update")),
    ("https://h/sparql/", Endpoints("https://h/sparql", "https://h/sparql")),
])
def test_endpoints_from_the_location(location, expected):
    assert endpoints(location) == expected


def test_endpoints_from_the_environment(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KG_SPARQL_UPDATE", "http://h/other/update")
    assert endpoints("http://h/ds/query") == Endpoints("http://h/ds/query", "http://h/other/update")


def test_a_server_that_is_down(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("kg.store.remote.BACKOFF", (0.05, 0.05))
    url = f"http://127.0.0.1:{free_port()}"
    with open_store(url) as store, pytest.raises(RemoteStoreError) as caught:
        store.graphs()
    assert str(caught.value) == (f"{url}/query: connection refused; check that the SPARQL server is running "
                                 "and the URL points at a SPARQL endpoint")


class _Stub(BaseHTTPRequestHandler):
    """Answers from a script: a list of (status, content type, body), the last one repeated."""

    script: list[tuple[int, str, bytes]] = []
    hits: list[str] = []

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        type(self).hits.append(f"{self.command} {self.path} {self.headers.get('Authorization')}")
        status, ctype, body = self.script[min(len(self.hits), len(self.script)) - 1]
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def stub(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[_Stub]]:
    monkeypatch.setattr("kg.store.remote.BACKOFF", (0.05, 0.05))
    handler = type("Handler", (_Stub,), {"script": [], "hits": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    handler.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield handler
    server.shutdown()
    server.server_close()


ASK_TRUE = (200, "application/sparql-results+json", b'{"head":{},"boolean":true}')


def test_html_instead_of_results(stub):
    stub.script = [(200, "text/html", b"<html><body>Welcome</body></html>")]
    with pytest.raises(RemoteStoreError, match="HTML page instead of SPARQL results; check that"):
        open_store(stub.url).query("ASK {}")


def test_garbage_instead_of_results(stub):
    stub.script = [(200, "application/sparql-results+json", b"not json")]
    with pytest.raises(RemoteStoreError, match="not SPARQL JSON results"):
        open_store(stub.url).query("ASK {}")


def test_unavailable_is_retried(stub):
    stub.script = [(503, "text/plain", b"busy"), (502, "text/plain", b"gateway"), ASK_TRUE]
    assert open_store(stub.url).query("ASK {}").boolean is True
    assert len(stub.hits) == 3


def test_lasting_server_errors_give_up_after_three_tries(stub):
    stub.script = [(503, "text/plain", b"overloaded\nreally")]
    started = time.monotonic()
    with pytest.raises(RemoteStoreError, match=r"/query: server error HTTP 503 \(overloaded really\); check") as e:
        open_store(stub.url).query("ASK {}")
    assert "\n" not in str(e.value)
    assert len(stub.hits) == 3 and time.monotonic() - started < 5


def test_internal_errors_are_not_retried(stub):
    stub.script = [(500, "text/plain", b"boom")]
    with pytest.raises(RemoteStoreError, match="HTTP 500"):
        open_store(stub.url).query("ASK {}")
    assert len(stub.hits) == 1


def test_the_union_parameter_and_credentials_are_sent(stub):
    stub.script = [ASK_TRUE]
    store = open_store(stub.url.replace("http://", "http://kg:s%40cret@"))
    assert "cret" not in store.location
    store.query("ASK {}")
    assert stub.hits == ["POST /query?union-default-graph Basic a2c6c0BjcmV0"]


def test_access_denied(stub):
    stub.script = [(401, "text/plain", b"who are you")]
    with pytest.raises(RemoteStoreError, match="access denied"):
        open_store(stub.url).replace_graph(ISSUE_A, NT_A2)


def test_a_slow_server_times_out(stub):
    stub.script = [ASK_TRUE]
    original = stub._answer

    def slow(self):
        time.sleep(0.5)
        original(self)

    stub.do_POST = slow
    with pytest.raises(QueryError, match="query took longer than 0.1 s"):
        open_store(stub.url).query("ASK {}", timeout=0.1)


def test_a_server_side_rejection_leaves_the_old_graph(remote_store):
    """Bypass the local check: the server itself refuses a broken swap and keeps the graph."""
    remote_store.replace_graph(ISSUE_A, NT_A)
    update = next(base.swap_updates({ISSUE_A: base.parse_ntriples(ISSUE_A, NT_A2)}))
    status, _, _ = remote_store._request("POST", remote_store.endpoints.update, update[:-20].encode(),
                                         {"Content-Type": "application/sparql-update"})
    assert status == 400
    assert remote_store.quad_count(ISSUE_A) == 9


def test_both_backends_export_the_same_quads(embedded_store, remote_store):
    graphs = {ISSUE_A: NT_A + NT_A2, ISSUE_B: NT_B}
    exports = []
    for store in (embedded_store, remote_store):
        store.replace_graphs(graphs)
        out = io.BytesIO()
        store.export(out, "nquads")
        exports.append(parse_export(out.getvalue(), "nquads"))
    assert exports[0] == exports[1] == expected_quads(graphs)
