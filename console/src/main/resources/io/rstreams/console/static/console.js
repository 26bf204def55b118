/*
 * Copyright 2026 the RStreams binder authors.
 * Licensed under the Apache License, Version 2.0 (see the LICENSE file).
 *
 * The bus console's page: one script, no framework, no build. Views are chosen by the
 * URL's hash (#/graph, #/queue/<q>, #/bot/<id>, #/trace/<q>/<eid>) so that every view
 * can be bookmarked and the browser's back button works; the current view is fetched
 * again every REFRESH_MS while "Live" is on. Everything is built with DOM calls (never
 * from HTML text), so event payloads cannot inject markup.
 */
(function () {
  "use strict";

  const REFRESH_MS = 1500;
  const SVG = "http://www.w3.org/2000/svg";
  const main = document.getElementById("main");
  let info = null;
  let timer = null;
  let lastJson = null;
  let current = null;

  // ---- building elements, formatting -------------------------------------------------------------------------

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    setAttrs(el, attrs);
    append(el, children);
    return el;
  }

  function s(tag, attrs, ...children) {
    const el = document.createElementNS(SVG, tag);
    setAttrs(el, attrs);
    append(el, children);
    return el;
  }

  function setAttrs(el, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith("on")) el.addEventListener(k.substring(2), v);
      else if (k === "text") el.textContent = v;
      else el.setAttribute(k, v === true ? "" : String(v));
    }
  }

  // replaceChildren would turn a null child into the text "null"
  function fill(el, ...children) {
    el.replaceChildren();
    append(el, children);
  }

  function show(...children) {
    fill(main, ...children);
  }

  function append(el, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }

  function duration(ms) {
    if (ms === null || ms === undefined) return "–";
    const a = Math.abs(ms);
    const sign = ms < 0 ? "-" : "";
    if (a < 1000) return sign + a + " ms";
    if (a < 60000) return sign + (a / 1000).toFixed(1) + " s";
    if (a < 3600000) return sign + Math.floor(a / 60000) + " min " + Math.floor((a % 60000) / 1000) + " s";
    if (a < 86400000) return sign + Math.floor(a / 3600000) + " h " + Math.floor((a % 3600000) / 60000) + " min";
    return sign + Math.floor(a / 86400000) + " d " + Math.floor((a % 86400000) / 3600000) + " h";
  }

  function ago(ms) {
    return ms ? duration(Date.now() - ms) + " ago" : "never";
  }

  function time(ms) {
    return ms ? new Date(ms).toISOString().replace("T", " ").replace("Z", " UTC") : "–";
  }

  function count(n, exact) {
    return (n === null || n === undefined) ? "–" : n.toLocaleString("en-US") + (exact === false ? "+" : "");
  }

  function enc(v) {
    return encodeURIComponent(v);
  }

  function queueLink(q) {
    return h("a", { href: "#/queue/" + enc(q), class: "queue-link" }, q);
  }

  function botLink(id) {
    return h("a", { href: "#/bot/" + enc(id), class: "bot-link" }, id);
  }

  function traceLink(q, eid, label) {
    return h("a", { href: "#/trace/" + enc(q) + "/" + enc(eid), class: "eid trace-link", title: "Trace this event" },
      label || eid);
  }

  function badge(health) {
    return h("span", { class: "badge " + health, "data-health": health }, health);
  }

  function showError(message) {
    const box = document.getElementById("error");
    if (message) {
      box.textContent = message;
      box.hidden = false;
    } else {
      box.hidden = true;
      box.textContent = "";
    }
  }

  async function api(path, options) {
    const response = await fetch(path, Object.assign({ headers: { Accept: "application/json" } }, options || {}));
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = { error: "The console answered " + response.status + " without JSON" };
    }
    if (!response.ok) {
      const error = new Error(body && body.error ? body.error : "HTTP " + response.status);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  // ---- routing and refresh -------------------------------------------------------------

  function route() {
    const hash = location.hash || "#/graph";
    const [path, query] = hash.substring(1).split("?");
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    const params = new URLSearchParams(query || "");
    if (parts[0] === "queue" && parts[1]) return { view: "queue", queue: parts[1], params };
    if (parts[0] === "bot" && parts[1]) return { view: "bot", id: parts[1], params };
    // an eid has slashes: the rest of the path is the eid, encoded or not
    if (parts[0] === "trace" && parts[1] && parts[2]) {
      return { view: "trace", queue: parts[1], eid: parts.slice(2).join("/"), params };
    }
    return { view: "graph", params };
  }

  const views = {
    graph: { url: () => "/api/graph", render: renderGraph, title: () => "Graph" },
    queue: { url: r => "/api/queue?name=" + enc(r.queue) + passParams(r.params, ["after", "path", "value", "limit"]),
      render: renderQueue, title: r => "Queue " + r.queue },
    bot: { url: r => "/api/bot?id=" + enc(r.id), render: renderBot, title: r => "Bot " + r.id },
    trace: { url: r => "/api/trace?queue=" + enc(r.queue) + "&eid=" + enc(r.eid), render: renderTrace,
      title: r => "Trace " + r.eid }
  };

  function passParams(params, names) {
    return names.filter(n => params.get(n)).map(n => "&" + n + "=" + enc(params.get(n))).join("");
  }

  async function load(fresh) {
    const r = route();
    const view = views[r.view];
    if (fresh) {
      lastJson = null;
      current = { route: r, shell: null };
      document.title = view.title(r) + " – RStreams bus console";
      document.getElementById("nav-graph").classList.toggle("active", r.view === "graph");
    }
    const started = location.hash;
    try {
      const data = await api(view.url(r));
      if (location.hash !== started && !fresh) return;
      showError(null);
      const json = JSON.stringify(data);
      if (json !== lastJson) {
        lastJson = json;
        const focus = focusKey();
        view.render(r, data, current);
        restoreFocus(focus);
      }
      document.getElementById("refreshed").textContent = "updated " + new Date().toLocaleTimeString();
      document.body.setAttribute("data-loaded", r.view);
    } catch (e) {
      showError(e.message);
      if (fresh) {
        show(h("p", { class: "muted" }, "Nothing to show: " + e.message));
      }
    }
  }

  // a refresh rebuilds the view: keep the keyboard focus on the same node, link or button
  function focusKey() {
    const el = document.activeElement;
    if (!el || !main.contains(el) || el === main) return null;
    if (el.id) return "#" + CSS.escape(el.id);
    if (el.getAttribute("data-id")) return "[data-id=\"" + CSS.escape(el.getAttribute("data-id")) + "\"]";
    if (el.getAttribute("href")) return "a[href=\"" + CSS.escape(el.getAttribute("href")) + "\"]";
    return null;
  }

  function restoreFocus(key) {
    if (!key) return;
    const el = main.querySelector(key);
    if (el && el !== document.activeElement) el.focus({ preventScroll: true });
  }

  function schedule() {
    clearInterval(timer);
    timer = null;
    if (document.getElementById("live").checked) {
      timer = setInterval(() => { if (!document.hidden) load(false); }, REFRESH_MS);
    }
  }

  // ---- graph ---------------------------------------------------------------------------

  const NODE_W = 150, NODE_H = 54, COL_W = 226, ROW_H = 80, PAD = 24;

  function layout(graph) {
    const ids = graph.nodes.map(n => n.id);
    const incoming = new Map(ids.map(id => [id, []]));
    const outgoing = new Map(ids.map(id => [id, []]));
    for (const e of graph.edges) {
      if (incoming.has(e.to) && outgoing.has(e.from)) {
        incoming.get(e.to).push(e.from);
        outgoing.get(e.from).push(e.to);
      }
    }
    // longest path from the sources; bounded so that a cycle (a bot writing the queue it reads) ends
    const rank = new Map(ids.map(id => [id, 0]));
    for (let i = 0; i < ids.length; i++) {
      let changed = false;
      for (const e of graph.edges) {
        if (!rank.has(e.from) || !rank.has(e.to)) continue;
        if (rank.get(e.to) < rank.get(e.from) + 1 && rank.get(e.from) + 1 < ids.length) {
          rank.set(e.to, rank.get(e.from) + 1);
          changed = true;
        }
      }
      if (!changed) break;
    }
    const columns = [];
    for (const n of graph.nodes) {
      const r = rank.get(n.id);
      (columns[r] = columns[r] || []).push(n);
    }
    const row = new Map();
    columns.forEach((col, c) => {
      if (c > 0) {
        // order by the mean row of the predecessors, so that edges cross less
        col.forEach(n => {
          const preds = incoming.get(n.id).filter(p => row.has(p));
          n._order = preds.length ? preds.reduce((a, p) => a + row.get(p), 0) / preds.length : 1e6;
        });
        col.sort((a, b) => a._order - b._order || a.name.localeCompare(b.name));
      } else {
        col.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
      }
      col.forEach((n, i) => row.set(n.id, i));
    });
    const height = Math.max(...columns.map(c => (c ? c.length : 0)), 1);
    const pos = new Map();
    columns.forEach((col, c) => {
      const offset = (height - col.length) * ROW_H / 2;
      col.forEach((n, i) => pos.set(n.id, { x: PAD + c * COL_W, y: PAD + offset + i * ROW_H }));
    });
    return { pos, width: PAD * 2 + Math.max(columns.length - 1, 0) * COL_W + NODE_W,
      height: PAD * 2 + (height - 1) * ROW_H + NODE_H };
  }

  function edgeLabel(e) {
    if (e.kind === "read") {
      return e.behind > 0 ? count(e.behind, e.behindExact) + " behind · " + duration(e.lagMillis) : "caught up";
    }
    return e.lastAt ? ago(e.lastAt) : "writes";
  }

  function nodeLines(n) {
    if (n.kind === "queue") {
      return [count(n.events, n.eventsExact) + " events", n.lastWriteAt ? ago(n.lastWriteAt) : "empty"];
    }
    if (!n.registered) return ["not in LeoCron"];
    return [n.health + (n.paused ? " · paused" : ""), n.lastWriteAt ? ago(n.lastWriteAt) : "reads only"];
  }

  function renderGraph(r, graph) {
    const { pos, width, height } = layout(graph);
    const svg = s("svg", { class: "graph", width, height, viewBox: "0 0 " + width + " " + height, role: "img",
      "aria-label": "Graph of " + graph.nodes.length + " bots and queues" });
    svg.append(s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7,
      markerHeight: 7, orient: "auto-start-reverse" }, s("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#8e99a8" }))));
    for (const e of graph.edges) {
      const a = pos.get(e.from), b = pos.get(e.to);
      if (!a || !b) continue;
      const x1 = a.x + NODE_W, y1 = a.y + NODE_H / 2, x2 = b.x, y2 = b.y + NODE_H / 2;
      const back = x2 <= x1;
      const d = back
        ? `M ${x1} ${y1} C ${x1 + 60} ${y1 - 70}, ${x2 - 60} ${y2 - 70}, ${x2} ${y2}`
        : `M ${x1} ${y1} C ${(x1 + x2) / 2} ${y1}, ${(x1 + x2) / 2} ${y2}, ${x2} ${y2}`;
      const label = edgeLabel(e);
      svg.append(s("g", { class: "edge " + e.kind + " " + e.health, "data-from": e.from, "data-to": e.to,
        "data-behind": e.behind },
        s("title", { text: e.from + " → " + e.to + ": " + label }),
        s("path", { d, "marker-end": "url(#arrow)" }),
        s("text", { x: (x1 + x2) / 2, y: back ? Math.min(y1, y2) - 58 : (y1 + y2) / 2 - 6, "text-anchor": "middle",
          text: label })));
    }
    for (const n of graph.nodes) {
      const p = pos.get(n.id);
      const name = n.id.substring(n.id.indexOf(":") + 1);
      const href = n.kind === "queue" ? "#/queue/" + enc(name) : "#/bot/" + enc(name);
      const lines = nodeLines(n);
      const cls = "node " + n.kind + " " + (n.kind === "bot" ? n.health : "") + (n.paused ? " paused" : "") +
        (n.registered ? "" : " unregistered");
      const title = n.name.length > 18 ? n.name.substring(0, 17) + "…" : n.name;
      svg.append(s("a", { href, class: cls, "data-id": n.id, "data-health": n.health, "data-events": n.events,
        "aria-label": (n.kind === "bot" ? "Bot " : "Queue ") + n.name + ": " + lines.join(", ") },
        s("title", { text: n.name }),
        s("rect", { x: p.x, y: p.y, width: NODE_W, height: NODE_H, rx: n.kind === "bot" ? 10 : 3 }),
        n.kind === "bot" ? s("circle", { class: "dot " + n.health, cx: p.x + 14, cy: p.y + 17, r: 5 }) : null,
        s("text", { class: "title", x: p.x + (n.kind === "bot" ? 26 : 12), y: p.y + 21, text: title }),
        s("text", { class: "sub", x: p.x + 12, y: p.y + 40, text: lines.join(" · ") })));
    }
    const bots = graph.nodes.filter(n => n.kind === "bot");
    const queues = graph.nodes.filter(n => n.kind === "queue");
    show(
      h("h1", {}, "Bots and queues"),
      h("div", { class: "legend", "aria-hidden": "true" }, h("span", { class: "queue" }, "queue"),
        h("span", { class: "healthy" }, "healthy"), h("span", { class: "lagging" }, "lagging"),
        h("span", { class: "stale" }, "stale"), h("span", { class: "blocked" }, "blocked"),
        h("span", { class: "muted" }, "dashed: paused")),
      graph.partial ? h("p", { class: "status refused" }, "The bus has more items than the console scans: the graph is partial.") : null,
      graph.nodes.length === 0 ? h("p", { class: "muted" }, "No bots or queues on this bus yet.") : h("div", { class: "graph-wrap" }, svg),
      h("h2", {}, "Bots"),
      h("table", { id: "bots-table" },
        h("thead", {}, h("tr", {}, h("th", {}, "bot"), h("th", {}, "health"), h("th", {}, "reads"), h("th", {}, "writes"))),
        h("tbody", {}, bots.map(b => h("tr", { "data-id": b.id },
          h("td", {}, botLink(b.id.substring(4))), h("td", {}, badge(b.health), b.paused ? [" ", badge("paused")] : null),
          h("td", {}, graph.edges.filter(e => e.to === b.id).map(e => h("div", {},
            queueLink(e.from.substring(6)), " ", h("span", { class: "muted" }, edgeLabel(e))))),
          h("td", {}, graph.edges.filter(e => e.from === b.id).map(e => h("div", {},
            queueLink(e.to.substring(6)), " ", h("span", { class: "muted" }, edgeLabel(e))))))))),
      h("h2", {}, "Queues"),
      h("table", { id: "queues-table" },
        h("thead", {}, h("tr", {}, h("th", {}, "queue"), h("th", { class: "num" }, "events"), h("th", {}, "max_eid"),
          h("th", {}, "last write"))),
        h("tbody", {}, queues.map(q => h("tr", { "data-id": q.id },
          h("td", {}, queueLink(q.name)), h("td", { class: "num" }, count(q.events, q.eventsExact)),
          h("td", { class: "eid" }, q.maxEid || "–"), h("td", {}, ago(q.lastWriteAt)))))));
  }

  // ---- queue ---------------------------------------------------------------------------

  function queueHash(q, params) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
    const qs = p.toString();
    return "#/queue/" + enc(q) + (qs ? "?" + qs : "");
  }

  function renderQueue(r, view, state) {
    if (!state.shell) {
      const after = h("input", { type: "text", id: "from-eid", class: "eid-input", name: "after",
        placeholder: "z/2026/12/01/10 or a full eid", value: r.params.get("after") || "" });
      const path = h("input", { type: "text", id: "filter-path", name: "path", placeholder: "payload.customer",
        value: r.params.get("path") || "" });
      const value = h("input", { type: "text", id: "filter-value", name: "value", placeholder: "acme",
        value: r.params.get("value") || "" });
      const form = h("form", { class: "controls", id: "queue-form", onsubmit: ev => {
        ev.preventDefault();
        location.hash = queueHash(r.queue, { after: after.value.trim(), path: path.value.trim(), value: value.value });
      } },
        h("label", {}, "Read after eid", after),
        h("label", {}, "JSON path", path),
        h("label", {}, "equals", value),
        h("button", { type: "submit", class: "primary", id: "apply" }, "Apply"),
        h("button", { type: "button", id: "newest", onclick: () => { location.hash = queueHash(r.queue, {}); } }, "Newest"),
        h("button", { type: "button", id: "from-beginning", onclick: () => {
          location.hash = queueHash(r.queue, { after: "z/", path: path.value.trim(), value: value.value });
        } }, "From the beginning"));
      state.shell = { header: h("div"), blocks: h("div", { class: "card blocks" }), bots: h("div"), events: h("div") };
      show(h("h1", {}, "Queue ", h("code", { id: "queue-name" }, r.queue)), state.shell.header,
        state.shell.blocks, state.shell.bots, h("h2", {}, "Events"), form, state.shell.events);
    }
    const sh = state.shell;
    fill(sh.header, h("div", { class: "card facts" },
      h("div", {}, h("span", {}, "max_eid"), h("code", { id: "max-eid" }, view.maxEid || "none")),
      h("div", {}, h("span", {}, "events"), h("strong", { id: "queue-total" }, count(view.total, view.totalExact))),
      h("div", {}, h("span", {}, "last write"), ago(view.lastWriteAt))));
    fill(sh.blocks, h("div", { class: "muted" }, "Events per block, newest " + view.blocks.length + " blocks"),
      blockChart(view.blocks));
    fill(sh.bots, h("div", { class: "facts" },
      h("div", {}, h("span", {}, "written by"), view.writers.length ? view.writers.map(w => [botLink(w.from.substring(4)),
        h("span", { class: "muted" }, " (" + ago(w.lastAt) + ") ")]) : "–"),
      h("div", {}, h("span", {}, "read by"), view.readers.length ? view.readers.map(e => [botLink(e.to.substring(4)), " ",
        badge(e.health), h("span", { class: "muted" }, " " + edgeLabel(e) + " ")]) : "–")));
    const open = new Set([...sh.events.querySelectorAll("details[open]")].map(d => d.getAttribute("data-eid")));
    const rows = view.events.map(e => eventRow(view.queue, e, open.has(e.eid)));
    const pager = h("div", { class: "actions" },
      h("span", { class: "muted", id: "page-info" }, view.events.length + " events shown" +
        (view.filter ? " matching " + view.filter.path + " = " + view.filter.value + " (" + view.scanned + " read)" : "") +
        (view.after ? " after " + view.after : " (newest)")),
      view.next ? h("button", { type: "button", id: "next-page", onclick: () => {
        location.hash = queueHash(r.queue, { after: view.next, path: r.params.get("path"), value: r.params.get("value") });
      } }, "Next page") : null);
    fill(sh.events, 
      h("div", { class: "events-head muted" }, h("span", {}, "eid"), h("span", {}, "id (producer)"),
        h("span", {}, "event_source_timestamp"), h("span", {}, "payload")),
      h("div", { id: "events" }, rows.length ? rows : h("p", { class: "muted" }, "No events.")), pager);
  }

  function blockChart(blocks) {
    const w = 900, hgt = 90;
    if (!blocks.length) return h("p", { class: "muted" }, "No blocks.");
    const max = Math.max(...blocks.map(b => b.records), 1);
    const bw = Math.min(24, Math.max(2, Math.floor(w / Math.max(blocks.length, 1)) - 2));
    const svg = s("svg", { width: w, height: hgt + 16, role: "img", "aria-label": "Events per block over time" });
    blocks.forEach((b, i) => {
      const bh = Math.max(2, Math.round(b.records / max * hgt));
      svg.append(s("rect", { x: i * (bw + 2), y: hgt - bh, width: bw, height: bh },
        s("title", { text: b.records + " events, stored " + time(b.at) + " (" + b.end + ")" })));
    });
    svg.append(s("text", { x: 0, y: hgt + 13, "font-size": 11, fill: "#5f6b7a", text: time(blocks[0].at) }));
    svg.append(s("text", { x: Math.max(320, Math.min(w, blocks.length * (bw + 2))), y: hgt + 13, "font-size": 11,
      fill: "#5f6b7a", "text-anchor": "end",
      text: time(blocks[blocks.length - 1].at) + " · max " + max }));
    return svg;
  }

  function eventRow(queue, e, open) {
    if (e.error) {
      return h("details", { class: "event error", "data-eid": e.eid, open },
        h("summary", {}, h("span", { class: "eid" }, e.eid), h("span", {}, "unreadable"), h("span", {}, e.firstEid),
          h("span", {}, e.error)), h("pre", {}, JSON.stringify(e, null, 2)));
    }
    const payload = JSON.stringify(e.payload);
    return h("details", { class: "event", "data-eid": e.eid, open },
      h("summary", {}, h("span", { class: "eid" }, e.eid), h("span", {}, e.id || "–"),
        h("span", {}, time(e.event_source_timestamp)), h("span", { class: "payload" }, payload)),
      h("div", { class: "actions" }, traceLink(queue, e.eid, "Trace this event"),
        e.correlation_id && e.correlation_id.source
          ? h("span", { class: "muted" }, "from ", queueLink(e.correlation_id.source), " ",
            traceLink(e.correlation_id.source, e.correlation_id.start, e.correlation_id.start),
            e.correlation_id.end ? " … " + e.correlation_id.end : "") : null,
        h("span", { class: "muted" }, "stored " + duration(e.eidTime - e.event_source_timestamp) + " after its source")),
      h("pre", { class: "envelope" }, JSON.stringify(e, null, 2)));
  }

  // ---- bot -----------------------------------------------------------------------------

  async function act(bot, binding, action, eid, status) {
    status.className = "status";
    status.textContent = action + " " + binding + "...";
    try {
      await api("/api/action?binding=" + enc(binding) + "&action=" + enc(action) + (eid ? "&eid=" + enc(eid) : ""),
        { method: "POST", headers: { Accept: "application/json", "X-RStreams-Console": "1" } });
      status.className = "status ok";
      status.textContent = "Done: " + action + " " + binding + ".";
      load(false);
    } catch (e) {
      status.className = "status refused";
      status.textContent = (e.status === 403 ? "Refused: " : "Failed: ") + e.message;
    }
  }

  function renderBot(r, bot, state) {
    if (!state.shell) {
      state.shell = { header: h("div"), reads: h("div"), writes: h("div"), bindings: h("div"),
        status: h("div", { id: "action-status", role: "status", "aria-live": "polite" }), item: h("div") };
      show(h("h1", {}, "Bot ", h("code", { id: "bot-id" }, r.id)), state.shell.header,
        h("h2", {}, "Reads"), state.shell.reads, h("h2", {}, "Writes"), state.shell.writes,
        h("h2", {}, "Bindings of this application"), state.shell.status, state.shell.bindings, state.shell.item);
    }
    const sh = state.shell;
    fill(sh.header, h("div", { class: "card facts" },
      h("div", {}, h("span", {}, "health"), badge(bot.health),
        bot.paused || bot.bindings.some(b => b.state === "PAUSED") ? [" ", badge("paused")] : null),
      h("div", {}, h("span", {}, "name"), bot.name),
      bot.description ? h("div", {}, h("span", {}, "description"), bot.description) : null,
      h("div", {}, h("span", {}, "errorCount"), String(bot.errorCount))));
    fill(sh.reads, bot.reads.length ? h("table", { id: "reads" },
      h("thead", {}, h("tr", {}, ["queue", "checkpoint", "behind", "lag", "checkpointed", "source lag", "lease", "fanout"]
        .map(t => h("th", {}, t)))),
      h("tbody", {}, bot.reads.map(rd => h("tr", { "data-queue": rd.queue },
        h("td", {}, queueLink(rd.queue), " ", badge(rd.edge.health)),
        h("td", { class: "eid" }, rd.edge.checkpoint || "none"),
        h("td", { class: "num" }, count(rd.edge.behind, rd.edge.behindExact)),
        h("td", { class: "num" }, duration(rd.edge.lagMillis)),
        h("td", {}, ago(rd.edge.lastAt)),
        h("td", { class: "num" }, duration(rd.edge.sourceLagMillis)),
        h("td", { class: "lease" }, rd.lease ? [rd.lease.owner || "–", h("div", { class: "muted" },
          (rd.leaseHeld ? "expires " : "expired ") + time(rd.lease.expires))] : "–"),
        h("td", {}, Object.keys(rd.fanout).length ? Object.entries(rd.fanout).map(([k, v]) =>
          h("div", {}, h("span", { class: "muted" }, k + ": "), h("code", {}, v))) : "–"))))) : h("p", { class: "muted" }, "Reads nothing."));
    fill(sh.writes, bot.writes.length ? h("table", { id: "writes" },
      h("thead", {}, h("tr", {}, ["queue", "write checkpoint", "last batch", "written", "source lag"].map(t => h("th", {}, t)))),
      h("tbody", {}, bot.writes.map(w => h("tr", {},
        h("td", {}, queueLink(w.to.substring(6))), h("td", { class: "eid" }, w.checkpoint || "–"),
        h("td", { class: "num" }, count(w.behind)), h("td", {}, ago(w.lastAt)),
        h("td", { class: "num" }, duration(w.sourceLagMillis))))))
      : h("p", { class: "muted" }, "Writes nothing (no write checkpoint)."));
    const focused = document.activeElement && document.activeElement.id;
    const moveValues = {};
    sh.bindings.querySelectorAll("input.move-eid").forEach(i => { moveValues[i.id] = i.value; });
    fill(sh.bindings, bot.bindings.length ? h("div", {},
      h("p", { class: "muted", id: "actions-mode" }, bot.actionsEnabled
        ? "Actions are enabled: they act on this application's bindings, as the actuator endpoint does."
        : "Read-only console (" + (info ? info.readOnlyHint : "actions are disabled") + "): actions are refused."),
      bot.bindings.map(b => {
        const eidInput = h("input", { type: "text", class: "eid-input move-eid", id: "move-" + b.binding,
          "aria-label": "Move " + b.binding + " checkpoint to eid", placeholder: "z/...", value: moveValues["move-" + b.binding] || "" });
        return h("div", { class: "card binding", "data-binding": b.binding, "data-state": b.state },
          h("div", { class: "facts" },
            h("div", {}, h("span", {}, "binding"), h("strong", {}, b.binding)),
            h("div", {}, h("span", {}, "queue"), queueLink(b.queue)),
            h("div", {}, h("span", {}, "state"), h("strong", { class: "binding-state" }, b.state)),
            h("div", {}, h("span", {}, "position"), h("code", {}, b.position || "–")),
            h("div", {}, h("span", {}, "lease"), b.leaseHeld ? "held by " + b.owner : "not held")),
          b.lastError ? h("div", { class: "status refused last-error" }, "Last error (" + b.lastErrorAt + "): " + b.lastError) : null,
          h("div", { class: "actions" },
            h("button", { type: "button", class: "pause", id: "pause-" + b.binding,
              onclick: () => act(r.id, b.binding, "pause", null, sh.status) }, "Pause"),
            h("button", { type: "button", class: "resume", id: "resume-" + b.binding,
              onclick: () => act(r.id, b.binding, "resume", null, sh.status) }, "Resume"),
            eidInput,
            h("button", { type: "button", class: "move", id: "movebtn-" + b.binding,
              onclick: () => act(r.id, b.binding, "move", eidInput.value.trim(), sh.status) }, "Move checkpoint")));
      })) : h("p", { class: "muted" }, "This application has no binding of this bot (it runs elsewhere)."));
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
    fill(sh.item, h("details", {}, h("summary", {}, "LeoCron item"),
      h("pre", {}, JSON.stringify(bot.item, null, 2))));
  }

  // ---- trace ---------------------------------------------------------------------------

  function hopItem(hop, kind) {
    const e = hop.event;
    const label = hop.depth === 0 ? "this event" : (kind === "up" ? hop.depth + " up" : hop.depth + " down");
    return h("li", { class: "hop " + (hop.depth === 0 ? "origin" : kind), "data-depth": kind === "up" ? -hop.depth : hop.depth,
      "data-queue": hop.queue, "data-eid": hop.eid },
      h("div", { class: "hop-head" },
        h("span", { class: "depth" }, label),
        queueLink(hop.queue),
        traceLink(hop.queue, hop.eid),
        h("span", {}, "by ", e.id ? botLinkIfKnown(e.id) : "–"),
        h("span", { class: "muted" }, "stored " + duration(hop.sourceToEidMillis) + " after its source"),
        hop.hopMillis !== null && hop.hopMillis !== undefined
          ? h("span", { class: "muted hop-time" }, (kind === "up" ? "next hop took " : "hop took ") + duration(hop.hopMillis)) : null),
      h("details", {}, h("summary", {}, "envelope"), h("pre", {}, JSON.stringify(e, null, 2))));
  }

  function botLinkIfKnown(id) {
    return botLink(id);
  }

  function renderTrace(r, trace) {
    const up = [...trace.ancestors].sort((a, b) => b.depth - a.depth);
    const down = [...trace.descendants].sort((a, b) => a.depth - b.depth);
    const o = trace.origin.event;
    show(
      h("h1", {}, "Trace of ", h("code", {}, trace.origin.eid)),
      h("p", { class: "muted" }, "Upstream: the events its correlation_id names (source, start…end), and theirs. " +
        "Downstream: events of the queues its readers write whose correlation covers it. Source at ",
        time(o.event_source_timestamp), "."),
      trace.truncated ? h("p", { class: "status refused" }, "Cut short by the console's limits: not every event is shown.") : null,
      h("ol", { class: "trace", id: "trace" },
        up.length ? null : h("li", { class: "gap" }, "No upstream event (no correlation_id)."),
        up.map(hop => hopItem(hop, "up")),
        hopItem(trace.origin, "origin"),
        down.map(hop => hopItem(hop, "down")),
        down.length ? null : h("li", { class: "gap" }, "No downstream event yet.")));
  }

  // ---- start ---------------------------------------------------------------------------

  async function start() {
    try {
      info = await api("/api/info");
      document.getElementById("bus-title").textContent = info.title;
      const mode = document.getElementById("mode");
      mode.textContent = info.actionsEnabled ? "actions enabled" : "read-only";
      mode.className = "badge " + (info.actionsEnabled ? "rw" : "ro");
      mode.title = info.actionsEnabled ? "Pause, resume and move checkpoint are allowed" : info.readOnlyHint;
    } catch (e) {
      showError(e.message);
    }
    window.addEventListener("hashchange", () => { load(true); main.focus({ preventScroll: true }); });
    document.getElementById("live").addEventListener("change", schedule);
    await load(true);
    schedule();
  }

  start();
})();
