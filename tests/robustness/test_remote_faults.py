"""Remote store faults through the command line, with a real `oxigraph serve` behind a small
fault-injecting proxy on 127.0.0.1: transient errors retried with back-off (requests counted),
HTML instead of results, a server that hangs or closes the connection, an update body cut on the way.
tests/store/test_remote.py covers the store API with stub servers; this adds the `kg` view and the
server's side of a cut upload.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg.store import base, open_store
from tests.conftest import ISSUE_GRAPH, SAMPLE, invoke
from tests.robustness.conftest import assert_one_line_error
from tests.store.conftest import free_port, oxigraph_url  # noqa: F401  (the session's oxigraph server)

pytestmark = pytest.mark.remote

OLD = '<https://w3id.org/community-kg/id/issue/2024-10-18> <https://schema.org/name> "old"@zh .\n'
HINT = "check that the SPARQL server is running and the URL points at a SPARQL endpoint"


class Proxy(BaseHTTPRequestHandler):
    """Forwards to the oxigraph server, except where `fault(method, path, n)` says otherwise; n
    counts the requests of that method and path (1 for the first). Every request is logged with its time."""

    protocol_version = "HTTP/1.1"
    upstream: tuple[str, int]
    fault: Callable[[str, str, int], object] = staticmethod(lambda method, path, n: None)
    log: list[tuple[str, str, float]]

    def _handle(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        cls = type(self)
        path = self.path.split("?")[0]
        cls.log.append((self.command, path, time.monotonic()))
        n = sum(1 for m, p, _ in cls.log if (m, p) == (self.command, path))
        action = cls.fault(self.command, path, n)
        if action == "close":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if action == "cut":
            self._forward_cut(body)
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if isinstance(action, float):   # hang, and give up when the test is over
            if cls.stopped.wait(action):
                return
            action = None
        if action is None:
            status, ctype, answer = self._forward(body)
        else:
            status, ctype, answer = action
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    do_GET = do_POST = do_PUT = do_DELETE = _handle

    def _forward(self, body: bytes) -> tuple[int, str, bytes]:
        conn = http.client.HTTPConnection(*type(self).upstream, timeout=30)
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
        conn.request(self.command, self.path, body=body or None, headers=headers)
        response = conn.getresponse()
        answer = response.read()
        conn.close()
        return response.status, response.getheader("Content-Type", ""), answer

    def _forward_cut(self, body: bytes) -> None:
        """Send the whole request head (Content-Length of the whole body) but half the body, then hang up."""
        with socket.create_connection(type(self).upstream, timeout=30) as s:
            head = (f"{self.command} {self.path} HTTP/1.1\r\nHost: {type(self).upstream[0]}\r\n"
                    f"Content-Type: {self.headers.get('Content-Type')}\r\nContent-Length: {len(body)}\r\n\r\n")
            s.sendall(head.encode() + body[: len(body) // 2])
            time.sleep(0.1)
            s.shutdown(socket.SHUT_RDWR)

    def log_message(self, *args: object) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass   # a client that went away (kg gave up): nothing to report


@pytest.fixture
def server(oxigraph_url):  # noqa: F811
    """The real server, emptied, with the sample's graph holding one old triple."""
    with open_store(oxigraph_url) as store:
        store.update("DROP SILENT ALL")
        store.replace_graph(ISSUE_GRAPH, OLD)
    return oxigraph_url


@pytest.fixture
def proxy(server, monkeypatch) -> Iterator[type[Proxy]]:
    monkeypatch.setattr("kg.store.remote.BACKOFF", (0.2, 0.4))
    parts = urllib.parse.urlsplit(server)
    handler = type("Handler", (Proxy,), {"upstream": (parts.hostname, parts.port), "log": [],
                                         "stopped": threading.Event()})
    httpd = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    handler.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield handler
    handler.stopped.set()
    httpd.shutdown()
    httpd.server_close()


def old_graph_kept(server: str) -> bool:
    with open_store(server, read_only=True) as store:
        return store.query(f'ASK {{ GRAPH <{ISSUE_GRAPH}> {{ ?s <https://schema.org/name> "old"@zh }} }}').boolean \
            and store.quad_count(ISSUE_GRAPH) == 1


def methods(proxy) -> list[str]:
    return [m for m, _, _ in proxy.log]


def paths(proxy) -> list[str]:
    return [p for _, p, _ in proxy.log]


def on_update(answer):
    """A fault for the requests that write (kg add's graph swaps), none for the others."""
    return staticmethod(lambda method, path, n: answer if path == "/update" else None)


def test_through_the_proxy_add_replaces_the_issue(proxy, server):
    result = invoke("--store", proxy.url, "add", SAMPLE)
    assert result.exit_code == 0, result.stderr
    assert paths(proxy) == ["/query", "/update"]   # stored hashes, then one update swapping the graph
    assert not old_graph_kept(server)
    with open_store(server, read_only=True) as store:
        assert store.quad_count(ISSUE_GRAPH) > 1000


def test_unavailable_then_ok_is_retried_with_back_off(proxy, server):
    proxy.fault = staticmethod(lambda method, path, n: (503, "text/plain", b"busy") if n <= 2 else None)
    result = invoke("--store", proxy.url, "add", SAMPLE)
    assert result.exit_code == 0, result.stderr
    assert paths(proxy) == ["/query"] * 3 + ["/update"] * 3
    writes = [t for _, p, t in proxy.log if p == "/update"]
    assert writes[1] - writes[0] >= 0.2 and writes[2] - writes[1] >= 0.4   # the back-off between tries
    assert not old_graph_kept(server)


def test_lasting_unavailability_gives_up_with_one_line(proxy, server):
    proxy.fault = on_update((503, "text/html", b"<h1>503\nService Unavailable</h1>"))
    result = invoke("--store", proxy.url, "add", SAMPLE)
    assert result.exit_code == 1
    assert result.stdout.strip() == ""
    line = assert_one_line_error(result.stderr)
    assert line == (f"kg: error: {proxy.url}/update: server error HTTP 503 (<h1>503 Service Unavailable</h1>); "
                    f"{HINT}")
    assert paths(proxy).count("/update") == 3
    assert old_graph_kept(server)


def test_internal_error_is_not_retried_and_its_text_is_cleaned(proxy, server):
    proxy.fault = staticmethod(lambda method, path, n: (500, "text/plain", b"boom\x1b[2J\x07 \xe2\x80\xae evil")
                               if method == "POST" else None)
    result = invoke("--store", proxy.url, "issues")
    line = assert_one_line_error(result.stderr)
    assert result.exit_code == 1 and methods(proxy) == ["POST"]
    assert "HTTP 500" in line and "boom" in line
    assert not any(c in line for c in "\x1b\x07\u202e")   # no terminal control or bidi characters


def test_html_instead_of_results(proxy, server):
    proxy.fault = staticmethod(lambda method, path, n: (200, "text/html; charset=utf-8", b"<html>Log in</html>"))
    result = invoke("--store", proxy.url, "add", SAMPLE)
    assert result.exit_code == 1
    line = assert_one_line_error(result.stderr)
    assert line == f"kg: error: {proxy.url}/query: answered an HTML page instead of SPARQL results; {HINT}"
    assert methods(proxy) == ["POST"] and old_graph_kept(server)


def test_a_server_that_hangs(proxy, server, monkeypatch):
    monkeypatch.setattr("kg.store.remote.DEFAULT_TIMEOUT", 0.5)
    proxy.fault = on_update(3.0)
    started = time.monotonic()
    result = invoke("--store", proxy.url, "add", SAMPLE)
    assert time.monotonic() - started < 2.5        # one wait of 0.5 s: a hang is not retried
    assert result.exit_code == 1
    assert assert_one_line_error(result.stderr) == f"kg: error: {proxy.url}/update: no answer within 0.5 s; {HINT}"

    proxy.fault = staticmethod(lambda method, path, n: 3.0)
    result = invoke("--store", proxy.url, "query", "--timeout", "0.5", "ASK { ?s ?p ?o }")
    assert result.exit_code == 1
    assert assert_one_line_error(result.stderr) == \
        "kg: error: query took longer than 0.5 s; narrow it or raise --timeout"


def test_a_server_that_closes_the_connection(proxy, server):
    proxy.fault = on_update("close")
    result = invoke("--store", proxy.url, "add", SAMPLE)
    assert result.exit_code == 1
    line = assert_one_line_error(result.stderr)
    assert line.startswith(f"kg: error: {proxy.url}/update: ") and line.endswith(HINT)
    assert paths(proxy).count("/update") == 3       # a graph swap is idempotent: tried three times
    assert old_graph_kept(server)


def test_an_update_is_not_retried_after_the_connection_closed(proxy, server):
    proxy.fault = staticmethod(lambda method, path, n: "close" if path == "/update" else None)
    result = invoke("--store", proxy.url, "query", "--update", "CLEAR ALL")
    assert result.exit_code == 1
    line = assert_one_line_error(result.stderr)
    assert line.startswith(f"kg: error: {proxy.url}/update: ") and line.endswith(HINT)
    assert [p for _, p, _ in proxy.log].count("/update") == 1   # a second try could run it twice
    assert old_graph_kept(server)


def test_a_cut_upload_never_replaces_the_issue(proxy, server):
    """The proxy passes the update on with only half its body and hangs up: the real server must keep
    the old graph, and kg must say the upload failed."""
    proxy.fault = on_update("cut")
    result = invoke("--store", proxy.url, "add", SAMPLE)
    assert result.exit_code == 1
    line = assert_one_line_error(result.stderr)
    assert line.startswith(f"kg: error: {proxy.url}/update: ") and line.endswith(HINT)
    assert paths(proxy).count("/update") == 3
    assert old_graph_kept(server)


def test_a_truncated_update_sent_straight_to_oxigraph(server):
    """The same without the proxy: Content-Length promises more than arrives."""
    parts = urllib.parse.urlsplit(server)
    triples = "".join(f'<urn:s{i}> <https://schema.org/name> "new {i}" .\n' for i in range(2000))
    update = next(base.swap_updates({ISSUE_GRAPH: base.parse_ntriples(ISSUE_GRAPH, triples)})).encode()
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as s:
        s.sendall(f"POST /update HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-update\r\n"
                  f"Content-Length: {len(update)}\r\n\r\n".encode() + update[: len(update) // 2])
        s.shutdown(socket.SHUT_WR)
        s.settimeout(5)
        try:
            s.recv(1000)
        except OSError:
            pass
    time.sleep(0.2)
    assert old_graph_kept(server)


def test_endpoint_down_is_one_line(monkeypatch):
    monkeypatch.setattr("kg.store.remote.BACKOFF", (0.05, 0.05))
    url = f"http://127.0.0.1:{free_port()}"
    result = invoke("--store", url, "add", SAMPLE)
    assert result.exit_code == 1
    assert assert_one_line_error(result.stderr) == f"kg: error: {url}/query: connection refused; {HINT}"
