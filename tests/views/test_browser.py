"""The pages in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright's Python package).

Checks: the network draws (the canvas is not blank), no console error, no request leaves the page,
hovering an event shows its evidence sentence, clicking pins it, names with <script> or an onerror
handler show as text and never run. Install: apt-get install chromium fonts-wqy-microhei;
pip install playwright (no `playwright install`: the system Chromium is used).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kg.store import open_store
from kg.views.graphdata import Filters, apply_filters
from kg.views.html import render_view
from kg.views.report import build_report
from tests.views import sample

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium "
                                                     "fonts-wqy-microhei)"),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright Python package")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Visit:
    """A page opened from disk, with every console error and every request that is not file: or data:."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1200, "height": 800})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", self.note)
        self.context.route("**/*", self.route)
        self.page.goto(path.as_uri())

    def note(self, request):
        if not request.url.startswith(("file:", "data:")):
            self.outside.append(request.url)

    def route(self, route):
        if route.request.url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def wait_for(self, expression: str, timeout: float = 20.0):
        """Polls with evaluate: the page's CSP forbids the eval that wait_for_function uses."""
        end = time.monotonic() + timeout
        while not self.js(expression):
            assert time.monotonic() < end, f"timed out waiting for {expression}"
            time.sleep(0.05)

    def close(self):
        self.context.close()


@pytest.fixture(scope="module")
def view_page(browser, graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "view.html"
    path.write_text(render_view(apply_filters(graph, Filters()), graph), encoding="utf-8")
    visit = Visit(browser, path)
    visit.wait_for("window.kgStabilized === true")
    yield visit
    visit.close()


def node_id(visit: Visit, title: str) -> int:
    return visit.js("t => window.kgData.details.findIndex(d => d.title === t)", title)


def node_point(visit: Visit, node: int) -> tuple[float, float]:
    """Page coordinates of a node, after centring the view on it."""
    visit.js("id => window.kgNetwork.focus(id, {scale: 1.4, animation: false})", node)
    p = visit.js("""id => { const n = window.kgNetwork;
        const d = n.canvasToDOM(n.getPositions([id])[id]);
        const r = document.querySelector('#kg-network canvas').getBoundingClientRect();
        return [r.left + d.x, r.top + d.y]; }""", node)
    return p[0], p[1]


def test_network_draws(view_page):
    colours = view_page.js("""() => {
        const c = document.querySelector('#kg-network canvas');
        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        const seen = new Set(); let inked = 0;
        for (let i = 0; i < px.length; i += 4 * 7) {
            if (px[i + 3] > 0 && (px[i] < 245 || px[i + 1] < 245 || px[i + 2] < 245)) inked++;
            seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2] | (px[i + 3] << 24));
        }
        return [inked, seen.size, c.width * c.height]; }""")
    inked, distinct, total = colours
    assert inked > 200 and distinct > 8, colours
    assert view_page.js("window.kgNetwork.physics.options.enabled") is False  # physics stopped


def test_no_console_error_and_no_request_outside(view_page):
    assert view_page.errors == []
    assert view_page.outside == []


def test_hover_shows_the_evidence(view_page):
    x, y = node_point(view_page, node_id(view_page, "走访慰问高龄老人"))
    view_page.page.mouse.move(x - 30, y - 30)
    view_page.page.mouse.move(x, y)
    view_page.wait_for("!document.getElementById('kg-tooltip').hidden", timeout=5)
    tip = view_page.page.inner_text("#kg-tooltip")
    assert sample.EVIDENCE_B in tip and "敬老慰问" in tip and "西苑社区" in tip and "30" in tip
    view_page.page.mouse.click(x, y)
    view_page.wait_for("!document.getElementById('kg-detail').hidden", timeout=5)
    assert sample.EVIDENCE_B in view_page.page.inner_text("#kg-detail")


def test_injected_markup_is_text_and_never_runs(view_page):
    for name in (sample.O5, sample.O6):  # hovering the onerror/href name ran code through pyvis's titles
        x, y = node_point(view_page, node_id(view_page, name))
        view_page.page.mouse.move(x + 40, y + 40)
        view_page.page.mouse.move(x, y)
        view_page.wait_for("!document.getElementById('kg-tooltip').hidden", timeout=5)
        assert view_page.js("() => document.getElementById('kg-tooltip').firstChild.textContent") == name
        assert view_page.js("document.querySelectorAll('#kg-tooltip img, #kg-tooltip script').length") == 0
    view_page.js("id => window.kgShowDetail(id)", node_id(view_page, sample.O4))
    assert sample.O4 in view_page.page.inner_text("#kg-detail")
    assert "&amp;" not in view_page.js("document.body.innerText")
    assert view_page.js("typeof window.kgPwned") == "undefined"
    assert view_page.errors == [] and view_page.outside == []


def test_report_page(browser, sample_store, tmp_path):
    with open_store(sample_store, read_only=True) as store:
        html = build_report(store, ("2024-10-18",))
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    visit = Visit(browser, path)
    try:
        visit.page.click('a[href="#ev-3"]')
        assert visit.js("location.hash") == "#ev-3"
        assert sample.EVIDENCE_B in visit.page.inner_text("mark#ev-3")
        assert sample.O5 in visit.js("document.body.innerText")
        assert visit.js("document.querySelectorAll('svg.chart').length") == 3
        assert visit.js("typeof window.kgPwned") == "undefined"
        assert visit.errors == [] and visit.outside == []
    finally:
        visit.close()


def test_view_of_the_sample_issue(browser, kg, tmp_path):
    """`kg view` of data/samples/2024-10-18.txt as `kg add` reads it: draws, hover shows evidence, stays local."""
    path = tmp_path / "sample.html"
    kg.ok("view", "-o", path)
    visit = Visit(browser, path)
    try:
        visit.wait_for("window.kgStabilized === true")
        event = visit.js("""() => window.kgData.details.findIndex(
            d => d.rows.some(r => r[0] === '依据') && d.rows.some(r => r[0] === '地点'))""")
        evidence = visit.js("id => window.kgData.details[id].rows.find(r => r[0] === '依据')[1]", event)
        x, y = node_point(visit, event)
        visit.page.mouse.move(x - 30, y - 30)
        visit.page.mouse.move(x, y)
        visit.wait_for("!document.getElementById('kg-tooltip').hidden", timeout=5)
        assert evidence and evidence in visit.page.inner_text("#kg-tooltip")
        assert visit.js("""() => { const c = document.querySelector('#kg-network canvas');
            const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let inked = 0; for (let i = 0; i < px.length; i += 28) if (px[i + 3] > 0) inked++;
            return inked; }""") > 200
        assert visit.errors == [] and visit.outside == []
    finally:
        visit.close()
