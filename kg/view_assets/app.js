// Builds the page from the JSON block. Names, titles and sentences come from articles, so they are
// untrusted: every one goes into the DOM through textContent (el below), never as HTML, and vis-network
// gets tooltips as DOM elements, not strings.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var large = !data.physics;
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function tip(head, lines) {
    var d = el("div"); d.appendChild(el("div", head, "tip-head"));
    lines.forEach(function (l) { d.appendChild(el("div", l)); });
    return d;
  }
  function names(n) {  // "name (lang)" for every language, then the aliases
    return Object.keys(n.labels).sort().map(function (k) { return n.labels[k] + " (" + (k || "no language") + ")"; })
      .concat(n.alt);
  }

  var byId = {}, links = {};
  data.nodes.forEach(function (n) {
    byId[n.id] = n; links[n.id] = [];
    n.search = Object.values(n.labels).concat(n.alt).join("\n").toLowerCase();
  });
  data.edges.forEach(function (e, i) { links[e.from].push(i); links[e.to].push(i); });

  // Colour and shape come from the node's group (its class): set on the node itself, vis would
  // replace them with its default group colours on the first update.
  var groups = {};
  Object.keys(data.classes).forEach(function (cls) {
    var c = data.classes[cls];
    groups[cls] = { color: c.color, shape: c.shape, font: { color: c.shape === "box" ? "#fff" : "#222" } };
  });
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, label: n.label, x: n.x, y: n.y, value: n.value, group: n.cls,
             title: tip(n.name, [n.cls + " · " + n.mentions + " mentions"].concat(
               names(n), n.amounts.map(function (a) { return "amount: " + a; }))) };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    var ev = e.evidence[0], others = e.evidence.length + e.more - 1;
    return { id: i, from: e.from, to: e.to, label: e.label,
             title: tip(byId[e.from].name + " — " + e.label + " → " + byId[e.to].name,
                        ev ? ["“" + ev.sentence + "”", "— " + ev.article].concat(
                               others > 0 ? ["(" + others + " more: click the edge)"] : [])
                           : ["(no evidence sentence)"]) };
  }));

  var hidden = {}, physics = document.getElementById("physics");
  var network = new vis.Network(document.getElementById("graph"), { nodes: nodes, edges: edges }, {
    // Small graphs are laid out here by physics, from vis's Kamada-Kawai start up to 150 nodes (above
    // that vis clusters first, often fails and says so on the console) and from a seeded random one
    // above. Large graphs arrive with positions computed by kg and physics off.
    layout: { improvedLayout: data.nodes.length <= 150, randomSeed: 7 },
    physics: { enabled: data.physics, solver: "forceAtlas2Based", stabilization: { iterations: 200 } },
    nodes: { scaling: { min: 8, max: 40 }, font: { size: 14 } },
    // Straight edges and hiding edges while moving keep thousands of nodes responsive.
    edges: { arrows: { to: { enabled: !large, scaleFactor: 0.5 } }, color: { color: "#999", highlight: "#333", hover: "#333" },
             font: { size: 10, align: "middle", color: "#555" }, smooth: large ? false : { type: "dynamic" } },
    groups: groups,
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: large, hideEdgesOnZoom: large }
  });
  window.kgNetwork = network;  // for tests and the curious (browser console)
  if (large) {
    // Arrowheads took 60 of the 100 ms a frame cost at 5,000 nodes (bench/bench_view.py), and they
    // are specks until one zooms in: draw them only from the zoom where they can be seen.
    var arrows = false;
    network.on("afterDrawing", function () {
      if ((network.getScale() > 0.5) !== arrows) {
        arrows = !arrows;
        network.setOptions({ edges: { arrows: { to: { enabled: arrows } } } });
      }
    });
  }
  network.once("afterDrawing", function () { window.kgReadyAt = performance.now(); });
  // Physics lays the graph out before the first drawing, then stops, so that nodes hold still
  // while people read and click them; the switch turns it back on.
  network.once("stabilizationIterationsDone", function () {
    window.kgStabilizedAt = performance.now();
    network.setOptions({ physics: { enabled: false } });
    physics.checked = false;
  });

  document.getElementById("graph").lang = data.lang;  // names drawn in the chosen language get its glyphs
  var s = data.summary;
  document.getElementById("summary").textContent = s.nodes + " entities, " + s.edges + " relations" +
    (s.entities > s.nodes ? " (of " + s.entities + " entities in the graph)" : "") +
    (s.focus ? " around “" + s.focus + "”" : "");

  var legend = document.getElementById("legend");
  Object.keys(data.classes).forEach(function (cls) {
    var count = data.nodes.filter(function (n) { return n.cls === cls; }).length;
    if (!count) return;
    var label = el("label"), box = el("input"), swatch = el("i", undefined, data.classes[cls].shape);
    box.type = "checkbox"; box.checked = true; box.dataset.cls = cls;
    swatch.style.background = data.classes[cls].color;
    label.appendChild(box); label.appendChild(swatch); label.appendChild(el("span", cls + " (" + count + ")"));
    legend.appendChild(label);
    box.addEventListener("change", function () {
      hidden[cls] = !box.checked;
      nodes.update(data.nodes.filter(function (n) { return n.cls === cls; })
        .map(function (n) { return { id: n.id, hidden: hidden[cls] }; }));
    });
  });

  physics.checked = data.physics;
  physics.addEventListener("change", function () { network.setOptions({ physics: { enabled: physics.checked } }); });

  var matches = document.getElementById("matches");
  document.getElementById("search").addEventListener("input", function (ev) {
    var q = ev.target.value.trim().toLowerCase();
    matches.textContent = "";
    if (!q) { network.unselectAll(); return; }
    var hits = data.nodes.filter(function (n) { return !hidden[n.cls] && n.search.indexOf(q) >= 0; })
      .map(function (n) { return n.id; });
    matches.textContent = hits.length ? hits.length + " match" + (hits.length > 1 ? "es" : "") : "no match";
    network.selectNodes(hits);
    if (hits.length) { network.fit({ nodes: hits, animation: false }); show(byId[hits[0]]); }
  });

  var panel = document.getElementById("panel");
  function section(dl, title, items) {
    if (!items.length) return;
    dl.appendChild(el("dt", title));
    items.forEach(function (t) { var dd = el("dd"); dd.appendChild(typeof t === "string" ? el("span", t) : t); dl.appendChild(dd); });
  }
  function jump(id) {  // a button that shows another node, the way a link would but without a URL
    var b = el("button", byId[id].name);
    b.addEventListener("click", function () {
      if (!hidden[byId[id].cls]) { network.selectNodes([id]); network.focus(id, { scale: 1.2, animation: false }); }
      show(byId[id]);
    });
    return b;
  }
  function show(n) {
    panel.replaceChildren(el("h2", n.name));
    var dl = el("dl");
    section(dl, "class", [n.cls + " · " + n.mentions + " mentions"]);
    section(dl, "names", Object.keys(n.labels).sort().map(function (k) {
      var span = el("span", n.labels[k] + " (" + (k || "no language") + ")"); if (k) span.lang = k; return span;
    }).concat(n.alt));
    section(dl, "amounts", n.amounts);
    section(dl, "relations", links[n.id].map(function (i) {
      var e = data.edges[i], out = e.from === n.id, span = el("span");
      span.appendChild(document.createTextNode(out ? e.label + " → " : "← " + e.label + " · "));
      span.appendChild(jump(out ? e.to : e.from));
      return span;
    }));
    section(dl, "articles (" + (n.articles.length + n.more) + ")",
            n.articles.concat(n.more ? ["… and " + n.more + " more"] : []));
    panel.appendChild(dl);
  }
  function showEdge(e) {
    panel.replaceChildren(el("h2", e.label));
    var dl = el("dl");
    section(dl, "from", [jump(e.from)]);
    section(dl, "to", [jump(e.to)]);
    section(dl, "evidence (" + (e.evidence.length + e.more) + ")", e.evidence.map(function (v) {
      var span = el("span");
      span.appendChild(el("span", "“" + v.sentence + "”", "sentence"));
      span.appendChild(document.createTextNode(" — " + v.article));
      return span;
    }));
    panel.appendChild(dl);
  }
  network.on("click", function (p) {
    if (p.nodes.length) show(byId[p.nodes[0]]);
    else if (p.edges.length) showEdge(data.edges[p.edges[0]]);
  });
})();
