"use strict";
// The banner above everything else: how the run ended (pass, or fail with its reason and the
// command that replays it), or, for a page of a history file alone, the history check's verdict,
// labeled as that. A page must never let a failed run look like a pass.

function showOutcome(data) {
  const box = document.getElementById("outcome");
  const headline = document.getElementById("o-headline");
  const rows = [];
  const o = data.outcome;
  if (o) {
    const failed = o.failure !== null;
    box.className = "outcome " + (failed ? "fail" : "pass");
    const what = o.caseCommand !== null ? "Shrunk case" : "Run";
    headline.textContent = `${what} ${failed ? "FAILED" : "passed"}: scenario ${o.scenario}, seed ${o.seed}, variant ${o.variant}`;
    if (failed) rows.push(["reason", o.failure, null]);
    if (o.shrunkFromSeed !== null) rows.push(["shrunk from", `seed ${o.shrunkFromSeed}: this is a smaller case of that failing run`, null]);
    if (o.caseCommand !== null) rows.push(["case", o.caseCommand, "command"]);
    rows.push(["replay", o.replayCommand, "command"]);
    if (o.traceHash !== null) rows.push(["trace hash", o.traceHash, "command"]);
    if (data.history) rows.push(["history check", historyVerdictWords(data.history), null]);
  } else if (data.history) {
    const v = data.history.verdict;
    box.className = "outcome " + (v === "LINEARIZABLE" ? "pass" : v === "UNKNOWN" ? "unknown" : "fail");
    headline.textContent = "History check: " + historyVerdictWords(data.history);
    rows.push(["what", "a history file checked on its own; no run, so no replay command", null]);
  } else {
    box.className = "outcome unknown";
    headline.textContent = "Trace of " + data.trace.title;
    rows.push(["what", "a trace file on its own: no history was checked, so no verdict", null]);
  }
  if (data.traceMismatch) rows.push(["trace", data.traceMismatch, "warning"]);
  const dl = document.getElementById("o-facts");
  dl.replaceChildren();
  for (const [term, value, kind] of rows) dl.append(element("dt", null, term), element("dd", kind, value));
}

/** "not linearizable (key 3 of 10 partitions)" and the like, for the history as a whole. */
function historyVerdictWords(history) {
  const bad = history.partitions.filter(p => p.verdict === "NOT_LINEARIZABLE");
  const unknown = history.partitions.filter(p => p.verdict === "UNKNOWN");
  const ops = history.partitions.reduce((n, p) => n + p.operations.length, 0);
  const of = `${ops} operation${ops === 1 ? "" : "s"}`;
  if (history.verdict === "LINEARIZABLE") return `linearizable (${of})`;
  if (history.verdict === "UNKNOWN") return `unknown: the checker ran out of budget (${of}, ${unknown.length} partition${unknown.length === 1 ? "" : "s"} undecided)`;
  const keys = bad.map(p => p.label).slice(0, 5).join(", ") + (bad.length > 5 ? ", …" : "");
  return `not linearizable (${of}; violation in ${bad.length === 1 ? "partition" : "partitions"} ${keys})`;
}
