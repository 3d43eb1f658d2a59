#!/usr/bin/env bash
# Rewrites README's screenshots of real runs with headless Chromium
# (apt-get install chromium). Runs are deterministic, so the pictures only
# change when the code does.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

shot() { # size, output, url
  chromium --headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile-$RANDOM" --window-size="$1" --screenshot="$2" "$3" 2>/dev/null
}

# A stale read from a replica that serves gets locally, found by the chaos scenario: the
# run's failure first, then the culprit (a get that misses its own client's append).
bin/seedsim run --scenario chaos --seed 7 --variant local-reads --html "$work/violation.html" || true
shot 1280,760 docs/images/run-violation.png "file://$work/violation.html"

# One get of a lossy sharded run and every message it caused, the servers' forward included:
# #op=N opens the trace on it.
bin/seedsim run --scenario unreliable-shards --seed 4 --html "$work/run.html"
shot 1280,800 docs/images/run-trace-operation.png "file://$work/run.html#op=7"
echo "wrote docs/images/run-violation.png docs/images/run-trace-operation.png"
