/* evkg graph view. Every piece of text that comes from articles is put in the page with
   textContent (never innerHTML); the data is read from the JSON script element. */
(function () {
  "use strict";
  var T0 = typeof window.evkgT0 === "number" ? window.evkgT0 : performance.now();
  var marks = {start: performance.now()};
  window.evkgMarks = marks;
  var data = JSON.parse(document.getElementById("evkg-data").textContent);
  marks.parsed = performance.now();
  var D = data.details;
  var kindStyle = {};
  data.kinds.forEach(function (k) { kindStyle[k.kind] = k; });
  var relStyle = {};
  data.relations.forEach(function (r) { relStyle[r.type] = r; });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("evkg-canvas");
  var panel = document.getElementById("evkg-panel");
  var statusEl = document.getElementById("evkg-status");
  var physicsBox = document.getElementById("evkg-physics");
  var hiddenKinds = {};
  var hiddenRels = {};

  window.evkgStableMs = null;
  window.evkgStable = false;
  window.evkgNodes = nodes;
  window.evkgEdges = edges;

  /* ---------- small DOM helpers (text only) ---------- */
  function el(tag, props, children) {
    var e = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (k) {
        if (k === "text") { e.textContent = props[k]; }
        else if (k === "cls") { e.className = props[k]; }
        else if (k === "style") { Object.keys(props.style).forEach(function (s) { e.style[s] = props.style[s]; }); }
        else if (k === "on") { Object.keys(props.on).forEach(function (ev) { e.addEventListener(ev, props.on[ev]); }); }
        else { e.setAttribute(k, props[k]); }
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined || c === false) { return; }
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }
  function isHttp(url) { return typeof url === "string" && /^https?:\/\//i.test(url); }
  function fmtConf(c) { return (typeof c === "number") ? c.toFixed(2) : "–"; }
  function fmtNum(v) {
    if (typeof v !== "number") { return String(v); }
    return Math.abs(v) >= 1000 ? v.toLocaleString("en-US", {maximumFractionDigits: 2}) : String(v);
  }
  function nodeName(id) { var d = D.nodes[id]; return d ? (d.name || id) : id; }
  function swatch(color, shape) {
    return el("span", {cls: "evkg-swatch " + shape, style: {background: color}});
  }

  /* ---------- the network ---------- */
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
  if (!data.nodes.length) {  // after the network: vis empties its container
    container.appendChild(el("div", {cls: "evkg-empty", text: "No entities match this view."}));
  }
  window.evkgNetwork = network;
  marks.network = performance.now();

  var stableSeen = false;
  function markStable() {
    if (stableSeen) { return; }
    stableSeen = true;
    marks.stabilized = performance.now();
    if (!data.keepPhysics) { network.setOptions({physics: {enabled: false}}); }
    physicsBox.checked = !!data.keepPhysics;
    network.once("afterDrawing", function () {
      marks.drawn = performance.now();
      window.evkgStableMs = marks.drawn - T0;
      window.evkgStable = true;
      document.body.setAttribute("data-stable", "1");
      statusEl.textContent = "laid out in " + (window.evkgStableMs / 1000).toFixed(1) + " s";
    });
    var wanted = "";
    try { wanted = decodeURIComponent((location.hash || "").slice(1)); } catch (e) { wanted = ""; }
    if (wanted && D.nodes[wanted]) {  // graph.html#company:catl opens on that entity
      focusNode(wanted);
    } else if (data.view && data.view.entity && D.nodes[data.view.entity]) {  // an ego view opens on its centre
      network.selectNodes([data.view.entity]);
      showNode(data.view.entity);
    }
    network.redraw();
  }
  network.on("stabilizationProgress", function (p) {
    marks.iterations = p.iterations;
    statusEl.textContent = "laying out… " + Math.round(100 * p.iterations / p.total) + "%";
    // bounded layout: a big graph is drawn after the time budget even if not yet at rest
    if (data.stabilizeBudgetMs && !stableSeen && performance.now() - marks.network > data.stabilizeBudgetMs) {
      network.stopSimulation();
    }
  });
  network.once("stabilizationIterationsDone", markStable);
  network.once("stabilized", function () { setTimeout(markStable, 0); });
  physicsBox.checked = true;
  if (!data.nodes.length) { markStable(); }

  physicsBox.addEventListener("change", function () {
    network.setOptions({physics: {enabled: physicsBox.checked}});
  });
  document.getElementById("evkg-fit").addEventListener("click", function () { network.fit({animation: false}); });

  /* ---------- filters and legend ---------- */
  function visibleNodeCount() { return nodes.get({filter: function (n) { return !n.hidden; }}).length; }
  function visibleEdgeCount() {
    return edges.get({filter: function (e) {
      if (e.hidden) { return false; }
      var a = nodes.get(e.from), b = nodes.get(e.to);
      return !(a && a.hidden) && !(b && b.hidden);
    }}).length;
  }
  function updateVisible() {
    var n = visibleNodeCount(), m = visibleEdgeCount();
    document.getElementById("evkg-visible").textContent =
      "Showing " + n + " of " + data.nodes.length + " entities, " + m + " of " + data.edges.length + " relations";
  }
  function applyFilters() {
    var nu = [];
    nodes.forEach(function (n) {
      var h = !!hiddenKinds[n.kind];
      if (!!n.hidden !== h) { nu.push({id: n.id, hidden: h}); }
    });
    if (nu.length) { nodes.update(nu); }
    var eu = [];
    edges.forEach(function (e) {
      var h = !!hiddenRels[e.rel];
      if (!!e.hidden !== h) { eu.push({id: e.id, hidden: h}); }
    });
    if (eu.length) { edges.update(eu); }
    updateVisible();
  }
  function legendRow(listId, key, label, count, sw, hidden, indent) {
    var box = el("input", {type: "checkbox", "data-key": key});
    box.checked = true;
    box.addEventListener("change", function () {
      hidden[key] = !box.checked;
      applyFilters();
    });
    var row = el("li", {cls: indent ? "evkg-indent" : ""}, [
      el("label", null, [box, sw, el("span", {text: label}), el("span", {cls: "evkg-count", text: String(count)})])
    ]);
    document.getElementById(listId).appendChild(row);
  }
  data.kinds.forEach(function (k) {
    var indent = k.parent && k.parent !== "Organization";
    legendRow("evkg-kinds", k.kind, k.kind, k.count, swatch(k.color, k.shape), hiddenKinds, indent);
  });
  data.relations.forEach(function (r) {
    legendRow("evkg-rels", r.type, r.label, r.count, swatch(r.color, "line"), hiddenRels, false);
  });
  function setAll(listId, hidden, on) {
    Array.prototype.forEach.call(document.querySelectorAll("#" + listId + " input"), function (b) {
      b.checked = on;
      hidden[b.getAttribute("data-key")] = !on;
    });
    applyFilters();
  }
  document.getElementById("evkg-kinds-all").addEventListener("click", function () { setAll("evkg-kinds", hiddenKinds, true); });
  document.getElementById("evkg-kinds-none").addEventListener("click", function () { setAll("evkg-kinds", hiddenKinds, false); });
  document.getElementById("evkg-rels-all").addEventListener("click", function () { setAll("evkg-rels", hiddenRels, true); });
  document.getElementById("evkg-rels-none").addEventListener("click", function () { setAll("evkg-rels", hiddenRels, false); });
  updateVisible();
  document.getElementById("evkg-sizeby").textContent =
    data.sizeBy === "articles" ? "Node size: number of articles." : "Node size: number of relations.";

  if (data.view && data.view.total_nodes > data.nodes.length) {
    document.getElementById("evkg-capped").textContent = " · the " + data.nodes.length + " most connected of " +
      data.view.total_nodes + " entities (use evkg view ENTITY or a filter for the others)";
  }

  /* ---------- search ---------- */
  var degree = {};
  data.edges.forEach(function (e) {
    degree[e.from] = (degree[e.from] || 0) + 1;
    degree[e.to] = (degree[e.to] || 0) + 1;
  });
  var index = Object.keys(D.nodes).map(function (id) {
    var d = D.nodes[id];
    var forms = [d.name, d.name_zh, id].concat(d.aliases || [], d.tickers || [])
      .filter(function (f) { return typeof f === "string" && f.length; })
      .map(function (f) { return f.toLowerCase(); });
    return {id: id, forms: forms};
  });
  function search(q, limit) {
    q = String(q || "").trim().toLowerCase();
    if (!q) { return []; }
    var hits = [];
    index.forEach(function (item) {
      var best = 9;
      item.forms.forEach(function (f) {
        if (f === q) { best = Math.min(best, 0); }
        else if (f.indexOf(q) === 0) { best = Math.min(best, 1); }
        else if (f.indexOf(q) > 0) { best = Math.min(best, 2); }
      });
      if (best < 9) { hits.push({id: item.id, score: best}); }
    });
    hits.sort(function (a, b) {
      return a.score - b.score || (degree[b.id] || 0) - (degree[a.id] || 0) ||
        nodeName(a.id).localeCompare(nodeName(b.id));
    });
    return hits.slice(0, limit || 10).map(function (h) { return h.id; });
  }
  var searchBox = document.getElementById("evkg-search");
  var resultsEl = document.getElementById("evkg-results");
  function renderResults(ids) {
    clear(resultsEl);
    ids.forEach(function (id, i) {
      var d = D.nodes[id];
      var sub = [d.name_zh, (d.tickers || []).join(", ")].filter(Boolean).join(" · ");
      resultsEl.appendChild(el("li", null, [el("button", {
        type: "button", cls: i === 0 ? "active" : "", "data-id": id,
        on: {click: function () { focusNode(id); }}
      }, [el("span", {text: d.name || id}), sub ? el("span", {cls: "evkg-sub", text: sub}) : null])]));
    });
    if (!ids.length && searchBox.value.trim()) {
      resultsEl.appendChild(el("li", {cls: "evkg-muted", text: "No entity found."}));
    }
  }
  searchBox.addEventListener("input", function () { renderResults(search(searchBox.value, 8)); });
  searchBox.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var ids = search(searchBox.value, 1);
      if (ids.length) { focusNode(ids[0]); }
      ev.preventDefault();
    } else if (ev.key === "Escape") {
      searchBox.value = "";
      renderResults([]);
    }
  });

  document.addEventListener("keydown", function (ev) {  // "/" jumps to the search box
    if (ev.key === "/" && document.activeElement !== searchBox) {
      ev.preventDefault();
      searchBox.focus();
    }
  });

  function focusNode(id) {
    if (!D.nodes[id]) { return false; }
    var n = nodes.get(id);
    if (n && n.hidden) {  // show its kind again rather than focus an invisible node
      hiddenKinds[n.kind] = false;
      var b = document.querySelector('#evkg-kinds input[data-key="' + CSS.escape(n.kind) + '"]');
      if (b) { b.checked = true; }
      applyFilters();
    }
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1.1), locked: true,  // (the view follows it while the layout settles)
                      animation: {duration: 350, easingFunction: "easeInOutQuad"}});
    showNode(id);
    return true;
  }

  /* ---------- side panel ---------- */
  function articleLine(aid) {
    var a = data.articles[aid];
    if (!aid) { return el("div", {cls: "evkg-art", text: "reference data"}); }
    if (!a) { return el("div", {cls: "evkg-art", text: aid}); }
    var title = a.title || a.source || aid;
    var titleEl = isHttp(a.url)
      ? el("a", {href: a.url, target: "_blank", rel: "noopener noreferrer", text: title})
      : el("span", {cls: "evkg-arttitle", text: title});
    var meta = [a.date, a.publisher].filter(Boolean).join(" · ");
    return el("div", {cls: "evkg-art"}, [titleEl, meta ? " — " + meta : null]);
  }
  // "… N more" under a list the page holds only the first entries of (graph.json holds them all)
  function moreNote(total, shown, what) {
    if (!total || total <= shown) { return document.createTextNode(""); }
    return el("div", {cls: "evkg-muted", text: "… " + (total - shown) + " more " + what + " (all in graph.json)"});
  }
  function metaList(pairs) {
    var dl = el("dl", {cls: "evkg-meta"});
    pairs.forEach(function (p) {
      if (p[1] === null || p[1] === undefined || p[1] === "") { return; }
      dl.appendChild(el("dt", {text: p[0]}));
      dl.appendChild(el("dd", null, [typeof p[1] === "string" ? p[1] : p[1]]));
    });
    return dl;
  }
  function nodeButton(id) {
    return el("button", {type: "button", cls: "evkg-nodebtn", text: nodeName(id), on: {click: function () { focusNode(id); }}});
  }
  function relBadge(type) {
    var r = relStyle[type] || {color: "#64748b", label: type};
    return el("span", {cls: "evkg-relname", text: r.label, style: {background: r.color}});
  }

  function showNode(id) {
    var d = D.nodes[id];
    if (!d) { return false; }
    clear(panel);
    var k = (nodes.get(id) || {}).kind;
    var st = kindStyle[k] || {color: "#94a3b8", shape: "dot"};
    panel.appendChild(el("h2", null, [swatch(st.color, st.shape), " ", d.name || id]));
    if (d.name_zh) { panel.appendChild(el("div", {cls: "evkg-zh", text: d.name_zh, lang: "zh"})); }
    panel.appendChild(el("div", {cls: "evkg-kindline", text: (d.labels || []).join(" › ") + "  ·  " + id}));
    if ((d.tickers || []).length) {
      panel.appendChild(el("div", {cls: "evkg-tags"}, d.tickers.map(function (t) { return el("span", {cls: "evkg-tag ticker", text: t}); })));
    }
    panel.appendChild(metaList([
      ["Kinds", (d.kinds || []).join(", ")],
      ["Articles", String(d.articles_total || (d.articles || []).length)],
      ["Mentions", String(d.mention_count || 0)],
      ["Reference", d.known ? "yes (reference data)" : "no"]
    ]));
    if ((d.aliases || []).length) {
      panel.appendChild(el("h3", {text: "Also known as"}));
      panel.appendChild(el("div", {cls: "evkg-tags"}, d.aliases.map(function (a) { return el("span", {cls: "evkg-tag", text: a}); })));
    }
    if ((d.facts || []).length) {
      panel.appendChild(el("h3", {text: "Facts"}));
      var tbody = el("tbody");
      d.facts.forEach(function (f) {
        tbody.appendChild(el("tr", null, [
          el("td", {text: f.measure}), el("td", {text: fmtNum(f.value) + (f.unit ? " " + f.unit : "")}),
          el("td", {text: f.period || ""})
        ]));
        if (f.evidence || f.article) {
          tbody.appendChild(el("tr", null, [el("td", {colspan: "3"}, [
            el("div", {cls: "evkg-ev"}, [
              f.evidence ? el("blockquote", {text: f.evidence}) : null,
              el("div", {cls: "evkg-evmeta", text: "confidence " + fmtConf(f.confidence)}),
              articleLine(f.article)
            ])
          ])]));
        }
      });
      panel.appendChild(el("table", {cls: "evkg-facts"}, [
        el("thead", null, [el("tr", null, [el("th", {text: "Measure"}), el("th", {text: "Value"}), el("th", {text: "Period"})])]),
        tbody
      ]));
      panel.appendChild(moreNote(d.facts_total, d.facts.length, "facts"));
    }
    var rels = edges.get({filter: function (e) { return e.from === id || e.to === id; }});
    if (rels.length) {
      panel.appendChild(el("h3", {text: "Relations (" + rels.length + ")"}));
      var ul = el("ul", {cls: "evkg-rels"});
      rels.slice(0, 200).forEach(function (e) {
        var ed = D.edges[e.id];
        var out = e.from === id;
        ul.appendChild(el("li", null, [
          out || ed.symmetric ? null : el("span", {cls: "evkg-muted", text: "←"}),
          relBadge(e.rel),
          nodeButton(out ? e.to : e.from),
          el("button", {type: "button", cls: "evkg-edgebtn", text: "evidence (" + (ed.evidence || []).length + ")",
            on: {click: function () { showEdge(e.id); }}})
        ]));
      });
      if (rels.length > 200) { ul.appendChild(el("li", {cls: "evkg-muted", text: "… " + (rels.length - 200) + " more"})); }
      panel.appendChild(ul);
    }
    if ((d.articles || []).length) {
      panel.appendChild(el("h3", {text: "Articles (" + (d.articles_total || d.articles.length) + ")"}));
      var box = el("div", {cls: "evkg-ev"});
      d.articles.slice(0, 50).forEach(function (a) { box.appendChild(articleLine(a)); });
      panel.appendChild(box);
      panel.appendChild(moreNote(d.articles_total, d.articles.length, "articles"));
    }
    panel.scrollTop = 0;
    return true;
  }

  function showEdge(eid) {
    var d = D.edges[eid];
    if (!d) { return false; }
    clear(panel);
    panel.appendChild(el("h2", null, [nodeButton(d.from), " ", relBadge(d.type), " ", nodeButton(d.to)]));
    panel.appendChild(el("div", {cls: "evkg-kindline", text: d.type + (d.symmetric ? " (symmetric)" : "")}));
    panel.appendChild(metaList([
      ["Confidence", fmtConf(d.confidence)],
      ["Status", d.status],
      ["First seen", d.first_seen],
      ["Last seen", d.last_seen],
      ["Evidence", String(d.mention_count || (d.evidence || []).length)],
      ["Sources", (d.sources || []).join(", ")]
    ]));
    panel.appendChild(el("h3", {text: "Evidence"}));
    (d.evidence || []).forEach(function (ev) {
      panel.appendChild(el("div", {cls: "evkg-ev"}, [
        el("blockquote", {text: ev.text || ""}),
        el("div", {cls: "evkg-evmeta", text: ["confidence " + fmtConf(ev.confidence), ev.status, ev.rule ? "rule " + ev.rule : null]
          .filter(Boolean).join(" · ")}),
        articleLine(ev.article)
      ]));
    });
    panel.appendChild(moreNote(d.evidence_total, (d.evidence || []).length, "sentences"));
    panel.scrollTop = 0;
    return true;
  }

  network.on("click", function (params) {
    if (params.nodes && params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges && params.edges.length) { showEdge(params.edges[0]); }
  });

  window.evkg = {
    data: data,
    network: network,
    nodes: nodes,
    edges: edges,
    showNode: showNode,
    showEdge: showEdge,
    focusNode: focusNode,
    search: search,
    visibleNodeCount: visibleNodeCount,
    visibleEdgeCount: visibleEdgeCount,
    setKindVisible: function (kind, on) {
      hiddenKinds[kind] = !on;
      var b = document.querySelector('#evkg-kinds input[data-key="' + CSS.escape(kind) + '"]');
      if (b) { b.checked = on; }
      applyFilters();
    },
    edgeId: function (from, to, type) {
      var hit = edges.get({filter: function (e) { return e.from === from && e.to === to && (!type || e.rel === type); }});
      return hit.length ? hit[0].id : null;
    }
  };
})();
