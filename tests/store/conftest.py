"""Fixtures for the store tests: an embedded store in tmp_path and a real Oxigraph server."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kg.store import open_store

ISSUE_A = "https://w3id.org/community-kg/id/issue/2024-10-11"
ISSUE_B = "https://w3id.org/community-kg/id/issue/2024-10-12"
ID = "https://w3id.org/community-kg/id/"
SCHEMA = "https://schema.org/"
CE = "https://w3id.org/community-kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"

NT_A = f"""\
<{ID}event/a1> <{RDF_TYPE}> <{CE}ElderCareVisit> .
<{ID}event/a1> <{SCHEMA}name> "重阳节看望高龄老人"@zh .
<{ID}event/a1> <{SCHEMA}startDate> "2024-10-11"^^<{XSD_DATE}> .
<{ID}event/a1> <{SCHEMA}location> <{ID}place/hongqiao> .
<{ID}place/hongqiao> <{SCHEMA}name> "虹桥社区"@zh .
<{ID}event/a1> <{CE}evidence> "他说：\\"祝您健康！\\"\\n第二行\\t{{}} \\\\ 😀" .
<{ID}event/a1> <{CE}attendeeCount> "30"^^<http://www.w3.org/2001/XMLSchema#integer> .
_:org <{SCHEMA}name> "街道办事处"@zh .
<{ID}event/a1> <{SCHEMA}organizer> _:org .
"""
NT_A2 = f"""\
<{ID}event/a2> <{RDF_TYPE}> <{CE}Exhibition> .
<{ID}event/a2> <{SCHEMA}name> "书画展"@zh .
"""
NT_B = f"""\
<{ID}event/b1> <{RDF_TYPE}> <{CE}Meeting> .
<{ID}event/b1> <{SCHEMA}name> "推进会"@zh .
<{ID}event/b1> <{SCHEMA}location> <{ID}place/hongqiao> .
"""


def oxigraph_binary() -> str | None:
    beside_python = Path(sys.executable).with_name("oxigraph")
    return str(beside_python) if beside_python.exists() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def oxigraph_url(tmp_path_factory: pytest.TempPathFactory):
    """A real `oxigraph serve` on a free loopback port, for the whole session."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the `oxigraph` server binary is not installed (pip install oxigraph)")
    folder = tmp_path_factory.mktemp("oxigraph-server")
    port = free_port()
    log = open(folder / "server.log", "wb")
    proc = subprocess.Popen([binary, "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}"],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while not _answers(url):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"oxigraph server did not start: {(folder / 'server.log').read_text()}")
            time.sleep(0.05)
        yield url
    finally:
        proc.kill()
        proc.wait(timeout=10)
        log.close()


@pytest.fixture
def remote_store(oxigraph_url: str):
    with open_store(oxigraph_url) as store:
        store.update("DROP SILENT ALL")
        yield store


@pytest.fixture
def embedded_store(tmp_path: Path):
    with open_store(str(tmp_path / "store")) as store:
        yield store


@pytest.fixture(params=["embedded", pytest.param("remote", marks=pytest.mark.remote)])
def store(request: pytest.FixtureRequest):
    """Each backend in turn."""
    return request.getfixturevalue(f"{request.param}_store")


@pytest.fixture
def filled(store):
    store.replace_graphs({ISSUE_A: NT_A + NT_A2, ISSUE_B: NT_B})
    return store
