"use strict";
// Entry point: reads the embedded data, builds the views present, wires the tabs and the link
// from a history operation to its messages, and exposes a small API on window.seedsimViz that
// the browser tests (and a curious student at the console) use to ask what was drawn.

(function main() {
  const viz = (window.seedsimViz = { errors: [], cspViolations: [], ready: false });
  window.addEventListener("error", e => viz.errors.push(String(e.message)));
  window.addEventListener("unhandledrejection", e => viz.errors.push(String(e.reason)));
  document.addEventListener("securitypolicyviolation", e => viz.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));

  const data = inflate(JSON.parse(document.getElementById("seedsim-data").textContent));
  showOutcome(data);
  const trace = data.trace ? new TracePage(data.trace) : null;
  const history = data.history ? new HistoryPage(data.history, {
    hasTraceOf: opId => trace !== null && trace.hasOperation(opId),
    showInTrace: opId => { showTab("trace"); trace.focusOperation(opId); },
    faults: data.trace ? faultsOf(data.trace) : [],
  }) : null;
  if (history && trace) {
    const back = document.getElementById("t-back");
    back.hidden = false;
    back.addEventListener("click", () => showTab("history"));
  }

  const title = (data.history && data.history.title) || (data.trace && data.trace.title);
  document.getElementById("page-title").textContent = title;
  document.title = title + " — seedsim";
  document.getElementById("t-title").hidden = !data.trace || data.trace.title === title;

  function showTab(name) {
    for (const view of ["history", "trace"]) {
      document.getElementById(view + "-view").hidden = view !== name;
      document.getElementById("tab-" + view).classList.toggle("active", view === name);
    }
    hideTooltip();
    (name === "history" ? history : trace).draw();
  }
  if (history && trace) {
    document.getElementById("tabs").hidden = false;
    for (const button of document.querySelectorAll("#tabs button")) {
      button.addEventListener("click", () => showTab(button.dataset.tab));
    }
  }
  window.addEventListener("resize", () => { if (history) history.redraw(); if (trace) trace.redraw(); });
  showTab(history ? "history" : "trace");
  openLink(location.hash);
  // Editing #key=K or #op=N in the address acts at once, without a reload.
  window.addEventListener("hashchange", () => openLink(location.hash));

  // Links into a page: #key=K picks a history partition, #trace opens the trace, #op=N shows
  // operation N's messages in the trace. They also let a headless browser screenshot a view.
  function openLink(hash) {
    const params = new URLSearchParams(hash.replace(/^#/, ""));
    const key = params.get("key");
    if (history && key !== null) {
      const index = data.history.partitions.findIndex(p => p.label === key);
      if (index >= 0) history.selectPartition(index);
    }
    const op = Number(params.get("op"));
    if (trace && params.has("op") && trace.hasOperation(op)) {
      showTab("trace");
      trace.focusOperation(op);
    } else if (trace && params.has("trace")) {
      showTab("trace");
    } else if (history && key !== null) {
      showTab("history");
    }
  }

  // Each query draws first, so it reports what the current state puts on screen.
  const drawn = page => { page.draw(); return page.lastFrame; };
  viz.showTab = showTab;
  viz.outcome = {
    headline: () => document.getElementById("o-headline").textContent,
    text: () => document.getElementById("outcome").innerText,
    /** True when the outcome banner is the page's first thing, above everything else. */
    isFirst: () => {
      const box = document.getElementById("outcome").getBoundingClientRect();
      return box.top <= 1 && [...document.body.children].find(e => e.offsetParent !== null || e.tagName === "SECTION") === document.getElementById("outcome");
    },
  };
  if (history) {
    viz.history = {
      partitionCount: () => data.history.partitions.length,
      selectPartition: i => history.selectPartition(i),
      currentPartition: () => history.partitionIndex,
      laneLabels: () => drawn(history).lanes.slice(),
      laneCount: () => drawn(history).lanes.length,
      operationCount: () => drawn(history).operations,
      unplacedHighlighted: () => drawn(history).unplaced.slice(),
      culpritHighlighted: () => drawn(history).culprit.slice(),
      currentLabel: () => history.part.source.label,
      jumpToError: () => history.jumpToError(),
      /** Whether operation `id` is drawn inside the visible part of the scroll box. */
      inView: id => {
        const box = drawn(history).boxes.get(id);
        if (!box) return false;
        const view = history.box.getBoundingClientRect(), c = history.canvas.getBoundingClientRect();
        const top = c.top + box.y, left = c.left + box.x;
        return top >= view.top && top + box.h <= view.bottom && left < view.right && left + box.w > view.left;
      },
      unplacedIds: () => history.part.unplacedList.map(op => op.id),
      faultCount: () => { history.draw(); return (history.faultBoxes || []).length; },
      faultKinds: () => history.faultKinds.slice(),
      /** Where the time labels are drawn (canvas y) and how far the lanes are scrolled. */
      axis: () => ({ at: drawn(history).axisAt, scrolled: history.box.scrollTop }),
      pin: id => { const op = history.part.byId.get(id); history.pinned = op; history.showOperation(op); history.draw(); },
      stepCount: () => history.part.steps.length,
      currentStep: () => history.step,
      stepTo: k => history.stepTo(k),
      /** Where an operation's bar is on screen (viewport coordinates), or null when not drawn. */
      operationPoint: id => {
        const box = drawn(history).boxes.get(id);
        if (!box) return null;
        const r = history.canvas.getBoundingClientRect();
        return { x: r.left + box.x + Math.min(box.w / 2, 20), y: r.top + box.y + box.h / 2 };
      },
      /** The times at the left and right edges of the plot. */
      timeRange: () => { history.draw(); return [history.axis.origin, history.axis.endTime]; },
      zoomAt: (px, factor) => history.axis.zoomAt(px, factor),
      panBy: px => history.axis.panBy(px),
    };
  }
  if (trace) {
    viz.trace = {
      laneLabels: () => drawn(trace).lanes.slice(),
      laneCount: () => drawn(trace).lanes.length,
      messagesDrawn: () => drawn(trace).messages,
      dropMarksDrawn: () => drawn(trace).dropMarks,
      focusedMessageIds: () => drawn(trace).focused.slice(),
      linkMarksDrawn: () => drawn(trace).linkMarks,
      timersDrawn: () => drawn(trace).timers,
      handledMarksDrawn: () => drawn(trace).handled,
      annotationsDrawn: () => drawn(trace).annotations,
      /** "node label" for each drawn annotation of the focused operation. */
      focusedAnnotations: () => drawn(trace).focusedAnnotations.slice(),
      focusLabel: () => document.getElementById("t-focus").textContent,
      pinnedKind: () => (trace.pinned ? trace.pinned.kind : null),
      columnWidth: () => { trace.draw(); return trace.columnWidth; },
      /** For a dropped message: where its line ends, and where its sender's and receiver's lines are. */
      dropGeometry: id => {
        const item = drawn(trace).items.find(i => i.kind === "message" && i.m.id === id);
        return item ? { end: item.x1, from: trace.x(item.m.from), to: trace.x(item.m.to) } : null;
      },
      focusOperation: id => trace.focusOperation(id),
      zoomAt: (px, factor) => trace.axis.zoomAt(px, factor),
      panBy: px => trace.axis.panBy(px),
      showTime: (from, to) => { trace.axis.show(from, to); trace.draw(); },
      /** Where a message's line is on screen (viewport coordinates, its middle), or null. */
      messagePoint: id => {
        const item = drawn(trace).items.find(i => i.kind === "message" && i.m.id === id);
        if (!item) return null;
        const r = trace.canvas.getBoundingClientRect();
        return { x: r.left + (item.x0 + item.x1) / 2, y: r.top + (item.y0 + item.y1) / 2 };
      },
    };
  }
  /** Milliseconds per frame while panning `frames` times: a figure for the bench, never asserted. */
  viz.benchmark = (name, frames) => {
    const page = name === "history" ? history : trace;
    showTab(name);
    const begin = performance.now();
    for (let i = 0; i < frames; i++) { page.axis.panBy(i % 40 < 20 ? 7 : -7); page.draw(); }
    return (performance.now() - begin) / frames;
  };
  viz.ready = true;
  // For `seedsim bench page`: milliseconds from navigation start until the page was drawn.
  document.body.dataset.readyMs = String(Math.round(performance.now()));
})();

/** The run's faults as history annotations: partitions, crashes to restarts, links down, pauses. */
function faultsOf(trace) {
  const faults = [];
  const end = t => (t === null ? trace.endTime : t);
  for (const p of trace.partitions) {
    faults.push({ kind: "partition", start: p.startTime, end: end(p.endTime), label: p.groups.map(g => "{" + g.join(", ") + "}").join(" | ") });
  }
  const open = new Map();
  for (const e of trace.nodeEvents) {
    if (e.kind === "CRASH" || e.kind === "PAUSE") open.set(e.kind + e.node, e);
    const started = e.kind === "RESTART" ? open.get("CRASH" + e.node) : e.kind === "RESUME" ? open.get("PAUSE" + e.node) : null;
    if (started) {
      faults.push({ kind: started.kind === "CRASH" ? "crash" : "pause", start: started.time, end: e.time, label: `${started.node} ${started.kind === "CRASH" ? "crashed" : "paused"}` });
      open.delete(started.kind + e.node);
    }
    if (e.kind === "SHUTDOWN") faults.push({ kind: "crash", start: e.time, end: trace.endTime, label: `${e.node} shut down` });
  }
  for (const e of open.values()) faults.push({ kind: e.kind === "CRASH" ? "crash" : "pause", start: e.time, end: trace.endTime, label: `${e.node} ${e.kind === "CRASH" ? "crashed" : "paused"}` });
  for (const l of trace.linkDowns) faults.push({ kind: "link down", start: l.startTime, end: end(l.endTime), label: `${l.from} → ${l.to}` });
  return faults;
}

/**
 * Rebuilds the page's data from {strings, page}: each {"$": i} becomes string i of the table, whose
 * entries are [base, keep, tail] (HtmlPage writes each long string once; see SharedStrings.java),
 * and each {"$cols", "$rows"} the list of objects it stands for (ScriptSafeJson.columns).
 */
function inflate(packed) {
  const table = packed.strings, texts = new Array(table.length);
  for (let i = 0; i < table.length; i++) {
    const [base, keep, tail] = table[i];
    if (base < 0) texts[i] = tail;
    else texts[i] = keep === texts[base].length ? texts[base] + tail : texts[base].slice(0, keep) + tail;
  }
  const walk = value => {
    if (value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = walk(value[i]);
      return value;
    }
    if ("$cols" in value) {
      const cols = value.$cols;
      return value.$rows.map(row => {
        const object = {};
        for (let c = 0; c < cols.length; c++) object[cols[c]] = walk(row[c]);
        return object;
      });
    }
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "$") return texts[value.$];
    for (const k of keys) value[k] = walk(value[k]);
    return value;
  };
  return walk(packed.page);
}
