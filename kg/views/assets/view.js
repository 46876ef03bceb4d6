/* Draws the network of the page's JSON data with vis-network; tooltips and the detail panel are built
   with textContent only, so no text of the graph is ever read as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var wrap = document.getElementById("kg-wrap");
  var tooltip = document.getElementById("kg-tooltip");
  var detail = document.getElementById("kg-detail");
  var status = document.getElementById("kg-status");

  var network = new vis.Network(document.getElementById("kg-network"),
    { nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges) }, data.options);
  window.kgNetwork = network;
  window.kgData = data;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function fill(box, id) {
    var d = data.details[id];
    box.textContent = "";
    if (!d) { return false; }
    box.appendChild(el("div", "kg-title", d.title));
    box.appendChild(el("div", "kg-kind", d.kind));
    var list = el("dl");
    d.rows.forEach(function (row) {
      list.appendChild(el("dt", "", row[0]));
      list.appendChild(el("dd", "", row[1]));
    });
    box.appendChild(list);
    return true;
  }

  function showTooltip(id, x, y) {
    if (!fill(tooltip, id)) { return; }
    tooltip.hidden = false;
    var maxX = wrap.clientWidth - tooltip.offsetWidth - 4, maxY = wrap.clientHeight - tooltip.offsetHeight - 4;
    tooltip.style.left = Math.max(0, Math.min(x + 14, maxX)) + "px";
    tooltip.style.top = Math.max(0, Math.min(y + 14, maxY)) + "px";
  }

  window.kgShowDetail = function (id) { detail.hidden = !fill(detail, id); };
  window.kgShowTooltip = function (id) {
    var p = network.canvasToDOM(network.getPositions([id])[id]);
    showTooltip(id, p.x, p.y);
  };

  network.on("hoverNode", function (p) { showTooltip(p.node, p.pointer.DOM.x, p.pointer.DOM.y); });
  network.on("blurNode", function () { tooltip.hidden = true; });
  network.on("dragStart", function () { tooltip.hidden = true; });
  network.on("zoom", function () { tooltip.hidden = true; });
  network.on("click", function (p) {
    if (p.nodes.length) { window.kgShowDetail(p.nodes[0]); } else { detail.hidden = true; }
  });
  network.on("stabilizationProgress", function (p) {
    status.textContent = data.strings.layingOut + " " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    status.hidden = true;
    network.once("afterDrawing", function () { window.kgStabilized = true; });  // settled and drawn
    network.redraw();
  });
}());
