"use strict";
// Shared pieces of both views: a zoomable time axis, tick labels, canvas sizing, pan/zoom input,
// the tooltip, and safe DOM building. Every piece of data reaches the page through textContent or
// canvas fillText, never as markup.

/** Maps times to pixels along one screen axis; zooming changes the scale, panning the origin. */
class TimeAxis {
  constructor() {
    this.origin = 0;      // time shown at pixel `start`
    this.pxPerUnit = 1;
    this.start = 0;       // first pixel of the plot along this axis
    this.length = 1;      // plot length in pixels
    this.minTime = 0;
    this.maxTime = 1;
  }
  toPx(t) { return this.start + (t - this.origin) * this.pxPerUnit; }
  toTime(px) { return this.origin + (px - this.start) / this.pxPerUnit; }
  get endTime() { return this.toTime(this.start + this.length); }

  /** Show [minTime, maxTime] across the whole plot. */
  fit(minTime, maxTime) {
    this.minTime = minTime;
    this.maxTime = Math.max(maxTime, minTime + 1);
    this.show(this.minTime, this.maxTime);
  }
  show(from, to) {
    const span = Math.max(to - from, 1e-9);
    this.pxPerUnit = this.length / span;
    this.origin = from;
  }
  /** Zoom by `factor` keeping the time under pixel `px` where it is. */
  zoomAt(px, factor) {
    const t = this.toTime(px);
    const fullSpan = this.maxTime - this.minTime;
    // Never zoom out past twice the whole run, nor in past a few pixels per time unit.
    const minPxPerUnit = this.length / (2 * fullSpan);
    this.pxPerUnit = Math.min(Math.max(this.pxPerUnit * factor, minPxPerUnit), 200);
    this.origin = t - (px - this.start) / this.pxPerUnit;
    this.clamp();
  }
  panBy(dpx) {
    this.origin -= dpx / this.pxPerUnit;
    this.clamp();
  }
  clamp() {
    const span = this.length / this.pxPerUnit;
    const slack = span * 0.5;
    this.origin = Math.min(Math.max(this.origin, this.minTime - slack), this.maxTime - span + slack);
  }
  /** Round-numbered ticks at least `minGapPx` apart over the visible range. */
  ticks(minGapPx) {
    const rough = minGapPx / this.pxPerUnit;
    const power = Math.pow(10, Math.floor(Math.log10(rough)));
    const step = [1, 2, 5, 10].map(m => m * power).find(s => s >= rough);
    const first = Math.ceil(this.origin / step) * step;
    const ticks = [];
    for (let t = first; t <= this.endTime; t += step) ticks.push(t);
    return { step, ticks };
  }
}

/** Formats a time for the axis and tooltips; unit "us" reads as µs, ms or s. */
function formatTime(t, unit, step) {
  if (t === null || t === undefined) return "never";
  if (unit !== "us") {
    const digits = step && step < 1 ? Math.min(6, Math.ceil(-Math.log10(step))) : 0;
    return t.toFixed(digits) + (unit ? " " + unit : "");
  }
  const scale = Math.abs(step || t) >= 1e6 ? [1e6, "s"] : Math.abs(step || t) >= 1e3 ? [1e3, "ms"] : [1, "µs"];
  const unitStep = (step || 1) / scale[0];
  const digits = unitStep < 1 ? Math.min(6, Math.ceil(-Math.log10(unitStep) - 1e-9)) : 0;
  return (t / scale[0]).toFixed(digits) + " " + scale[1];
}

/** Sizes a canvas in CSS pixels, sharp on high-density screens; returns its 2D context. */
function sizeCanvas(canvas, width, height) {
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = width + "px";
    canvas.style.height = height + "px";
  }
  const ctx = canvas.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  return ctx;
}

/**
 * Wheel zooms, drag pans along one direction ("x" or "y"); a press without movement is a click.
 * Handlers get positions relative to the canvas.
 */
function attachPanZoom(canvas, direction, handlers) {
  let drag = null;
  const local = e => {
    const r = canvas.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  canvas.addEventListener("wheel", e => {
    e.preventDefault();
    const p = local(e);
    const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
    handlers.zoom(direction === "x" ? p.x : p.y, Math.exp(-delta * 0.0015));
  }, { passive: false });
  canvas.addEventListener("pointerdown", e => {
    drag = { start: local(e), last: local(e), moved: false };
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener("pointermove", e => {
    const p = local(e);
    if (drag) {
      const d = direction === "x" ? p.x - drag.last.x : p.y - drag.last.y;
      if (Math.abs(p.x - drag.start.x) + Math.abs(p.y - drag.start.y) > 4) drag.moved = true;
      if (drag.moved) {
        canvas.classList.add("dragging");
        handlers.pan(d);
        hideTooltip();
      }
      drag.last = p;
    } else {
      handlers.hover(p, e);
    }
  });
  canvas.addEventListener("pointerup", e => {
    const wasClick = drag && !drag.moved;
    drag = null;
    canvas.classList.remove("dragging");
    if (wasClick) handlers.click(local(e), e);
  });
  canvas.addEventListener("pointerleave", () => { if (!drag) handlers.leave(); });
}

/** Redraws at most once per animation frame however many changes arrive. */
function frameScheduler(draw) {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; draw(); });
  };
}

const tooltip = () => document.getElementById("tooltip");

/** Shows [label, value] rows next to the pointer. */
function showTooltip(rows, clientX, clientY) {
  const box = tooltip();
  box.replaceChildren(...rows.map(([label, value]) => {
    const row = element("div");
    if (Array.isArray(value)) row.append(element("b", null, label), document.createTextNode(value[0]), element("mark", "diff", value[1] || "∅"), document.createTextNode(value[2]));
    else row.append(element("b", null, label), document.createTextNode(shortenMiddle(value)));
    return row;
  }));
  box.hidden = false;
  const pad = 14;
  const w = box.offsetWidth, h = box.offsetHeight;
  const x = clientX + pad + w > window.innerWidth ? clientX - pad - w : clientX + pad;
  const y = clientY + pad + h > window.innerHeight ? clientY - pad - h : clientY + pad;
  box.style.left = Math.max(0, x) + "px";
  box.style.top = Math.max(0, y) + "px";
}

function hideTooltip() { tooltip().hidden = true; }

/** A new element whose content, if any, is plain text. */
function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** Values longer than this are shortened in the middle in panels and tooltips. */
const LONG_TEXT = 140;

/** "abc…xyz": the start and end of a long text, with how much was left out. */
function shortenMiddle(text, max = LONG_TEXT) {
  if (text === null || text === undefined || text.length <= max) return text;
  const head = Math.ceil(max * 0.55), tail = max - head;
  return `${text.slice(0, head)}…[${text.length - head - tail} chars]…${text.slice(text.length - tail)}`;
}

/** Every quoted string in a sentence, shortened in the middle when long. */
function shortenQuoted(sentence, max = 60) {
  // Every quoted string is matched, short ones too, so quotes pair up from the left.
  return sentence.replace(/"((?:[^"\\]|\\.)*)"/g, (_, inner) => `"${shortenMiddle(inner, max)}"`);
}

/**
 * Where `actual` differs from `expected`: [before, differing, after] pieces of `actual`, with the
 * equal start and end shortened to a little context. Null when they are equal.
 */
function difference(actual, expected, context = 24) {
  if (actual === expected) return null;
  let p = 0;
  while (p < actual.length && p < expected.length && actual[p] === expected[p]) p++;
  let s = 0;
  while (s < actual.length - p && s < expected.length - p && actual[actual.length - 1 - s] === expected[expected.length - 1 - s]) s++;
  const piece = text => {
    const before = text.slice(0, p), middle = text.slice(p, text.length - s), after = text.slice(text.length - s);
    return [before.length > context ? "…" + before.slice(before.length - context) : before,
      shortenMiddle(middle, 80) || "", after.length > context ? after.slice(0, context) + "…" : after];
  };
  return { actual: piece(actual), expected: piece(expected) };
}

/**
 * Fills a <dl> with [term, value] rows. A long value is shown shortened and opens in full on a
 * click; a value given as [before, marked, after] shows the marked part highlighted.
 */
function fillFacts(dl, rows) {
  dl.replaceChildren();
  for (const [term, value] of rows) {
    const dd = element("dd");
    if (Array.isArray(value)) {
      dd.append(document.createTextNode(value[0]), element("mark", "diff", value[1] || "∅"), document.createTextNode(value[2]));
    } else if (typeof value === "string" && value.length > LONG_TEXT) {
      dd.className = "long";
      dd.textContent = shortenMiddle(value);
      dd.title = "click to show it all";
      dd.addEventListener("click", () => { dd.textContent = dd.textContent.length < value.length ? value : shortenMiddle(value); });
    } else {
      dd.textContent = value;
    }
    dl.append(element("dt", null, term), dd);
  }
}

/** Cuts text to fit `maxWidth` pixels in a monospace font whose glyphs are `charWidth` wide. */
function fitText(text, maxWidth, charWidth) {
  const fits = Math.floor(maxWidth / charWidth);
  if (fits <= 1) return "";
  return text.length <= fits ? text : text.slice(0, fits - 1) + "…";
}

/** Sorts names the way people count: "client 2" before "client 10". */
const naturalOrder = new Intl.Collator(undefined, { numeric: true }).compare;

/** Draws the time tick labels and grid lines of a horizontal or vertical axis. */
function drawTicks(ctx, axis, direction, unit, cross, labelAt) {
  const { step, ticks } = axis.ticks(direction === "x" ? 90 : 48);
  ctx.save();
  ctx.font = "11px system-ui, sans-serif";
  ctx.fillStyle = "#6b7280";
  ctx.strokeStyle = "#eef0f3";
  ctx.lineWidth = 1;
  for (const t of ticks) {
    const p = Math.round(axis.toPx(t)) + 0.5;
    ctx.beginPath();
    if (direction === "x") { ctx.moveTo(p, cross[0]); ctx.lineTo(p, cross[1]); }
    else { ctx.moveTo(cross[0], p); ctx.lineTo(cross[1], p); }
    ctx.stroke();
    const label = formatTime(t, unit, step);
    if (direction === "x") { ctx.textAlign = "center"; ctx.fillText(label, p, labelAt); }
    else { ctx.textAlign = "right"; ctx.fillText(label, labelAt, p + 4); }
  }
  ctx.restore();
}
