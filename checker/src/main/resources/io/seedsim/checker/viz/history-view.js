"use strict";
// The history view: one lane per client, one bar per operation from call to return, the
// linearization drawn as a numbered path through the operations, a violation's unplaced
// operations in red. Drawn on a canvas, only what is on screen, so 10,000 operations pan smoothly.

const LANE_HEIGHT = 34;
const BAR_HEIGHT = 20;
const AXIS_HEIGHT = 26;
/** The band of fault annotations under the axis, when the page has a trace. */
const FAULT_ROW = 15;
const LANE_GUTTER = 112;
const RIGHT_PAD = 16;
const MONO_FONT = "12px ui-monospace, Menlo, Consolas, monospace";

const OP_STYLES = {
  done: { fill: "#86efac", stroke: "#15803d", text: "#14532d", width: 1 },
  current: { fill: "#4ade80", stroke: "#111827", text: "#052e16", width: 2.5 },
  later: { fill: "#e5e7eb", stroke: "#9ca3af", text: "#374151", width: 1 },
  unplaced: { fill: "#fecaca", stroke: "#dc2626", text: "#7f1d1d", width: 2.5 },
};

class HistoryPage {
  constructor(history, hooks) {
    this.history = history;
    this.hooks = hooks;
    this.unit = history.timeUnit;
    this.canvas = document.getElementById("h-canvas");
    this.box = document.getElementById("h-box");
    this.axis = new TimeAxis();
    this.redraw = frameScheduler(() => this.draw());
    this.prepared = new Map();
    this.lastFrame = { lanes: [], operations: 0, unplaced: [], boxes: new Map() };
    this.hovered = null;
    this.pinned = null;
    // Faults of the run, as Porcupine's annotations: one row per kind of fault.
    this.faults = hooks.faults || [];
    this.faultKinds = [...new Set(this.faults.map(f => f.kind))];
    faultRows = this.faultKinds.length;
    this.initHeader();
    this.initControls();
    // Open where the problem is: a violation first, an undecided partition only if there is none.
    const firstBad = history.partitions.findIndex(p => p.verdict === "NOT_LINEARIZABLE");
    const firstUnknown = history.partitions.findIndex(p => p.verdict === "UNKNOWN");
    this.selectPartition(Math.max(firstBad >= 0 ? firstBad : firstUnknown, 0));
  }

  initHeader() {
    const h = this.history;
    const badge = document.getElementById("h-verdict");
    // The verdict on the history, never to be read as the run's (a run fails for other reasons too).
    badge.textContent = "history: " + verdictWords(h.verdict);
    badge.className = "verdict " + verdictClass(h.verdict);
    const ops = h.partitions.reduce((n, p) => n + p.operations.length, 0);
    document.getElementById("h-model").textContent =
      `model ${h.model} · ${ops} operations · ${h.partitions.length} partition${h.partitions.length === 1 ? "" : "s"}`;
    const select = document.getElementById("h-partition");
    h.partitions.forEach((p, i) => {
      const option = element("option", null,
        `${p.label} — ${partitionWords(p)} (${p.operations.length} ops)`);
      option.value = String(i);
      select.append(option);
    });
    if (h.partitions.length > 1) {
      // Porcupine's view: every partition at once, one block of client lanes per partition.
      const all = element("option", null, `all ${h.partitions.length} partitions at once`);
      all.value = "all";
      select.append(all);
    }
    this.firstError = h.partitions.findIndex(p => p.verdict === "NOT_LINEARIZABLE");
    document.getElementById("h-jump").hidden = this.firstError < 0;
  }

  initControls() {
    document.getElementById("h-partition").addEventListener("change",
      e => this.selectPartition(e.target.value === "all" ? "all" : Number(e.target.value)));
    document.getElementById("h-jump").addEventListener("click", () => this.jumpToError());
    document.getElementById("h-step").addEventListener("input", e => this.stepTo(Number(e.target.value)));
    document.getElementById("h-first").addEventListener("click", () => this.stepTo(0));
    document.getElementById("h-prev").addEventListener("click", () => this.stepTo(this.step - 1));
    document.getElementById("h-next").addEventListener("click", () => this.stepTo(this.step + 1));
    document.getElementById("h-last").addEventListener("click", () => this.stepTo(this.part.steps.length));
    document.getElementById("h-fit").addEventListener("click", () => this.fit());
    document.getElementById("h-zoom-in").addEventListener("click", () => this.zoomCenter(1.6));
    document.getElementById("h-zoom-out").addEventListener("click", () => this.zoomCenter(1 / 1.6));
    document.getElementById("h-show-trace").addEventListener("click", () => {
      if (this.pinned) this.hooks.showInTrace(this.pinned.id);
    });
    attachPanZoom(this.canvas, "x", {
      zoom: (px, factor) => { this.axis.zoomAt(px, factor); this.redraw(); },
      pan: d => { this.axis.panBy(d); this.redraw(); },
      hover: (p, e) => this.hover(p, e),
      click: p => this.click(p),
      leave: () => { this.hovered = null; hideTooltip(); this.redraw(); },
    });
    this.box.addEventListener("scroll", () => this.redraw());
    document.addEventListener("keydown", e => {
      if (this.box.offsetParent === null || /INPUT|SELECT|TEXTAREA/.test(e.target.tagName)) return;
      const moves = { ArrowLeft: this.step - 1, ArrowRight: this.step + 1, Home: 0, End: this.part.steps.length };
      if (e.key in moves) { e.preventDefault(); this.stepTo(moves[e.key]); }
    });
  }

  /** Opens the first violation, zoomed and scrolled to the operations that cannot be placed. */
  jumpToError() {
    if (this.firstError < 0) return;
    this.selectPartition(this.firstError);
    this.focusError();
  }

  selectPartition(index) {
    this.partitionIndex = index;
    document.getElementById("h-partition").value = String(index);
    if (!this.prepared.has(index)) {
      this.prepared.set(index, index === "all" ? prepareAll(this.history) : preparePartition(this.history.partitions[index]));
    }
    this.part = this.prepared.get(index);
    hideTooltip();
    this.pinned = null;
    this.hovered = null;
    this.fitted = false;
    this.showExplanation();
    this.showOperation(null);
    const range = document.getElementById("h-step");
    range.max = String(this.part.steps.length);
    // Open on the whole story: the full order, or the prefix with what could not follow it.
    this.stepTo(this.part.steps.length);
    if (this.part.source.verdict === "NOT_LINEARIZABLE") this.focusError();
  }

  /** Zooms to the culprit (or the unplaced operations) and scrolls their lane into view. */
  focusError() {
    const part = this.part;
    const ids = part.culprit.size > 0 ? [...part.culprit] : [...part.unplaced];
    const ops = ids.map(id => part.byId.get(id)).filter(op => op);
    if (ops.length === 0) return;
    const from = Math.min(...ops.map(op => op.callTime));
    const to = Math.max(...ops.map(op => op.returnTime === null ? part.openEnd : op.returnTime));
    const target = part.unplacedList.length > 0 ? part.unplacedList[0] : ops[0];
    let range = [from - (to - from) * 0.25 - 1, to + (to - from) * 0.25 + 1];
    // A short operation among long ones would be a sliver: centre on it, at least a tenth of the width.
    const tEnd = target.returnTime === null ? part.openEnd : target.returnTime;
    const width = Math.max(tEnd - target.callTime, 1);
    if ((range[1] - range[0]) > width * 10) {
      const middle = (target.callTime + tEnd) / 2;
      range = [middle - width * 5, middle + width * 5];
    }
    this.pendingFocus = { from: range[0], to: range[1], lane: part.laneOf.get(target.client) };
    this.redraw();
  }

  showExplanation() {
    const p = this.part.source;
    const stepper = document.querySelector("#history-view .steps-panel");
    stepper.hidden = this.part.all === true;
    const box = document.getElementById("h-explanation");
    box.className = "explanation " + verdictClass(p.verdict);
    const defaults = {
      LINEARIZABLE: "Linearizable: the dark path shows one order that respects real time and the model. " +
        "Step through it to see the state after each operation.",
      NOT_LINEARIZABLE: "Not linearizable: no order of these operations respects both real time and the model.",
      UNKNOWN: "Unknown: the checker spent its time budget before it could decide.",
    };
    box.replaceChildren();
    if (p.culprit) {
      // The culprit names the operations; the checker's own words say where its search stopped.
      box.append(element("div", "culprit-sentence", p.culprit),
        element("div", "checker-words", `The ${p.culpritOperationIds.length} operations outlined in purple cannot all be linearized. Checker: ${shortenQuoted(p.explanation)}`));
    } else {
      box.textContent = p.explanation ? shortenQuoted(p.explanation) : defaults[p.verdict];
    }
    const n = this.part.steps.length;
    document.getElementById("h-steps-title").textContent = {
      LINEARIZABLE: `Linearization · ${n} steps`,
      NOT_LINEARIZABLE: `Longest linearizable prefix · ${n} of ${p.operations.length} operations`,
      UNKNOWN: n === 0 ? "Not checked" : `Order found before the budget ran out · ${n} steps`,
    }[p.verdict];
  }

  stepTo(k) {
    this.step = Math.min(Math.max(k, 0), this.part.steps.length);
    document.getElementById("h-step").value = String(this.step);
    const n = this.part.steps.length;
    document.getElementById("h-step-label").textContent = this.step === 0 ? `initial state (of ${n})` : `step ${this.step} of ${n}`;
    this.listSteps();
    this.redraw();
  }

  /** Lists the steps around the current one: the operation and the model state after it. */
  listSteps() {
    const part = this.part;
    const list = document.getElementById("h-steps");
    list.replaceChildren();
    const from = Math.max(0, this.step - 4);
    const to = Math.min(part.steps.length, from + 8);
    if (from > 0) list.append(element("li", "gap", `… ${from} earlier step${from === 1 ? "" : "s"}`));
    for (let i = from; i <= to; i++) {
      const item = element("li", i === this.step ? "current" : null);
      if (i === 0) {
        item.append(document.createTextNode("0. initial state"), element("span", "state", "  ⇒ " + shortenMiddle(part.source.initialState, 100)));
      } else {
        const step = part.steps[i - 1];
        const op = part.byId.get(step.operationId);
        item.append(document.createTextNode(`${i}. ${clientName(op.client)}: ${shortenMiddle(describe(op), 100)}`),
          element("span", "state", "  ⇒ " + shortenMiddle(step.stateAfter, 100)));
      }
      item.addEventListener("click", () => this.stepTo(i));
      list.append(item);
    }
    if (to < part.steps.length) list.append(element("li", "gap", `… ${part.steps.length - to} later`));
    if (this.step === part.steps.length && part.unplacedList.length > 0) {
      for (const op of part.unplacedList.slice(0, 5)) {
        list.append(element("li", "unplaced", `✗ cannot place ${clientName(op.client)}: ${shortenMiddle(describe(op), 100)}`));
      }
      if (part.unplacedList.length > 5) list.append(element("li", "unplaced", `… ${part.unplacedList.length - 5} more`));
    }
  }

  fit() {
    this.axis.fit(this.part.minTime, this.part.openEnd);
    this.redraw();
  }

  zoomCenter(factor) {
    this.axis.zoomAt(this.axis.start + this.axis.length / 2, factor);
    this.redraw();
  }

  /** Which way an operation is drawn at the current step. */
  styleOf(op) {
    const part = this.part;
    if (part.unplaced.has(op.id)) return "unplaced";
    if (part.all) return part.placed.has(op.id) ? "done" : "later";
    const step = part.stepOf.get(op.id);
    if (step === undefined || step > this.step) return "later";
    return step === this.step ? "current" : "done";
  }

  draw() {
    if (this.box.offsetParent === null) return;  // hidden tab: drawn when shown
    const part = this.part;
    const width = Math.max(this.box.clientWidth, 480);
    const height = lanesTop() + part.lanes.length * LANE_HEIGHT + 10;
    const ctx = sizeCanvas(this.canvas, width, height);
    this.axis.start = LANE_GUTTER;
    this.axis.length = width - LANE_GUTTER - RIGHT_PAD;
    if (!this.fitted) { this.axis.fit(part.minTime, part.openEnd); this.fitted = true; }
    if (this.pendingFocus) {
      const f = this.pendingFocus;
      this.pendingFocus = null;
      this.axis.show(f.from, f.to);
      // The canvas gets its height below; scroll once it has it.
      requestAnimationFrame(() => { this.box.scrollTop = Math.max(0, laneTop(f.lane) - this.box.clientHeight / 2); });
    }
    ctx.clearRect(0, 0, width, height);
    part.lanes.forEach((lane, i) => {
      if (i % 2 === 1) { ctx.fillStyle = "#f8fafc"; ctx.fillRect(0, laneTop(i), width, LANE_HEIGHT); }
    });
    drawTicks(ctx, this.axis, "x", this.unit, [AXIS_HEIGHT - 4, height], 14);
    this.drawFaults(ctx, height);
    ctx.font = "12px system-ui, sans-serif";
    ctx.fillStyle = "#374151";
    ctx.textAlign = "left";
    part.lanes.forEach((lane, i) => ctx.fillText(fitText(clientName(lane.client), LANE_GUTTER - 12, 7), 8, laneTop(i) + LANE_HEIGHT / 2 + 4));

    ctx.save();
    ctx.beginPath();
    ctx.rect(LANE_GUTTER, 0, this.axis.length, height);
    ctx.clip();
    const frame = { lanes: part.lanes.map(l => l.client), operations: 0, unplaced: [], culprit: [], boxes: new Map() };
    ctx.font = MONO_FONT;
    const charWidth = ctx.measureText("0").width;
    const labels = [];
    const bars = { done: [], current: [], later: [], unplaced: [] };
    part.lanes.forEach((lane, i) => {
      for (const op of lane.ops) this.drawOperation(ctx, op, laneTop(i) + (LANE_HEIGHT - BAR_HEIGHT) / 2, frame, bars);
    });
    // Completed bars in one path per style: 10,000 of them cost a few fills, not 20,000.
    for (const [kind, rects] of Object.entries(bars)) fillBars(ctx, rects, kind);
    ctx.strokeStyle = "#7c3aed";
    ctx.lineWidth = 3;
    for (const id of part.culprit) {
      const box = frame.boxes.get(id);
      if (box) { ctx.strokeRect(box.x - 2, box.y - 2, box.w + 4, box.h + 4); frame.culprit.push(id); }
    }
    for (const op of [this.hovered, this.pinned]) {
      const box = op && frame.boxes.get(op.id);
      if (!box) continue;
      ctx.strokeStyle = "#2563eb";
      ctx.lineWidth = op === this.pinned ? 3 : 2;
      ctx.strokeRect(box.x, box.y, box.w, box.h);
    }
    this.collectLabels(part, frame, charWidth, labels);
    const points = this.pathPoints();
    this.drawPathLine(ctx, points);
    // Labels go over the path's line, the path's dots and numbers over everything.
    ctx.font = MONO_FONT;
    ctx.textAlign = "left";
    ctx.lineWidth = 3;
    ctx.strokeStyle = "rgba(255,255,255,.8)";
    for (const l of labels) {
      ctx.strokeText(l.text, l.x, l.y);
      ctx.fillStyle = l.color;
      ctx.fillText(l.text, l.x, l.y);
    }
    this.drawPathDots(ctx, points);
    ctx.restore();
    this.drawStickyAxis(ctx, width, frame);
    this.lastFrame = frame;
  }

  /** With the lanes scrolled, the time labels are drawn again at the top of what is visible. */
  drawStickyAxis(ctx, width, frame) {
    const top = this.box.scrollTop;
    frame.axisAt = top;
    if (top <= 0) return;
    ctx.fillStyle = "rgba(255,255,255,.94)";
    ctx.fillRect(0, top, width, AXIS_HEIGHT - 4);
    drawTicks(ctx, this.axis, "x", this.unit, [top + AXIS_HEIGHT - 8, top + AXIS_HEIGHT - 4], top + 14);
    ctx.strokeStyle = "#d1d5db";
    ctx.beginPath(); ctx.moveTo(0, top + AXIS_HEIGHT - 3.5); ctx.lineTo(width, top + AXIS_HEIGHT - 3.5); ctx.stroke();
  }

  /** Fault annotations: a row per kind (partition, crash, link down, pause), a shaded bar per period. */
  drawFaults(ctx, height) {
    this.faultBoxes = [];
    if (this.faults.length === 0) return;
    const colors = { partition: "rgba(245,158,11,.45)", crash: "rgba(220,38,38,.45)", "link down": "rgba(244,114,182,.5)", pause: "rgba(124,58,237,.4)" };
    ctx.save();
    ctx.font = "10px system-ui, sans-serif";
    ctx.textAlign = "left";
    this.faultKinds.forEach((kind, row) => {
      const y = AXIS_HEIGHT + row * FAULT_ROW;
      ctx.fillStyle = "#6b7280";
      ctx.fillText(kind, 8, y + 11);
    });
    ctx.beginPath();
    ctx.rect(LANE_GUTTER, 0, this.axis.length, height);
    ctx.clip();
    for (const f of this.faults) {
      const row = this.faultKinds.indexOf(f.kind);
      const x0 = this.axis.toPx(f.start), x1 = this.axis.toPx(f.end);
      if (x1 < this.axis.start || x0 > this.axis.start + this.axis.length) continue;
      const y = AXIS_HEIGHT + row * FAULT_ROW + 1;
      ctx.fillStyle = colors[f.kind] || "rgba(107,114,128,.4)";
      ctx.fillRect(x0, y, Math.max(x1 - x0, 2), FAULT_ROW - 3);
      // The period also shades the lanes faintly, so operations under it read as affected.
      ctx.fillStyle = "rgba(245,158,11,.06)";
      if (f.kind === "partition") ctx.fillRect(x0, lanesTop(), Math.max(x1 - x0, 2), height - lanesTop());
      if (x1 - x0 > 60) {
        ctx.fillStyle = "#111827";
        ctx.fillText(fitText(f.label, x1 - x0 - 6, 5.5), Math.max(x0, this.axis.start) + 3, y + 10);
      }
      this.faultBoxes.push({ f, x: x0, y, w: Math.max(x1 - x0, 2), h: FAULT_ROW - 3 });
    }
    ctx.restore();
  }

  /** Open-ended bars are drawn at once (under the rest); completed ones are batched in `bars`. */
  drawOperation(ctx, op, y, frame, bars) {
    const plotEnd = this.axis.start + this.axis.length;
    const x0 = this.axis.toPx(op.callTime);
    const x1 = this.axis.toPx(op.returnTime === null ? this.part.openEnd : op.returnTime);
    if (x1 < this.axis.start || x0 > plotEnd) return;
    const kind = this.styleOf(op);
    frame.operations++;
    if (kind === "unplaced") frame.unplaced.push(op.id);
    const visibleFrom = Math.max(x0, this.axis.start);
    frame.boxes.set(op.id, { x: visibleFrom, y, w: Math.max(Math.min(x1, plotEnd) - visibleFrom, 2), h: BAR_HEIGHT, kind });
    if (op.returnTime !== null) {
      bars[kind].push(x0, y, Math.max(x1 - x0, 2));
      return;
    }
    const style = OP_STYLES[kind];
    const fade = ctx.createLinearGradient(x0, 0, x1, 0);
    fade.addColorStop(0, style.fill);
    fade.addColorStop(1, "rgba(255,255,255,0)");
    ctx.fillStyle = fade;
    ctx.fillRect(x0, y, x1 - x0, BAR_HEIGHT);
    ctx.strokeStyle = style.stroke;
    ctx.lineWidth = style.width;
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(x1, y); ctx.lineTo(x0, y); ctx.lineTo(x0, y + BAR_HEIGHT); ctx.lineTo(x1, y + BAR_HEIGHT);
    ctx.stroke();
    ctx.setLineDash([]);
  }

  /** Text for every bar wide enough to hold some: the call and what it returned. */
  collectLabels(part, frame, charWidth, labels) {
    for (const [id, box] of frame.boxes) {
      const room = box.w - 8;
      if (room <= 3 * charWidth) continue;
      labels.push({ text: fitText(describe(part.byId.get(id)), room, charWidth), x: box.x + 4,
        y: box.y + BAR_HEIGHT / 2 + 4, color: OP_STYLES[box.kind].text });
    }
  }

  /** Each placed operation's moment of effect, up to the current step, on screen. */
  pathPoints() {
    const part = this.part;
    const points = [];
    for (let i = 0; i < this.step; i++) {
      const op = part.byId.get(part.steps[i].operationId);
      points.push({ x: this.axis.toPx(part.points[i]), y: laneTop(part.laneOf.get(op.client)) + LANE_HEIGHT / 2, n: i + 1 });
    }
    return points;
  }

  /** The linearization so far as a line through each operation's moment of effect. */
  drawPathLine(ctx, points) {
    ctx.strokeStyle = "rgba(22,101,52,.75)";
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
    ctx.stroke();
  }

  /** A dot per placed operation (the current one larger) and step numbers where they fit. */
  drawPathDots(ctx, points) {
    const left = this.axis.start - 10, right = this.axis.start + this.axis.length + 10;
    const dots = new Path2D();
    let current = null;
    for (const p of points) {
      if (p.x < left || p.x > right) continue;
      if (p.n === this.step) { current = p; continue; }
      dots.moveTo(p.x + 3.5, p.y);
      dots.arc(p.x, p.y, 3.5, 0, 2 * Math.PI);
    }
    ctx.fillStyle = "#166534";
    ctx.fill(dots);
    if (current) {
      ctx.fillStyle = "#111827";
      ctx.beginPath();
      ctx.arc(current.x, current.y, 5, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.font = "bold 10px system-ui, sans-serif";
    ctx.textAlign = "center";
    let lastLabelEnd = -Infinity;
    for (const p of points) {
      const w = 6 * String(p.n).length + 6;
      if (p.x < left || p.x > right || (p.x - w / 2 < lastLabelEnd + 4 && p !== current)) continue;
      ctx.fillStyle = p === current ? "#111827" : "#166534";
      ctx.fillRect(p.x - w / 2, p.y - BAR_HEIGHT / 2 - 13, w, 12);
      ctx.fillStyle = "#ffffff";
      ctx.fillText(String(p.n), p.x, p.y - BAR_HEIGHT / 2 - 3);
      lastLabelEnd = p.x + w / 2;
    }
  }

  operationAt(p) {
    const lane = Math.floor((p.y - lanesTop()) / LANE_HEIGHT);
    if (lane < 0 || lane >= this.part.lanes.length || p.x < LANE_GUTTER) return null;
    const ops = this.part.lanes[lane].ops;
    // Completed operations are drawn last, on top: look at them first.
    for (let i = ops.length - 1; i >= 0; i--) {
      const box = this.lastFrame.boxes.get(ops[i].id);
      if (box && p.x >= box.x - 2 && p.x <= box.x + box.w + 2) return ops[i];
    }
    return null;
  }

  hover(p, e) {
    const fault = (this.faultBoxes || []).find(b => p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h);
    if (fault) {
      showTooltip([[fault.f.kind, fault.f.label], ["from", formatTime(fault.f.start, this.unit)], ["until", formatTime(fault.f.end, this.unit)]], e.clientX, e.clientY);
      return;
    }
    const op = this.operationAt(p);
    if (op !== this.hovered) { this.hovered = op; this.redraw(); }
    if (op) showTooltip(this.facts(op), e.clientX, e.clientY);
    else hideTooltip();
  }

  click(p) {
    const op = this.operationAt(p);
    this.pinned = op;
    this.showOperation(op);
    const step = op && this.part.stepOf.get(op.id);
    if (step !== undefined && step !== null) this.stepTo(step);
    else this.redraw();
  }

  showOperation(op) {
    document.getElementById("h-op-empty").hidden = op !== null;
    fillFacts(document.getElementById("h-op"), op ? this.facts(op) : []);
    document.getElementById("h-show-trace").hidden = !(op && this.hooks.hasTraceOf(op.id));
  }

  facts(op) {
    const part = this.part;
    const rows = [
      ["operation", `#${op.id} by ${clientName(op.client)}`],
      ["call", op.input],
      ["returned", op.output === null ? "unknown: no return (crashed or gave up)" : op.output],
      ["called at", formatTime(op.callTime, this.unit)],
      ["returned at", op.returnTime === null ? "never" : formatTime(op.returnTime, this.unit)],
    ];
    const step = part.stepOf.get(op.id);
    if (step !== undefined) {
      rows.push(["order", `step ${step} of ${part.steps.length}`], ["state after", part.steps[step - 1].stateAfter]);
    }
    if (part.unplaced.has(op.id)) {
      rows.push(["checker", "could not be placed after the longest linearizable prefix"]);
      const expected = part.steps.length > 0 ? part.steps[part.steps.length - 1].stateAfter : part.source.initialState;
      const diff = op.output === null ? null : difference(op.output, expected);
      if (diff) rows.push(["returned (differs)", diff.actual], ["state then", diff.expected]);
    }
    if (part.culprit.has(op.id)) rows.push(["culprit", `one of the ${part.culprit.size} operations that cannot all be linearized`]);
    return rows;
  }
}

/** Every partition as one: a block of client lanes per partition, each operation in its own partition's colours. */
function prepareAll(history) {
  const operations = [], unplaced = [], culprit = [], placed = new Set();
  let ops = 0;
  history.partitions.forEach((p, i) => {
    const block = String(i).padStart(6, "0");
    for (const op of p.operations) operations.push({ ...op, client: `${block}\u0000key ${p.label} · ${clientName(op.client)}` });
    unplaced.push(...p.unplacedOperationIds);
    culprit.push(...p.culpritOperationIds);
    for (const s of p.steps) placed.add(s.operationId);
    ops += p.operations.length;
  });
  const verdict = history.verdict;
  const bad = history.partitions.filter(p => p.verdict === "NOT_LINEARIZABLE").map(p => p.label);
  const source = { label: "all", verdict, operations, steps: [], unplacedOperationIds: unplaced, culpritOperationIds: culprit,
    initialState: "", culprit: null,
    explanation: `All ${history.partitions.length} partitions at once (${ops} operations): green ones are placed in their partition's order, `
      + (bad.length ? `red ones cannot be placed (partition ${bad.join(", ")}). Pick a partition to step through it.` : "none is red.") };
  const part = preparePartition(source);
  part.all = true;
  part.placed = placed;
  return part;
}

/** Precomputes a partition's lanes, lookups, time range and linearization points. */
function preparePartition(p) {
  const byId = new Map(p.operations.map(op => [op.id, op]));
  const clients = [...new Set(p.operations.map(op => op.client))].sort(naturalOrder);
  const laneOf = new Map(clients.map((c, i) => [c, i]));
  const lanes = clients.map(client => ({ client, ops: [] }));
  for (const op of p.operations) lanes[laneOf.get(op.client)].ops.push(op);
  // Open-ended operations first, so completed ones are drawn over them.
  const openFirst = (a, b) => (b.returnTime === null) - (a.returnTime === null) || a.callTime - b.callTime;
  for (const lane of lanes) lane.ops.sort(openFirst);
  let minTime = Infinity, maxTime = -Infinity;
  for (const op of p.operations) {
    minTime = Math.min(minTime, op.callTime);
    maxTime = Math.max(maxTime, op.returnTime === null ? op.callTime : op.returnTime);
  }
  if (!Number.isFinite(minTime)) { minTime = 0; maxTime = 1; }
  const openEnd = maxTime + Math.max((maxTime - minTime) * 0.06, 1);
  return {
    source: p, byId, laneOf, lanes, minTime, openEnd,
    steps: p.steps,
    stepOf: new Map(p.steps.map((s, i) => [s.operationId, i + 1])),
    unplaced: new Set(p.unplacedOperationIds),
    culprit: new Set(p.culpritOperationIds),
    unplacedList: p.unplacedOperationIds.map(id => byId.get(id)),
    points: linearizationPoints(p.steps.map(s => byId.get(s.operationId)), openEnd),
  };
}

/**
 * A moment of effect for each operation of a linearization, inside its call..return interval and
 * in order. Step i can be no earlier than any call up to it and no later than any return from it
 * on; both bounds only grow with i, so their midpoints are in order too.
 */
function linearizationPoints(ops, openEnd) {
  const n = ops.length;
  const earliest = new Array(n), latest = new Array(n);
  let lower = -Infinity, upper = Infinity;
  for (let i = 0; i < n; i++) earliest[i] = lower = Math.max(lower, ops[i].callTime);
  for (let i = n - 1; i >= 0; i--) {
    latest[i] = upper = Math.min(upper, ops[i].returnTime === null ? openEnd : ops[i].returnTime);
  }
  return earliest.map((e, i) => (e + Math.max(e, latest[i])) / 2);
}

/** Fills and outlines the bars [x, y, width, ...] of one style in a single path. */
function fillBars(ctx, rects, kind) {
  if (rects.length === 0) return;
  const style = OP_STYLES[kind];
  const path = new Path2D();
  for (let i = 0; i < rects.length; i += 3) path.rect(rects[i], rects[i + 1], rects[i + 2], BAR_HEIGHT);
  ctx.fillStyle = kind === "unplaced" ? unplacedPattern(ctx) : style.fill;
  ctx.fill(path);
  ctx.strokeStyle = style.stroke;
  ctx.lineWidth = style.width;
  ctx.stroke(path);
}

let faultRows = 0;  // rows of fault annotations above the lanes of the page's history
const lanesTop = () => AXIS_HEIGHT + faultRows * FAULT_ROW + (faultRows > 0 ? 4 : 0);
const laneTop = i => lanesTop() + i * LANE_HEIGHT;
// In the all-partitions view a lane's name starts with its partition's place and a NUL, for sorting only.
const clientName = c => (/^\d+$/.test(c) ? "client " + c : c.includes("\u0000") ? c.slice(c.indexOf("\u0000") + 1) : c);
// An operation with no output (a put) shows its call alone; one whose outcome is unknown, "→ ?".
const describe = op =>
  op.output !== null ? `${op.input} → ${op.output}` : op.returnTime === null ? `${op.input} → ?` : op.input;
const verdictWords = v => v.toLowerCase().replace("_", " ");
// A partition the check stopped before it started on is "not checked", not "unknown".
const partitionWords = p => (p.verdict === "UNKNOWN" && p.steps.length === 0 && p.explanation && p.explanation.startsWith("Not checked")
  ? "not checked" : verdictWords(p.verdict));
const verdictClass = v => v.toLowerCase().replace("_", "-");

let unplacedHatch = null;
/** Red diagonal stripes, so "could not be placed" reads without relying on colour alone. */
function unplacedPattern(ctx) {
  if (!unplacedHatch) {
    const tile = document.createElement("canvas");
    tile.width = tile.height = 8;
    const t = tile.getContext("2d");
    t.fillStyle = "#fecaca";
    t.fillRect(0, 0, 8, 8);
    t.strokeStyle = "#f87171";
    t.lineWidth = 2;
    t.beginPath();
    t.moveTo(-2, 10); t.lineTo(10, -2);
    t.moveTo(-2, 2); t.lineTo(2, -2);
    t.moveTo(6, 10); t.lineTo(10, 6);
    t.stroke();
    unplacedHatch = ctx.createPattern(tile, "repeat");
  }
  return unplacedHatch;
}
