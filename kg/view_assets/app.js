// Builds the page from the JSON block. Every piece of article text goes through textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; }
  function tip(lines) { var d = el("div"); lines.forEach(function (l) { d.appendChild(el("div", l)); }); return d; }

  var hidden = {};
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var names = Object.keys(n.labels).sort().map(function (k) { return n.labels[k] + (k ? " @" + k : ""); });
    return { id: n.id, label: n.label, x: n.x, y: n.y, value: n.value, group: n.cls,
             color: data.colors[n.cls], shape: data.shapes[n.cls],
             title: tip([n.cls].concat(names, n.amounts.map(function (a) { return "amount: " + a; }))) };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    var ev = e.evidence[0];
    return { id: i, from: e.from, to: e.to, label: e.label, arrows: "to", font: { size: 10, align: "middle" },
             title: tip([e.label].concat(ev ? ["“" + ev.sentence + "”", "— " + ev.article] : [])) };
  }));
  var byId = {}; data.nodes.forEach(function (n) { byId[n.id] = n; });

  var summary = document.getElementById("summary");
  summary.textContent = data.summary.nodes + " nodes, " + data.summary.edges + " edges" +
      (data.summary.total > data.summary.nodes ? " (of " + data.summary.total + " entities)" : "");

  var legend = document.getElementById("legend");
  Object.keys(data.colors).forEach(function (cls) {
    var label = el("label"); var box = el("input"); box.type = "checkbox"; box.checked = true; box.dataset.cls = cls;
    var swatch = el("i"); swatch.style.background = data.colors[cls];
    label.appendChild(box); label.appendChild(swatch); label.appendChild(document.createTextNode(cls));
    var span = el("span"); span.appendChild(label); legend.appendChild(span);
    box.addEventListener("change", function () { hidden[cls] = !box.checked; refilter(); });
  });

  var view = new vis.DataView(nodes, { filter: function (n) { return !hidden[n.group]; } });
  var network = new vis.Network(document.getElementById("graph"), { nodes: view, edges: edges }, {
    physics: { enabled: data.physics, stabilization: { iterations: 150 } },
    nodes: { scaling: { min: 8, max: 40 }, font: { size: 12 } },
    interaction: { hover: true, tooltipDelay: 150 }
  });
  function refilter() { view.refresh(); }

  var physics = document.getElementById("physics");
  physics.checked = data.physics;
  physics.addEventListener("change", function () { network.setOptions({ physics: { enabled: physics.checked } }); });

  document.getElementById("search").addEventListener("input", function (ev) {
    var q = ev.target.value.trim().toLowerCase();
    if (!q) { network.unselectAll(); return; }
    var hits = data.nodes.filter(function (n) {
      return Object.values(n.labels).concat(n.alt).some(function (s) { return s.toLowerCase().indexOf(q) >= 0; });
    }).map(function (n) { return n.id; });
    network.selectNodes(hits);
    if (hits.length) { network.fit({ nodes: hits, animation: false }); show(byId[hits[0]]); }
  });

  var panel = document.getElementById("panel");
  function section(dl, title, items) {
    if (!items.length) return; dl.appendChild(el("dt", title));
    items.forEach(function (t) { dl.appendChild(el("dd", t)); });
  }
  function show(n) {
    panel.replaceChildren();
    panel.appendChild(el("h2", n.label));
    var dl = el("dl");
    section(dl, "class", [n.cls]);
    section(dl, "names", Object.keys(n.labels).sort().map(function (k) { return n.labels[k] + " (" + (k || "–") + ")"; }).concat(n.alt));
    section(dl, "amounts", n.amounts);
    section(dl, "articles (" + n.articles.length + ")", n.articles);
    panel.appendChild(dl);
  }
  function showEdge(e) {
    panel.replaceChildren();
    panel.appendChild(el("h2", (byId[e.from] || {}).label + " — " + e.label + " → " + (byId[e.to] || {}).label));
    var dl = el("dl");
    section(dl, "evidence", e.evidence.map(function (v) { return "“" + v.sentence + "” — " + v.article; }));
    panel.appendChild(dl);
  }
  network.on("click", function (p) {
    if (p.nodes.length) show(byId[p.nodes[0]]);
    else if (p.edges.length) showEdge(data.edges[p.edges[0]]);
  });
  window.kgNetwork = network;
})();
