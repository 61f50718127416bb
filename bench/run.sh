#!/usr/bin/env bash
# Runs every benchmark with short settings and prints ONE markdown table (benchmark, figure, unit,
# target, date, cores, load average) for docs/develop.md#benchmarks. Needs only the JDK and this
# checkout (no `mvnw install`): it builds the bench and config modules, starts a hotline for the
# WeChat load on a free port with a throw-away database, and stops it at the end.
#
#   bench/run.sh              everything (about 6 minutes on two idle cores)
#   bench/run.sh jmh turns    only these parts: jmh, nlu-cpu, turns, ivr, wechat
#
# Figures from a machine doing other work are upper bounds; the load average column says how busy
# it was when each part ran. Full-length runs: see docs/develop.md#benchmarks.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/bench/target/run"
PARTS=("$@")
[ ${#PARTS[@]} -eq 0 ] && PARTS=(jmh nlu-cpu turns ivr wechat)
CORES=$(nproc)
DAY=$(date -u +%Y-%m-%d)
ROWS=()
mkdir -p "$OUT"

wants() { local p; for p in "${PARTS[@]}"; do [ "$p" = "$1" ] && return 0; done; return 1; }
load() { cut -d' ' -f1 /proc/loadavg; }
row() { ROWS+=("| $1 | $2 | $3 | $4 | $DAY | $CORES | $5 |"); }
say() { echo "bench: $*" >&2; }
# Runs a part's command into its log; a failure is reported (and its table rows say so) but the other parts still run.
FAILED=()
run() { local log=$1; shift; if ! "$@" > "$log" 2>&1; then say "FAILED: $* (see $log)"; tail -15 "$log" >&2; FAILED+=("$log"); return 1; fi; }

say "building bench and config (skipping tests)"
(cd "$ROOT" && ./mvnw -B -q -DskipTests -pl bench,config -am package dependency:build-classpath \
    -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime > "$OUT/build.log" 2>&1) \
    || { cat "$OUT/build.log" >&2; exit 1; }
# dependency:build-classpath ran in every module; bench is the reactor's last, so the file is its classpath.
CP="$ROOT/bench/target/classes:$(cat "$OUT/classpath.txt")"

if wants jmh; then
  say "JMH: every benchmark class in bench/, 3 x 1 s warm-up, 3 x 1 s measured, one fork"
  L=$(load)
  run "$OUT/jmh.log" java -cp "$CP" org.openjdk.jmh.Main -wi 3 -w 1s -i 3 -r 1s -f 1 -rf csv -rff "$OUT/jmh.csv" || true
  # "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"[,params]
  while IFS=, read -r name mode threads samples score error unit rest; do
    name=${name//\"/}; unit=${unit//\"/}; unit=${unit//$'\r'/}
    short=${name#cn.yinling.hotline.bench.}
    # sample-time benchmarks add a row per percentile: keep the median and p99
    if [[ "$short" == *:p* && "$short" != *:p0.50 && "$short" != *:p0.99 ]]; then continue; fi
    row "JMH $short" "$(printf '%.2f ± %.2f' "$score" "${error/NaN/0}")" "$unit" "–" "$L"
  done < <(tail -n +2 "$OUT/jmh.csv" 2>/dev/null)
fi

if wants nlu-cpu; then
  say "Nlu.parse CPU time per call over the held-out set (30 warm-up passes, 5 measured)"
  L=$(load)
  run "$OUT/nlu-cpu.log" java -cp "$CP" cn.yinling.hotline.bench.NluCpuTimeHarness \
      "$ROOT/bot/src/test/resources/nlu/heldout.jsonl" 5 || true
  line=$(grep -E 'calls: CPU time' "$OUT/nlu-cpu.log")
  row "Nlu.parse CPU time per call, p50" "$(sed -E 's/.*CPU time p50 ([0-9]+) .*/\1/' <<<"$line")" "µs" "–" "$L"
  row "Nlu.parse CPU time per call, p99" "$(sed -E 's/.*CPU time p50 [0-9]+ µs, p99 ([0-9]+) .*/\1/' <<<"$line")" "µs" "–" "$L"
fi

if wants turns; then
  say "dialog turns in-process (1,000 warm-up + 1,000 measured calls of six turns), in-memory and Redis sessions"
  L=$(load)
  run "$OUT/turns.log" java -cp "$CP" cn.yinling.hotline.bench.DialogTurnHarness || true
  while read -r line; do
    kind=$(sed -E 's/^(in-memory|Redis) sessions.*/\1/' <<<"$line")
    p50=$(sed -E 's/.* p50=([0-9.]+) ms.*/\1/' <<<"$line"); p99=$(sed -E 's/.* p99=([0-9.]+) ms.*/\1/' <<<"$line")
    target="–"; [ "$kind" = "in-memory" ] && target="< 5"
    row "dialog turn, $kind sessions, p50" "$p50" "ms" "–" "$L"
    row "dialog turn, $kind sessions, p99" "$p99" "ms" "$target" "$L"
  done < <(grep -E '^(in-memory|Redis) sessions.* turns=' "$OUT/turns.log")
fi

if wants ivr; then
  say "IVR: 200 simulated phone lines over FastAGI, 10 s ramp, 20 s measured (the full run is 2,000 lines)"
  L=$(load)
  run "$OUT/ivr.log" java -Xmx1g -XX:+UseParallelGC -cp "$CP" cn.yinling.hotline.bench.IvrLoadHarness \
      --calls 200 --ramp 10 --duration 20 || true
  calls=$(sed -nE 's/^calls completed: ([0-9]+) .*errors: ([0-9]+).*/\1/p' "$OUT/ivr.log")
  errors=$(sed -nE 's/^calls completed: ([0-9]+) .*errors: ([0-9]+).*/\2/p' "$OUT/ivr.log")
  all=$(sed -nE 's/^server time, all commands .* p99=([0-9.]+) ms.*/\1/p' "$OUT/ivr.log")
  turn=$(sed -nE 's/^ *prompts \(after a dialog-engine turn\) .* p99=([0-9.]+) ms.*/\1/p' "$OUT/ivr.log")
  row "IVR load, 200 lines: calls completed in 20 s" "$calls" "calls" "–" "$L"
  row "IVR load, 200 lines: errors" "$errors" "errors" "0" "$L"
  row "IVR load, 200 lines: server time per AGI command, p99" "$all" "ms" "< 10 (at 2,000 lines)" "$L"
  row "IVR load, 200 lines: after a dialog-engine turn, p99" "$turn" "ms" "–" "$L"
fi

if wants wechat; then
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 18399)
  AGI=$((PORT + 1))
  DATA=$(mktemp -d)
  say "WeChat: starting a hotline on port $PORT (database in $DATA), waiting for the demo street"
  (cd "$DATA" && exec java -Xmx1g -jar "$ROOT/config/target/hotline.jar" --server.port="$PORT" --hotline.ivr.port="$AGI" \
      --hotline.cases.catch-up-in-background=false > "$OUT/wechat-server.log" 2>&1) &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null 2>&1 && break
    kill -0 $SERVER 2>/dev/null || { tail -30 "$OUT/wechat-server.log" >&2; exit 1; }
    sleep 1
  done
  say "WeChat: 500 msg/s for 20 s after 5 s warm-up (the full run is 3,000 msg/s)"
  L=$(load)
  run "$OUT/wechat.log" java -Xmx512m -cp "$CP" cn.yinling.hotline.bench.WechatLoadHarness \
      --url "http://127.0.0.1:$PORT/wechat/callback" --rate 500 --duration 20 --warm-up 5 || true
  kill $SERVER 2>/dev/null || true
  achieved=$(sed -nE 's/^answered 200 .* = ([0-9]+) msg\/s achieved.*/\1/p' "$OUT/wechat.log")
  p99=$(sed -nE 's/^latency from due time .* p99=([0-9.]+) ms.*/\1/p' "$OUT/wechat.log")
  errors=$(sed -nE 's/^errors +(.*)/\1/p' "$OUT/wechat.log")
  row "WeChat callback at 500 msg/s: achieved" "$achieved" "msg/s" "3,000 (full run)" "$L"
  row "WeChat callback at 500 msg/s: latency p99" "$p99" "ms" "< 50 (at 3,000 msg/s)" "$L"
  row "WeChat callback at 500 msg/s: errors" "$errors" "–" "none" "$L"
fi

echo "| benchmark | figure | unit | target | date | cores (nproc) | load average (1 min) |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
say "logs: $OUT"
if [ ${#FAILED[@]} -gt 0 ]; then say "failed parts: ${FAILED[*]}"; exit 1; fi
