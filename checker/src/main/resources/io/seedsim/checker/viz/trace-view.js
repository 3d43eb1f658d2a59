"use strict";
// The trace view: a space-time (Lamport) diagram. One vertical line per node, time running down,
// each message an arrow from its send to its delivery (or a line ending in ✕ where it was
// dropped), timers, crashes, client operations, and network partitions as shaded periods.
// Messages are stroked in one batch per colour, so 100,000 events draw in a few milliseconds.

const TRACE_HEADER = 40;
const TIME_GUTTER = 84;
const MIN_COLUMN = 64;
/** Timers that only pace a client (its think time between operations) are hidden unless asked for. */
const DULL_TIMERS = new Set(["think"]);

const MESSAGE_COLORS = { request: "#2563eb", reply: "#0d9488", dropped: "#dc2626", duplicate: "#7c3aed", inFlight: "#9ca3af" };

class TracePage {
  constructor(trace) {
    this.trace = trace;
    this.unit = "us";
    this.canvas = document.getElementById("t-canvas");
    this.box = document.getElementById("t-box");
    this.axis = new TimeAxis();
    this.redraw = frameScheduler(() => this.draw());
    this.column = new Map(trace.nodes.map((n, i) => [n, i]));
    this.opsById = new Map(trace.clientOps.map(op => [op.operationId, op]));
    this.downPeriods = downPeriods(trace);
    this.sentAt = new Map();   // node + "@" + time -> messages it sent then (a handler's sends)
    this.byCall = new Map();   // RPC call id -> its request, retries and replies
    for (const m of trace.messages) {
      const at = m.from + "@" + m.sendTime;
      if (!this.sentAt.has(at)) this.sentAt.set(at, []);
      this.sentAt.get(at).push(m);
      if (m.call !== null) {
        if (!this.byCall.has(m.call)) this.byCall.set(m.call, []);
        this.byCall.get(m.call).push(m);
      }
    }
    this.showAllTimers = false;
    this.focus = null;
    this.hovered = null;
    this.pinned = null;
    this.lastFrame = { lanes: [], messages: 0, dropMarks: 0, focused: [], items: [] };
    document.getElementById("t-title").textContent = trace.title;
    this.initControls();
  }

  initControls() {
    document.getElementById("t-fit").addEventListener("click", () => { this.axis.fit(0, this.trace.endTime); this.redraw(); });
    document.getElementById("t-zoom-in").addEventListener("click", () => this.zoomCenter(1.6));
    document.getElementById("t-zoom-out").addEventListener("click", () => this.zoomCenter(1 / 1.6));
    document.getElementById("t-clear").addEventListener("click", () => this.clearFocus());
    document.getElementById("t-all-timers").addEventListener("change", e => { this.showAllTimers = e.target.checked; this.redraw(); });
    attachPanZoom(this.canvas, "y", {
      zoom: (px, factor) => { this.axis.zoomAt(px, factor); this.redraw(); },
      pan: d => { this.axis.panBy(d); this.redraw(); },
      hover: (p, e) => this.hover(p, e),
      click: p => this.click(p),
      leave: () => { this.hovered = null; hideTooltip(); this.redraw(); },
    });
  }

  zoomCenter(factor) {
    this.axis.zoomAt(this.axis.start + this.axis.length / 2, factor);
    this.redraw();
  }

  hasOperation(opId) { return this.opsById.has(opId); }

  /**
   * Highlights a client operation and every message it caused: those its clerk sent between call
   * and return and the replies it got, then, transitively, whatever a node sent in the handler of a
   * caused message (the same instant: Forward, Replicate and their replies), and every message of a
   * caused RPC; and the annotations written while handling those messages (where a server applied
   * the operation). Zooms to the operation.
   */
  focusOperation(opId) {
    const op = this.opsById.get(opId);
    const label = document.getElementById("t-focus");
    if (!op) {
      label.textContent = `operation #${opId} is not in this trace`;
      return false;
    }
    const end = op.returnTime === null ? this.trace.endTime : op.returnTime;
    const ids = this.causedBy(op, end);
    const marks = this.annotationsOf(ids);
    this.focus = { op, ids, marks };
    const result = op.result === null ? "no return" : op.result === "" ? '""' : op.result;
    // Where it took effect first: a long call is what the toolbar cuts, and the full text is its title.
    label.textContent = `operation #${op.operationId} on ${op.node}${this.marksSummary(marks)}: ${op.description} → ${result}`
      + ` · ${ids.size} message${ids.size === 1 ? "" : "s"}`;
    label.title = label.textContent;
    document.getElementById("t-clear").hidden = false;
    const pad = Math.max((end - op.callTime) * 0.15, 1);
    if (this.axis.length > 1) this.axis.show(op.callTime - pad, end + pad);
    else this.pendingShow = [op.callTime - pad, end + pad];
    this.pin({ kind: "op", op });
    this.redraw();
    return true;
  }

  /** The ids of the messages an operation caused (see focusOperation). */
  causedBy(op, end) {
    const during = t => t !== null && t >= op.callTime && t <= end;
    const caused = new Set();
    const work = [];
    const add = m => { if (!caused.has(m.id)) { caused.add(m.id); work.push(m); } };
    for (const m of this.trace.messages) {
      if ((m.from === op.node && during(m.sendTime)) || (m.to === op.node && during(m.endTime))) add(m);
    }
    while (work.length > 0) {
      const m = work.pop();
      if (m.call !== null) for (const same of this.byCall.get(m.call)) if (same.sendTime <= end) add(same);
      if (m.fate === "DELIVERED" && m.to !== op.node && m.endTime <= end) {
        for (const next of this.sentAt.get(m.to + "@" + m.endTime) || []) add(next);
      }
    }
    return caused;
  }

  /** The annotations written while handling one of {@code ids}: where the operation took effect. */
  annotationsOf(ids) {
    return new Set(this.trace.annotations.filter(a => a.handling !== null && ids.has(a.handling)));
  }

  /** " · applied at server-4, server-0" and the like, per label, nodes in the order they marked. */
  marksSummary(marks) {
    const byLabel = new Map();
    const ordered = [...marks].sort((a, b) => a.time - b.time || this.column.get(a.node) - this.column.get(b.node));
    for (const a of ordered) {
      if (!byLabel.has(a.label)) byLabel.set(a.label, new Set());
      byLabel.get(a.label).add(a.node);
    }
    let text = "";
    for (const [label, nodes] of byLabel) text += ` · ${label} at ${[...nodes].join(", ")}`;
    return text;
  }

  clearFocus() {
    this.focus = null;
    this.pin(null);
    document.getElementById("t-focus").textContent = "";
    document.getElementById("t-focus").title = "";
    document.getElementById("t-clear").hidden = true;
    this.redraw();
  }

  draw() {
    if (this.box.offsetParent === null) return;
    const nodes = this.trace.nodes;
    const boxWidth = this.box.clientWidth;
    const columnWidth = Math.max(MIN_COLUMN, (boxWidth - TIME_GUTTER - 24) / Math.max(nodes.length, 1));
    const width = Math.max(boxWidth, TIME_GUTTER + columnWidth * nodes.length + 24);
    const height = Math.max(this.box.clientHeight - (width > boxWidth ? 14 : 0), 240);
    const ctx = sizeCanvas(this.canvas, width, height);
    this.columnWidth = columnWidth;
    this.axis.start = TRACE_HEADER + 8;
    this.axis.length = height - TRACE_HEADER - 18;
    if (!this.fitted) { this.openingView(); this.fitted = true; }
    if (this.pendingShow) { this.axis.show(...this.pendingShow); this.pendingShow = null; }
    const frame = { lanes: [], messages: 0, dropMarks: 0, focused: [], items: [], linkMarks: 0, timers: 0, handled: 0,
      annotations: 0, focusedAnnotations: [] };
    ctx.clearRect(0, 0, width, height);
    this.drawPartitions(ctx, width);
    this.drawLinkDowns(ctx, frame);
    drawTicks(ctx, this.axis, "y", this.unit, [TIME_GUTTER, width], TIME_GUTTER - 10);
    this.drawNodeLines(ctx, height, frame);
    this.drawClientOps(ctx, frame);
    this.drawMessages(ctx, frame);
    this.drawTimers(ctx, frame);
    this.drawNodeEvents(ctx, frame);
    this.drawAnnotations(ctx, frame);
    this.drawHeader(ctx, width);
    this.lastFrame = frame;
  }

  /** The whole run may hold thousands of messages: open on the first hundred or so, readable. */
  openingView() {
    this.axis.fit(0, this.trace.endTime);
    const messages = this.trace.messages;
    if (messages.length > 120) {
      const sends = messages.map(m => m.sendTime).sort((a, b) => a - b);
      this.axis.show(0, sends[99] * 1.05 + 1);
    }
  }

  x(node) { return TIME_GUTTER + this.columnWidth * (this.column.get(node) + 0.5); }
  visible(y0, y1) { return Math.max(y0, y1) >= this.axis.start - 20 && Math.min(y0, y1) <= this.axis.start + this.axis.length + 20; }
  endOf(t) { return t === null ? this.trace.endTime : t; }

  drawPartitions(ctx, width) {
    ctx.font = "11px system-ui, sans-serif";
    ctx.textAlign = "left";
    for (const p of this.trace.partitions) {
      const y0 = this.axis.toPx(p.startTime), y1 = this.axis.toPx(this.endOf(p.endTime));
      if (!this.visible(y0, y1)) continue;
      ctx.fillStyle = "rgba(251,191,36,.16)";
      ctx.fillRect(TIME_GUTTER, y0, width - TIME_GUTTER, y1 - y0);
      ctx.strokeStyle = "#f59e0b";
      ctx.lineWidth = 1;
      ctx.beginPath(); ctx.moveTo(TIME_GUTTER, y0); ctx.lineTo(width, y0); ctx.stroke();
      ctx.fillStyle = "#92400e";
      ctx.fillText("partition " + p.groups.map(g => "{" + g.join(", ") + "}").join(" | "), TIME_GUTTER + 4, Math.max(y0, this.axis.start) + 12);
    }
  }

  /**
   * A down link is drawn at its two ends, not across the columns between them: a short red bar
   * beside each node's line, on the side facing the other end, for as long as it is down.
   */
  drawLinkDowns(ctx, frame) {
    ctx.fillStyle = "rgba(220,38,38,.55)";
    for (const l of this.trace.linkDowns) {
      const y0 = this.axis.toPx(l.startTime), y1 = this.axis.toPx(this.endOf(l.endTime));
      if (!this.visible(y0, y1)) continue;
      const xa = this.x(l.from), xb = this.x(l.to), side = Math.sign(xb - xa) || 1;
      const top = Math.max(y0, this.axis.start - 20), bottom = Math.min(y1, this.axis.start + this.axis.length + 20);
      ctx.fillRect(xa + side * 4 - (side < 0 ? 3 : 0), top, 3, bottom - top);
      ctx.fillRect(xb - side * 4 - (side > 0 ? 3 : 0), top, 3, bottom - top);
      frame.items.push({ kind: "link", l, x: xa + side * 5, y0: top, y1: bottom });
      frame.items.push({ kind: "link", l, x: xb - side * 5, y0: top, y1: bottom });
      frame.linkMarks++;
    }
  }

  drawNodeLines(ctx, height, frame) {
    const top = this.axis.start, bottom = height;
    for (const node of this.trace.nodes) {
      const x = Math.round(this.x(node)) + 0.5;
      frame.lanes.push(node);
      ctx.strokeStyle = "#9ca3af";
      ctx.lineWidth = 1.5;
      ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, bottom); ctx.stroke();
      for (const d of this.downPeriods.get(node) || []) {
        const y0 = Math.max(this.axis.toPx(d.start), top), y1 = Math.min(this.axis.toPx(this.endOf(d.end)), bottom);
        if (y1 <= y0) continue;
        ctx.clearRect(x - 2, y0, 4, y1 - y0);
        ctx.strokeStyle = d.kind === "SHUTDOWN" ? "#111827" : "#dc2626";
        ctx.setLineDash(d.kind === "SHUTDOWN" ? [1, 4] : [5, 4]);
        ctx.beginPath(); ctx.moveTo(x, y0); ctx.lineTo(x, y1); ctx.stroke();
        ctx.setLineDash([]);
      }
    }
  }

  drawClientOps(ctx, frame) {
    ctx.font = MONO_FONT;
    const charWidth = ctx.measureText("0").width;
    for (const op of this.trace.clientOps) {
      const y0 = this.axis.toPx(op.callTime), y1 = this.axis.toPx(this.endOf(op.returnTime));
      if (!this.visible(y0, y1)) continue;
      const x = this.x(op.node);
      const focused = this.focus && this.focus.op === op;
      ctx.fillStyle = focused ? "rgba(37,99,235,.45)" : "rgba(37,99,235,.16)";
      ctx.strokeStyle = "#2563eb";
      ctx.lineWidth = focused || this.isMarked(op) ? 2.5 : 1;
      ctx.fillRect(x - 6, y0, 12, Math.max(y1 - y0, 2));
      ctx.strokeRect(x - 6, y0, 12, Math.max(y1 - y0, 2));
      frame.items.push({ kind: "op", op, x, y0, y1 });
      if (y1 - y0 > 14 || focused) {
        const text = fitText(`${op.description} → ${op.result === null ? "?" : op.result}`, this.columnWidth / 2 + 40, charWidth);
        const ty = Math.max(y0, this.axis.start) + 12;
        ctx.textAlign = "left";
        ctx.lineWidth = 3;
        ctx.strokeStyle = "rgba(255,255,255,.9)";
        ctx.strokeText(text, x + 10, ty);
        ctx.fillStyle = "#1e3a8a";
        ctx.fillText(text, x + 10, ty);
      }
    }
  }

  drawMessages(ctx, frame) {
    const focus = this.focus;
    const batches = new Map(Object.keys(MESSAGE_COLORS).map(k => [k, { plain: [], focused: [] }]));
    const marks = { plain: [], focused: [] };
    // Zoomed out, thousands of messages land on the same pixels: stroke each pixel line once.
    const strokedPixels = new Set();
    for (const m of this.trace.messages) {
      const y0 = this.axis.toPx(m.sendTime), y1 = this.axis.toPx(this.endOf(m.endTime));
      if (!this.visible(y0, y1)) continue;
      const x0 = this.x(m.from), xTo = this.x(m.to);
      const dropped = m.fate === "DROPPED";
      // Dropped as it left (same instant): a cross by the sender. Dropped later: on arrival, by the
      // receiver (a partition, a down link, a crashed node). Never across other nodes' lines.
      const toward = Math.sign(xTo - x0) || 1;
      const x1 = !dropped ? xTo : m.endTime === m.sendTime ? x0 + toward * 16 : xTo - toward * 16;
      const kind = dropped ? "dropped" : m.fate === "IN_FLIGHT" ? "inFlight" : m.duplicateOf !== null ? "duplicate" : m.description.startsWith("reply:") ? "reply" : "request";
      const isFocused = focus !== null && focus.ids.has(m.id);
      if (isFocused) frame.focused.push(m.id);
      frame.items.push({ kind: "message", m, x0, y0, x1, y1 });
      frame.messages++;
      if (dropped) frame.dropMarks++;
      if (!isFocused) {
        const pixel = pixelKey(kind, x0, y0, x1, y1);
        if (strokedPixels.has(pixel)) continue;
        strokedPixels.add(pixel);
      }
      batches.get(kind)[isFocused ? "focused" : "plain"].push(x0, y0, x1, y1);
      if (dropped) marks[isFocused ? "focused" : "plain"].push(x1, y1);
    }
    const arrows = frame.messages < 4000;
    for (const [kind, batch] of batches) {
      ctx.globalAlpha = focus ? 0.18 : 1;
      strokeSegments(ctx, batch.plain, MESSAGE_COLORS[kind], 1.2, kind === "duplicate" || kind === "inFlight", arrows && kind !== "dropped");
      ctx.globalAlpha = 1;
      strokeSegments(ctx, batch.focused, MESSAGE_COLORS[kind], 2.4, kind === "duplicate" || kind === "inFlight", kind !== "dropped");
    }
    // Where a caused message was handled away from the clerk: a dot on that node's line.
    if (focus) {
      const dots = new Path2D();
      for (const item of frame.items) {
        if (item.kind !== "message" || !focus.ids.has(item.m.id) || item.m.fate !== "DELIVERED" || item.m.to === focus.op.node) continue;
        dots.moveTo(item.x1 + 4, item.y1);
        dots.arc(item.x1, item.y1, 4, 0, 2 * Math.PI);
        frame.handled++;
      }
      ctx.fillStyle = "#111827";
      ctx.fill(dots);
    }
    strokeCrosses(ctx, marks.plain, focus ? 0.25 : 1);
    strokeCrosses(ctx, marks.focused, 1);
    for (const marked of [this.hovered, this.pinned]) {
      if (!marked || marked.kind !== "message") continue;
      const item = frame.items.find(i => i.kind === "message" && i.m === marked.m);
      if (item) strokeSegments(ctx, [item.x0, item.y0, item.x1, item.y1], "#111827", 2.5, false, item.m.fate !== "DROPPED");
    }
  }

  drawTimers(ctx, frame) {
    const fired = new Path2D(), cancelled = new Path2D();
    for (const t of this.trace.timers) {
      if (t.outcome === "PENDING" || (!this.showAllTimers && DULL_TIMERS.has(t.label))) continue;
      const y = this.axis.toPx(t.endTime);
      if (!this.visible(y, y)) continue;
      const x = this.x(t.node) - 13;
      const path = t.outcome === "FIRED" ? fired : cancelled;
      path.moveTo(x + 3.5, y);
      path.arc(x, y, 3.5, 0, 2 * Math.PI);
      frame.items.push({ kind: "timer", t, x, y });
      frame.timers++;
    }
    ctx.fillStyle = "#f59e0b";
    ctx.fill(fired);
    ctx.strokeStyle = "#9ca3af";
    ctx.lineWidth = 1.2;
    ctx.stroke(cancelled);
  }

  drawNodeEvents(ctx, frame) {
    const looks = {
      CRASH: ["#dc2626", "crash"], RESTART: ["#15803d", "restart"], SHUTDOWN: ["#111827", "shutdown"],
      RPC_TIMEOUT: ["#d97706", "timeout"], NOTE: ["#6b7280", "note"], PAUSE: ["#7c3aed", "pause"],
      RESUME: ["#7c3aed", "resume"], DISK: ["#0f766e", "disk"], CLOCK_JUMP: ["#b45309", "clock"], BUGGIFY: ["#be185d", "buggify"],
    };
    const small = new Set(["RPC_TIMEOUT", "NOTE", "DISK", "BUGGIFY"]);
    ctx.font = "bold 10px system-ui, sans-serif";
    ctx.textAlign = "left";
    for (const e of this.trace.nodeEvents) {
      const y = this.axis.toPx(e.time);
      if (!this.visible(y, y)) continue;
      const x = this.x(e.node);
      const [color, word] = looks[e.kind];
      ctx.fillStyle = color;
      if (small.has(e.kind)) {
        ctx.fillRect(x - 3, y - 3, 6, 6);
      } else {
        ctx.fillRect(x - 14, y - 2, 28, 4);
        ctx.fillText(word, x + 16, y + 4);
      }
      frame.items.push({ kind: "event", e, x, y });
    }
  }

  /**
   * What nodes marked in the trace (ctx.annotate), as green diamonds beside the node's line. Those
   * of the focused operation (written while handling one of its messages: where a server applied
   * it) are larger and labeled.
   */
  drawAnnotations(ctx, frame) {
    const marks = this.focus ? this.focus.marks : null;
    const plain = new Path2D(), focused = new Path2D();
    const labels = [];
    for (const a of this.trace.annotations) {
      const y = this.axis.toPx(a.time);
      if (!this.visible(y, y)) continue;
      const x = this.x(a.node) + 9;
      const mine = marks !== null && marks.has(a);
      const r = mine ? 6 : 3.5;
      const path = mine ? focused : plain;
      path.moveTo(x, y - r); path.lineTo(x + r, y); path.lineTo(x, y + r); path.lineTo(x - r, y); path.closePath();
      frame.items.push({ kind: "annotation", a, x, y });
      frame.annotations++;
      if (mine) {
        frame.focusedAnnotations.push(a.node + " " + a.label);
        labels.push([a.label, x + 9, y + 4]);
      }
    }
    ctx.globalAlpha = marks ? 0.3 : 0.7;
    ctx.fillStyle = "#16a34a";
    ctx.fill(plain);
    ctx.globalAlpha = 1;
    ctx.fillStyle = "#15803d";
    ctx.strokeStyle = "#ffffff";
    ctx.lineWidth = 1.5;
    ctx.stroke(focused);
    ctx.fill(focused);
    ctx.font = "bold 11px system-ui, sans-serif";
    ctx.textAlign = "left";
    for (const [text, x, y] of labels) {
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,.9)";
      ctx.strokeText(text, x, y);
      ctx.fillStyle = "#14532d";
      ctx.fillText(text, x, y);
    }
  }

  drawHeader(ctx, width) {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, width, TRACE_HEADER);
    ctx.strokeStyle = "#d1d5db";
    ctx.lineWidth = 1;
    ctx.beginPath(); ctx.moveTo(0, TRACE_HEADER + 0.5); ctx.lineTo(width, TRACE_HEADER + 0.5); ctx.stroke();
    ctx.font = "600 12px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.fillStyle = "#111827";
    for (const node of this.trace.nodes) {
      ctx.fillText(fitText(node, this.columnWidth - 8, 7), this.x(node), TRACE_HEADER - 14);
    }
    ctx.font = "11px system-ui, sans-serif";
    ctx.fillStyle = "#6b7280";
    ctx.textAlign = "right";
    ctx.fillText("time ↓", TIME_GUTTER - 10, TRACE_HEADER - 14);
  }

  /** Whether the pointer is on it or it is pinned: drawn emphasized. */
  isMarked(subject) { return subjectOf(this.hovered) === subject || subjectOf(this.pinned) === subject; }

  /** The drawn item nearest the pointer, within a few pixels. */
  itemAt(p) {
    let best = null, bestDistance = 7;
    for (const item of this.lastFrame.items) {
      let d;
      if (item.kind === "message") d = segmentDistance(p, item.x0, item.y0, item.x1, item.y1) + 1;
      else if (item.kind === "link") d = Math.abs(p.x - item.x) <= 4 && p.y >= item.y0 && p.y <= item.y1 ? 3 : Infinity;
      else if (item.kind === "op") d = Math.abs(p.x - item.x) <= 7 && p.y >= item.y0 - 2 && p.y <= item.y1 + 2 ? 2 : Infinity;
      else d = Math.hypot(p.x - item.x, p.y - item.y);
      if (d < bestDistance) { best = item; bestDistance = d; }
    }
    return best;
  }

  hover(p, e) {
    const item = this.itemAt(p);
    const changed = subjectOf(item) !== subjectOf(this.hovered);
    this.hovered = item;
    if (changed) this.redraw();
    if (item) showTooltip(this.facts(item), e.clientX, e.clientY);
    else hideTooltip();
  }

  click(p) {
    const item = this.itemAt(p);
    if (item && item.kind === "op") { this.focusOperation(item.op.operationId); return; }
    this.pin(item);
    this.redraw();
  }

  pin(item) {
    this.pinned = item;
    document.getElementById("t-sel-empty").hidden = item !== null;
    const rows = item ? this.facts(item) : [];
    if (item && item.kind === "op" && this.focus && this.focus.op === item.op) {
      for (const m of this.trace.messages) {
        if (!this.focus.ids.has(m.id)) continue;
        if (rows.length > 40) { rows.push(["…", "more messages"]); break; }
        rows.push([`message #${m.id}`, `${m.from} → ${m.to}: ${m.description} (${m.fate.toLowerCase().replace("_", " ")})`]);
      }
      for (const a of this.focus.marks) rows.push([`${a.label} at ${a.node}`, `${a.text} (${formatTime(a.time, this.unit)})`]);
    }
    fillFacts(document.getElementById("t-sel"), rows);
  }

  facts(item) {
    const at = t => formatTime(t, this.unit);
    switch (item.kind) {
      case "message": {
        const m = item.m;
        const rows = [["message", `#${m.id} ${m.from} → ${m.to}`], ["msg", m.description], ["sent at", at(m.sendTime)]];
        if (m.fate === "DELIVERED") rows.push(["delivered at", at(m.endTime)]);
        if (m.fate === "DROPPED") rows.push(["dropped at", at(m.endTime)], ["reason", m.dropReason || "?"]);
        if (m.fate === "IN_FLIGHT") rows.push(["fate", "still in flight when the run ended"]);
        if (m.duplicateOf !== null) rows.push(["copy of", `message #${m.duplicateOf} (network duplicate)`]);
        if (m.call !== null) rows.push(["rpc call", m.call]);
        return rows;
      }
      case "op": {
        const op = item.op;
        return [["operation", `#${op.operationId} on ${op.node}`], ["call", op.description],
          ["returned", op.result === null ? "no return" : op.result === "" ? '""' : op.result], ["called at", at(op.callTime)],
          ["returned at", op.returnTime === null ? "never" : at(op.returnTime)]];
      }
      case "timer": {
        const t = item.t;
        return [["timer", `${t.label} (#${t.id}) on ${t.node}`], ["set at", at(t.setTime)], ["due at", at(t.dueTime)],
          [t.outcome === "FIRED" ? "fired at" : "cancelled at", at(t.endTime)]];
      }
      case "annotation": {
        const a = item.a;
        const rows = [[a.label, `${a.node}: ${a.text}`], ["at", at(a.time)]];
        if (a.handling !== null) rows.push(["while handling", `message #${a.handling}`]);
        return rows;
      }
      case "link": {
        const l = item.l;
        return [["link down", `${l.from} → ${l.to}`], ["from", at(l.startTime)], ["until", l.endTime === null ? "the end of the run" : at(l.endTime)]];
      }
      default: {
        const e = item.e;
        const rows = [[e.kind.toLowerCase().replace("_", " "), e.node], ["at", at(e.time)]];
        if (e.text) rows.push(["details", e.text]);
        return rows;
      }
    }
  }
}

/** What a drawn item stands for (items are rebuilt every frame; what they show is not). */
const subjectOf = item => item && (item.op || item.m || item.t || item.e || item.l || item.a);

/** Strokes line segments [x0, y0, x1, y1, ...] in one path, with arrowheads at the ends if asked. */
function strokeSegments(ctx, segments, color, width, dashed, arrowheads) {
  if (segments.length === 0) return;
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  ctx.lineWidth = width;
  ctx.setLineDash(dashed ? [5, 3] : []);
  ctx.beginPath();
  for (let i = 0; i < segments.length; i += 4) {
    ctx.moveTo(segments[i], segments[i + 1]);
    ctx.lineTo(segments[i + 2], segments[i + 3]);
  }
  ctx.stroke();
  ctx.setLineDash([]);
  if (!arrowheads) return;
  ctx.beginPath();
  for (let i = 0; i < segments.length; i += 4) {
    const [x0, y0, x1, y1] = [segments[i], segments[i + 1], segments[i + 2], segments[i + 3]];
    const angle = Math.atan2(y1 - y0, x1 - x0), size = 4 + width * 2;
    ctx.moveTo(x1, y1);
    ctx.lineTo(x1 - size * Math.cos(angle - 0.4), y1 - size * Math.sin(angle - 0.4));
    ctx.lineTo(x1 - size * Math.cos(angle + 0.4), y1 - size * Math.sin(angle + 0.4));
    ctx.closePath();
  }
  ctx.fill();
}

const MESSAGE_KINDS = Object.keys(MESSAGE_COLORS);
const pixelCoordinate = v => Math.min(Math.max(Math.round(v) + 1024, 0), 8191);
/** One number per (kind, whole-pixel segment): 3 + 4 × 13 bits, exact in a double. */
function pixelKey(kind, x0, y0, x1, y1) {
  let key = MESSAGE_KINDS.indexOf(kind);
  for (const v of [x0, y0, x1, y1]) key = key * 8192 + pixelCoordinate(v);
  return key;
}

/** Red crosses at the points [x, y, ...] where messages were dropped. */
function strokeCrosses(ctx, points, alpha) {
  if (points.length === 0) return;
  ctx.globalAlpha = alpha;
  ctx.strokeStyle = MESSAGE_COLORS.dropped;
  ctx.lineWidth = 2;
  ctx.beginPath();
  for (let i = 0; i < points.length; i += 2) {
    const x = points[i], y = points[i + 1];
    ctx.moveTo(x - 4, y - 4); ctx.lineTo(x + 4, y + 4);
    ctx.moveTo(x + 4, y - 4); ctx.lineTo(x - 4, y + 4);
  }
  ctx.stroke();
  ctx.globalAlpha = 1;
}

function segmentDistance(p, x0, y0, x1, y1) {
  const dx = x1 - x0, dy = y1 - y0;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - x0) * dx + (p.y - y0) * dy) / lengthSquared));
  return Math.hypot(p.x - (x0 + t * dx), p.y - (y0 + t * dy));
}

/** Per node, the periods it was down: from a crash to its restart, or from a shutdown on. */
function downPeriods(trace) {
  const periods = new Map();
  const open = new Map();
  for (const e of trace.nodeEvents) {
    if (e.kind === "CRASH" || e.kind === "SHUTDOWN") {
      if (!open.has(e.node)) open.set(e.node, { start: e.time, end: null, kind: e.kind });
    } else if (e.kind === "RESTART" && open.has(e.node)) {
      const period = open.get(e.node);
      period.end = e.time;
      open.delete(e.node);
      if (!periods.has(e.node)) periods.set(e.node, []);
      periods.get(e.node).push(period);
    }
  }
  for (const [node, period] of open) {
    if (!periods.has(node)) periods.set(node, []);
    periods.get(node).push(period);
  }
  return periods;
}
