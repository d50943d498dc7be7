#!/usr/bin/env bash
# openXeco benchmark: starts its own node on H2 in a temporary folder and prints
#
#   1. the demo-data load rate: wall time from `server start` on an empty database until
#      /health/started is UP, the objects created, and the loader's own figure from its
#      "Demo data: ..." log line;
#   2. cold start to ready: from launching `server start` (a fresh JVM, the database from
#      step 1) until /health/ready answers 200, repeated (min / median / max);
#   3. idle memory: VmRSS of the Liberty JVM after a warm-up and a quiet period;
#   4. throughput and p50 / p99 latency at 8 concurrent clients of GET /api/entities?size=20
#      and GET /api/articles?type=event&size=20, next to the no-op GET /api/ping on the
#      same server, with the ratio list / no-op, and the server's CPU time per request
#      (from /proc/<pid>/stat; it varies much less than throughput when other work shares
#      the machine, and the header prints the load average seen before the run);
#   5. the admin portal's entities table: median and p95 time of full renders of the first
#      page and of a filtered page in a signed-in administrator's session;
#
# and a table of the figures with PASS / MISS against the targets: start to ready < 20 s
# (median), idle RSS < 450 MB, list >= 0.5 x no-op throughput with p99 < 50 ms, entities
# table pages < 150 ms (median render).
#
# Usage (from anywhere):
#   liberty/src/bench/benchmark.sh [options]
#
#   --build             build the project first (mvn install -DskipTests -DskipITs); without
#                       it nothing is built, unless liberty/target/liberty/wlp is missing
#   --starts N          cold starts to time (default 3)
#   --warmup S          warm-up seconds per endpoint before measuring (default 10)
#   --duration S        measured seconds per endpoint (default 20)
#   --quiet S           idle seconds before reading the resident memory (default 10)
#   --clients N         concurrent clients (connections) of the load generator (default 8)
#   --loadgen KIND      wrk | java | auto (default auto: wrk when installed, else
#                       LoadGen.java beside this script, run with `java LoadGen.java`)
#   --port P            HTTP port of the node (default 9580; HTTPS uses P+1)
#   --keep              keep the temporary folder (logs, database) and print its path
#   -h, --help          this text
#
#   benchmark.sh start-to-ready --data-dir DIR [--output-dir DIR] [--port P]
#                       one start -> /health/ready -> stop cycle on an existing H2 data
#                       folder (one kept with --keep); prints the seconds to ready. Meant for
#                       outside timers that run a command several times.
#
# Environment: BENCH_MAVEN_ARGS adds arguments to the Maven build (for example
# -Dmaven.repo.local=...); JVM_ARGS, if set, is passed to the server JVM by Liberty on top
# of jvm.options (both printed in the header); WLP_USER_DIR, if set, runs the server
# configuration found there instead of the built one (a copy of
# liberty/target/liberty/wlp/usr with an edited server.xml, jvm.options or db-h2.xml), to
# compare configurations without a rebuild.
#
# Needs: java 17+, curl, and wrk (Debian package `wrk`) or the JDK to run LoadGen.java.
# The node listens on 127.0.0.1 only; all traffic stays on this machine. The server's
# output (logs, work area) and its database live in a temporary folder that is removed on
# exit; the server is stopped on exit, also after an error or Ctrl-C.

set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MODULE_DIR=$(cd "$BENCH_DIR/../.." && pwd)
PROJECT_DIR=$(cd "$MODULE_DIR/.." && pwd)
WLP="$MODULE_DIR/target/liberty/wlp"
SERVER=openxeco
SERVER_DIR="${WLP_USER_DIR:-$WLP/usr}/servers/$SERVER"

BUILD=false
STARTS=3
WARMUP=10
DURATION=20
QUIET=10
CLIENTS=8
LOADGEN=auto
PORT=9580
KEEP=false
MODE=full
DATA_DIR_ARG=""
OUTPUT_DIR_ARG=""

usage() {
    sed -n '2,/^$/p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

if [[ ${1:-} == start-to-ready ]]; then
    MODE=start-to-ready
    shift
fi
while [[ $# -gt 0 ]]; do
    case "$1" in
        --build) BUILD=true ;;
        --starts) STARTS=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --duration) DURATION=$2; shift ;;
        --quiet) QUIET=$2; shift ;;
        --clients) CLIENTS=$2; shift ;;
        --loadgen) LOADGEN=$2; shift ;;
        --port) PORT=$2; shift ;;
        --keep) KEEP=true ;;
        --data-dir) DATA_DIR_ARG=$2; shift ;;
        --output-dir) OUTPUT_DIR_ARG=$2; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "Unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

BASE_URL="http://127.0.0.1:$PORT"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_ns() { date +%s%N; }
# seconds between two nanosecond stamps, 2 decimals
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }

for tool in curl java awk; do
    command -v "$tool" >/dev/null || die "$tool is needed"
done

# ---------------------------------------------------------------------------------------
# Server control. WLP_OUTPUT_DIR puts logs, work area and pid file in the temporary folder,
# so the built server folder is left as it is.

WORK=""
SERVER_UP=false
LOADGEN_PID=""

server_env() {
    export WLP_OUTPUT_DIR="$1" OPENXECO_DATA_DIR="$2"
    export OPENXECO_DB=h2 OPENXECO_HTTP_PORT="$PORT" OPENXECO_HTTPS_PORT=$((PORT + 1))
    export OPENXECO_NODE_BASE_URL="$BASE_URL" OPENXECO_ADMIN_USERNAME=admin
    export OPENXECO_ADMIN_PASSWORD="$ADMIN_PASSWORD"
}

server_pid() {
    local file="$WLP_OUTPUT_DIR/.pid/$SERVER.pid"
    [[ -s $file ]] && cat "$file"
}

http_code() {
    curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$BASE_URL$1" 2>/dev/null || true
}

# Launches `server start` in the background and waits until PATH answers 200; sets T_LAUNCH
# to the nanosecond stamp taken just before the launch and T_READY to the first 200.
T_LAUNCH=0
T_READY=0
start_and_wait() {
    local path=$1 timeout=${2:-600} started code deadline
    [[ $(http_code /api/ping) == 000 ]] || die "something already answers on port $PORT"
    started=$(now_ns)
    "$WLP/bin/server" start "$SERVER" >>"$WLP_OUTPUT_DIR/server-command.log" 2>&1 &
    local launcher=$!
    SERVER_UP=true
    deadline=$((started + timeout * 1000000000))
    while :; do
        code=$(http_code "$path")
        [[ $code == 200 ]] && break
        (( $(now_ns) < deadline )) || die "$path did not answer 200 within $timeout s"
        sleep 0.1
    done
    T_READY=$(now_ns)
    T_LAUNCH=$started
    wait "$launcher" || die "server start failed (see $WLP_OUTPUT_DIR/server-command.log)"
}

stop_server() {
    [[ $SERVER_UP == true ]] || return 0
    local pid
    pid=$(server_pid || true)
    "$WLP/bin/server" stop "$SERVER" >>"$WLP_OUTPUT_DIR/server-command.log" 2>&1 || true
    if [[ -n $pid ]]; then
        for _ in $(seq 1 300); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            log "server $pid did not stop; killing it"
            kill -9 "$pid" 2>/dev/null || true
        fi
    fi
    SERVER_UP=false
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [[ -n $LOADGEN_PID ]] && kill -0 "$LOADGEN_PID" 2>/dev/null; then
        kill "$LOADGEN_PID" 2>/dev/null || true
    fi
    stop_server
    if [[ -n $WORK ]]; then
        if [[ $KEEP == true ]]; then
            log "kept $WORK (data: $WORK/data, logs: $WORK/out/$SERVER/logs)"
        else
            rm -rf "$WORK"
        fi
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ADMIN_PASSWORD="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"

[[ -x $WLP/bin/server || $BUILD == true || $MODE != full ]] || {
    log "no server under $WLP: building"
    BUILD=true
}
[[ -d $SERVER_DIR/apps || $BUILD == true ]] || die "no server $SERVER under $WLP (run with --build)"

# ---------------------------------------------------------------------------------------
# start-to-ready: one cycle on an existing database, for outside timers.

if [[ $MODE == start-to-ready ]]; then
    [[ -n $DATA_DIR_ARG && -d $DATA_DIR_ARG ]] || die "--data-dir DIR with an existing database"
    if [[ -z $OUTPUT_DIR_ARG ]]; then
        WORK=$(mktemp -d "${TMPDIR:-/tmp}/openxeco-bench.XXXXXX")
        OUTPUT_DIR_ARG="$WORK/out"
    fi
    mkdir -p "$OUTPUT_DIR_ARG"
    server_env "$OUTPUT_DIR_ARG" "$DATA_DIR_ARG"
    start_and_wait /health/ready 300
    secs "$T_LAUNCH" "$T_READY"
    echo
    exit 0
fi

# ---------------------------------------------------------------------------------------
# Build (only when asked or when there is no server yet).

if [[ $BUILD == true ]]; then
    log "building: mvn -B -ntp ${BENCH_MAVEN_ARGS:-} install -DskipTests -DskipITs"
    # shellcheck disable=SC2086
    (cd "$PROJECT_DIR" && mvn -B -ntp ${BENCH_MAVEN_ARGS:-} install -DskipTests -DskipITs) \
        >"${TMPDIR:-/tmp}/openxeco-bench-build.log" 2>&1 \
        || die "build failed, see ${TMPDIR:-/tmp}/openxeco-bench-build.log"
fi
[[ -f $SERVER_DIR/apps/$SERVER.ear ]] || die "no application in $SERVER_DIR/apps"

case "$LOADGEN" in
    auto) if command -v wrk >/dev/null; then LOADGEN=wrk; else LOADGEN=java; fi ;;
    wrk) command -v wrk >/dev/null || die "wrk is not installed (apt-get install wrk)" ;;
    java) ;;
    *) die "--loadgen wrk|java|auto" ;;
esac

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/openxeco-bench.XXXXXX")
mkdir -p "$WORK/out" "$WORK/data"
server_env "$WORK/out" "$WORK/data"
MESSAGES="$WORK/out/$SERVER/logs/messages.log"

JVM_OPTIONS=$(grep -v '^\s*#' "$SERVER_DIR/jvm.options" 2>/dev/null | tr '\n' ' ' | sed 's/ *$//')
JAVA_VERSION=$(java -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/')
if [[ $LOADGEN == wrk ]]; then
    LOADGEN_NAME="wrk $( (wrk -v 2>&1 || true) | awk 'NR == 1 {print $2}'), 2 threads, $CLIENTS connections"
else
    LOADGEN_NAME="LoadGen.java, $CLIENTS client threads"
fi
log "temporary folder $WORK; node on $BASE_URL; load generator: $LOADGEN_NAME"

# ---------------------------------------------------------------------------------------
# 1. Demo-data load on an empty database.

log "1/5 first start on an empty database (taxonomies and demo data load in the background)"
start_and_wait /health/started 900
LOAD_WALL=$(secs "$T_LAUNCH" "$T_READY")
LOADER_LINE=$(grep -h 'Demo data: ' "$MESSAGES" | tail -1 | sed 's/.*\(Demo data: \)/\1/' || true)
[[ -n $LOADER_LINE ]] || die "no 'Demo data:' line in $MESSAGES"
log "loader: $LOADER_LINE"
LOADER_MS=$(sed -n 's/.* in \([0-9]*\) ms.*/\1/p' <<<"$LOADER_LINE")
LOADER_RATE=$(sed -n 's/.*ms (\([0-9.]*\) objects\/s).*/\1/p' <<<"$LOADER_LINE")
ENTITIES=$(sed -n 's/.*Demo data: \([0-9]*\) entities.*/\1/p' <<<"$LOADER_LINE")
EVENTS=$(sed -n 's/.* and \([0-9]*\) events created.*/\1/p' <<<"$LOADER_LINE")
# The loader's rate also counts the taxonomy values it installed; its report (admin) says how many.
REPORT=$(curl -s --max-time 10 -u "admin:$ADMIN_PASSWORD" "$BASE_URL/api/admin/demo-data" || true)
TAXONOMY_VALUES=$(grep -o '"added":[0-9]*' <<<"$REPORT" | cut -d: -f2 | awk '{s += $1} END {print s + 0}')
OBJECTS=$((ENTITIES + EVENTS + TAXONOMY_VALUES))
WALL_RATE=$(awk -v n="$OBJECTS" -v s="$LOAD_WALL" 'BEGIN { printf "%.0f", n / s }')
log "first start to started UP: $LOAD_WALL s for $OBJECTS objects"
stop_server

# ---------------------------------------------------------------------------------------
# 2. Cold starts on the existing database; the last one stays up for the load.

START_TIMES=()
for i in $(seq 1 "$STARTS"); do
    log "2/5 cold start $i of $STARTS"
    start_and_wait /health/ready 300
    START_TIMES+=("$(secs "$T_LAUNCH" "$T_READY")")
    log "ready after ${START_TIMES[-1]} s"
    [[ $i == "$STARTS" ]] || stop_server
done
read -r START_MIN START_MED START_MAX < <(printf '%s\n' "${START_TIMES[@]}" | sort -n | awk '
    { v[NR] = $1 }
    END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
          printf "%.2f %.2f %.2f\n", v[1], m, v[NR] }')
PID=$(server_pid) || die "no pid file"
[[ $(ps -o comm= -p "$PID") == java ]] || die "process $PID is not the server JVM"

# ---------------------------------------------------------------------------------------
# 3 and 4. Load: one generator run per endpoint; RESULT lines are read from its output.

ENDPOINTS=(/api/ping "/api/entities?size=20" "/api/articles?type=event&size=20")

RESULT_LINE=""
run_load() { # path warmup duration; sets RESULT_LINE
    local url="$BASE_URL$1" warm=$2 dur=$3 out="$WORK/load.out"
    [[ $(http_code "$1") == 200 ]] || die "GET $1 does not answer 200"
    if [[ $LOADGEN == wrk ]]; then
        if [[ $warm != 0 ]]; then
            wrk -t 2 -c "$CLIENTS" -d "${warm}s" --timeout 30s "$url" >/dev/null 2>&1 &
            LOADGEN_PID=$!; wait "$LOADGEN_PID"
        fi
        wrk -t 2 -c "$CLIENTS" -d "${dur}s" --timeout 30s -s "$BENCH_DIR/wrk-report.lua" \
            "$url" >"$out" 2>&1 &
    else
        # a few seconds of its own warm-up, so the generator's JVM is not measured cold
        (( warm >= 3 )) || warm=3
        java -Xmx256m -XX:+UseSerialGC "$BENCH_DIR/LoadGen.java" --url "$url" \
            --clients "$CLIENTS" --warmup "$warm" --duration "$dur" >"$out" 2>&1 &
    fi
    LOADGEN_PID=$!
    wait "$LOADGEN_PID" || die "load generator failed: $(tail -3 "$out")"
    LOADGEN_PID=""
    RESULT_LINE=$(grep '^RESULT ' "$out" | tail -1 || true)
    [[ -n $RESULT_LINE ]] || die "no result for $1: $(tail -3 "$out")"
}
# CPU time (user + system) the server JVM has used so far, in clock ticks
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
CLK_TCK=$(getconf CLK_TCK)
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<" $1"; }

log "3/5 warm-up: ${WARMUP} s per endpoint"
for path in "${ENDPOINTS[@]}"; do
    run_load "$path" 0 "$WARMUP"
done
log "quiet for $QUIET s, then reading VmRSS of pid $PID"
sleep "$QUIET"
IDLE_RSS_KB=$(awk '/^VmRSS:/ { print $2 }' "/proc/$PID/status")
IDLE_RSS_MB=$((IDLE_RSS_KB / 1024))

declare -A RPS P50 P99 MAXL ERR CPU
for path in "${ENDPOINTS[@]}"; do
    log "4/5 GET $path: $DURATION s at $CLIENTS clients"
    ticks=$(cpu_ticks)
    run_load "$path" 0 "$DURATION"
    line=$RESULT_LINE
    # server CPU per answered request: steadier than throughput on a shared machine
    CPU[$path]=$(awk -v t="$(( $(cpu_ticks) - ticks ))" -v hz="$CLK_TCK" \
        -v n="$(field "$line" requests)" 'BEGIN { printf "%.2f", n ? t * 1000 / hz / n : 0 }')
    RPS[$path]=$(field "$line" rps); P50[$path]=$(field "$line" p50_ms)
    P99[$path]=$(field "$line" p99_ms); MAXL[$path]=$(field "$line" max_ms)
    ERR[$path]=$(field "$line" errors)
    log "$line server_cpu_ms_per_request=${CPU[$path]}"
done
# ---------------------------------------------------------------------------------------
# 5. The admin portal's entities table: an administrator's session renders the first page
#    and a filtered page; each timed request is a full page render, read to the last byte.

portal_sign_in() { # prints the session cookie of a signed-in administrator
    local page cookie state nonce
    page=$(curl -s -D - "$BASE_URL/login.xhtml")
    cookie=$(sed -n 's/^Set-Cookie: JSESSIONID=\([^;]*\).*/\1/ip' <<<"$page" | tr -d '\r' | head -1)
    state=$(grep -o 'jakarta.faces.ViewState[^>]*value="[^"]*"' <<<"$page" | head -1 \
        | sed 's/.*value="//; s/"$//')
    nonce=$(grep -o "csp.init('[^']*" <<<"$page" | head -1 | sed "s/.*('//")
    curl -s -o /dev/null -D - -b "JSESSIONID=$cookie" \
        --data-urlencode "sign-in_SUBMIT=1" --data-urlencode "sign-in:username=admin" \
        --data-urlencode "sign-in:password=$ADMIN_PASSWORD" --data-urlencode "sign-in:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce" \
        "$BASE_URL/login.xhtml" | sed -n 's/^Set-Cookie: JSESSIONID=\([^;]*\).*/\1/ip' \
        | tr -d '\r' | head -1
}

time_page() { # path -> "median p95" in ms over PAGE_RUNS renders after PAGE_WARMUP
    local path=$1 i times
    for ((i = 0; i < PAGE_WARMUP; i++)); do
        curl -s -o /dev/null -b "JSESSIONID=$SESSION" "$BASE_URL$path"
    done
    times=$(for ((i = 0; i < PAGE_RUNS; i++)); do
        curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "JSESSIONID=$SESSION" \
            "$BASE_URL$path"
    done)
    grep -qv '^200 ' <<<"$times" && die "GET $path did not answer 200 in the admin session"
    awk '{ print $2 * 1000 }' <<<"$times" | sort -n | awk '{ v[NR] = $1 }
        END { printf "%.1f %.1f", v[int((NR + 1) / 2)], v[int(NR * 0.95 + 0.5)] }'
}

PAGE_WARMUP=20
PAGE_RUNS=50
SESSION=$(portal_sign_in)
[[ -n $SESSION ]] || die "could not sign in to the admin portal"
ENTITIES_FIRST=/admin/entities.xhtml
ENTITIES_FILTERED='/admin/entities.xhtml?q=universit&country=DE'
log "5/5 admin portal: $PAGE_RUNS renders of $ENTITIES_FIRST and $ENTITIES_FILTERED"
read -r FIRST_MED FIRST_P95 <<<"$(time_page "$ENTITIES_FIRST")"
read -r FILTERED_MED FILTERED_P95 <<<"$(time_page "$ENTITIES_FILTERED")"
FILTERED_ROWS=$(curl -s -b "JSESSIONID=$SESSION" "$BASE_URL$ENTITIES_FILTERED" \
    | grep -o 'data-ri="[0-9]*"' | wc -l)

LOADED_RSS_MB=$(( $(awk '/^VmRSS:/ { print $2 }' "/proc/$PID/status") / 1024 ))
PEAK_RSS_MB=$(( $(awk '/^VmHWM:/ { print $2 }' "/proc/$PID/status") / 1024 ))

# ---------------------------------------------------------------------------------------
# Table.

verdict() { awk "BEGIN { exit !($1) }" && echo PASS || echo MISS; }
NOOP=/api/ping
row() { printf '%-40s %-58s %-24s %s\n' "$@" | sed 's/ *$//'; }

echo
echo "openXeco benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')  $(nproc) cores, Java $JAVA_VERSION, H2"
echo "server config: $SERVER_DIR"
echo "jvm.options: $JVM_OPTIONS${JVM_ARGS:+  JVM_ARGS: $JVM_ARGS}"
echo "load: $LOADGEN_NAME; ${WARMUP} s warm-up per endpoint, ${DURATION} s measured per endpoint"
echo "machine load average before the run: $LOAD_BEFORE"
echo
row "figure" "value" "target" "verdict"
row "demo data: objects created" \
    "$OBJECTS ($ENTITIES entities, $EVENTS events, $TAXONOMY_VALUES taxonomy values)" "" ""
row "demo data: loader's own rate" "$LOADER_RATE objects/s (${LOADER_MS} ms)" "" ""
row "demo data: start -> /health/started UP" "$LOAD_WALL s wall = $WALL_RATE objects/s" "" ""
row "cold start -> /health/ready (runs: $STARTS)" \
    "min $START_MIN / median $START_MED / max $START_MAX s" "median < 20 s" \
    "$(verdict "$START_MED < 20")"
row "idle RSS (warm-up + ${QUIET} s quiet)" \
    "$IDLE_RSS_MB MB (after load $LOADED_RSS_MB, peak $PEAK_RSS_MB)" "< 450 MB" \
    "$(verdict "$IDLE_RSS_MB < 450")"
row "admin entities table, first page" "median $FIRST_MED / p95 $FIRST_P95 ms per render" \
    "< 150 ms" "$(verdict "$FIRST_MED < 150")"
row "admin entities table, filtered page" \
    "median $FILTERED_MED / p95 $FILTERED_P95 ms ($FILTERED_ROWS rows)" "< 150 ms" \
    "$(verdict "$FILTERED_MED < 150")"
for path in "${ENDPOINTS[@]}"; do
    value=$(printf '%7.1f req/s  p50 %6.2f  p99 %6.2f ms  cpu %5.2f ms/req' "${RPS[$path]}" \
        "${P50[$path]}" "${P99[$path]}" "${CPU[$path]}")
    [[ ${ERR[$path]} == 0 ]] || value="$value  ${ERR[$path]} errors"
    if [[ $path == "$NOOP" ]]; then
        row "GET $path (no-op)" "$value" "" ""
    else
        ratio=$(awk -v a="${RPS[$path]}" -v b="${RPS[$NOOP]}" 'BEGIN { printf "%.3f", a / b }')
        row "GET $path" "$value" ">= 0.5 x no-op, p99<50" \
            "$(verdict "$ratio >= 0.5 && ${P99[$path]} < 50 && ${ERR[$path]} == 0")"
        row "  ratio to no-op throughput" "$ratio" "" ""
    fi
done
