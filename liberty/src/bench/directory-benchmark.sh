#!/usr/bin/env bash
# openXeco directory benchmark: starts its own node with the demo data (about 10k entities,
# loaded at its first start) and prints, for a few addresses of the public directory, the
# time of a whole page as a new visitor gets it (min / median / max over several requests,
# each without a session cookie, after a warm-up) and the server's CPU time per request
# (from /proc/<pid>/stat), next to the no-op GET /api/ping, with PASS / MISS against the
# target: median render under 300 ms.
#
# Usage (from anywhere):
#   liberty/src/bench/directory-benchmark.sh [options]
#
#   --build             build the project first (mvn install -DskipTests -DskipITs); without
#                       it nothing is built, unless liberty/target/liberty/wlp is missing
#   --port P            HTTP port of the node (default 9596; HTTPS uses P+1)
#   --runs N            timed requests per address (default 9)
#   --warmup N          untimed requests per address first (default 3)
#   --db KIND           h2 (default; in the temporary folder) or postgresql
#   --pg-url URL        JDBC URL of the PostgreSQL database, without parameters (default
#                       jdbc:postgresql://127.0.0.1:5432/test); user postgres, trust
#   --pg-schema NAME    schema of the node in that database, dropped and created again
#                       before the start and dropped at the end (default openxeco_bench_dir)
#   --data-dir DIR      with h2: use (and keep) this data folder; a folder holding a database
#                       from an earlier run skips the demo-data load
#   --keep              keep the temporary folder (logs, database) and print its path
#   -h, --help          this text
#
# Environment: BENCH_MAVEN_ARGS adds arguments to the Maven build (for example
# -Dmaven.repo.local=...); JVM_ARGS, if set, is passed to the server JVM by Liberty on top of
# jvm.options; WLP_USER_DIR, if set, runs the server configuration found there instead of
# the built one (a copy of liberty/target/liberty/wlp/usr, for example one saved from an
# earlier build, to compare two versions of the application on the same data).
#
# Needs: curl, awk, and psql for --db postgresql. The node listens on 127.0.0.1 only; all
# traffic stays on this machine. The server is stopped on exit, also after an error or
# Ctrl-C.

set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MODULE_DIR=$(cd "$BENCH_DIR/../.." && pwd)
PROJECT_DIR=$(cd "$MODULE_DIR/.." && pwd)
WLP="$MODULE_DIR/target/liberty/wlp"
SERVER=openxeco
USER_DIR="${WLP_USER_DIR:-$WLP/usr}"

BUILD=false
PORT=9596
RUNS=9
WARMUP=3
DB=h2
PG_URL=jdbc:postgresql://127.0.0.1:5432/test
PG_SCHEMA=openxeco_bench_dir
DATA_DIR=""
KEEP=false

# The addresses timed: the first page, a far page, words (common, two, accented, none),
# facets alone and with words.
PATHS=(
    "/directory"
    "/directory?page=200"
    "/directory?q=university"
    "/directory?q=technical+university"
    "/directory?q=universit%C3%A9"
    "/directory?q=zzqqxx"
    "/directory?kind=ACADEMIC&country=DE"
    "/directory?tag=countries%3Acontinent-EU"
    "/directory?q=institute&tag=countries%3Acontinent-AS"
    "/directory?q=science&country=FR&page=2"
)
TARGET_MS=300

usage() {
    sed -n '2,/^$/p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --build) BUILD=true ;;
        --port) PORT=$2; shift ;;
        --runs) RUNS=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --db) DB=$2; shift ;;
        --pg-url) PG_URL=$2; shift ;;
        --pg-schema) PG_SCHEMA=$2; shift ;;
        --data-dir) DATA_DIR=$2; shift ;;
        --keep) KEEP=true ;;
        -h|--help) usage; exit 0 ;;
        *) echo "Unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
[[ $DB == h2 || $DB == postgresql ]] || { echo "--db is h2 or postgresql" >&2; exit 2; }
[[ $PG_SCHEMA =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "--pg-schema: lower case letters, digits, _" >&2; exit 2; }

log() { printf '[dir-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_ns() { date +%s%N; }

for tool in curl awk; do
    command -v "$tool" >/dev/null || die "$tool is needed"
done
[[ $DB == h2 ]] || command -v psql >/dev/null || die "psql is needed for --db postgresql"

WORK=""
STARTED=false

pg() { # sql: runs it on the benchmark's PostgreSQL database
    local host port database
    host=$(sed -E 's#^jdbc:postgresql://([^:/]+).*#\1#' <<<"$PG_URL")
    port=$(sed -nE 's#^jdbc:postgresql://[^:/]+:([0-9]+)/.*#\1#p' <<<"$PG_URL")
    database=${PG_URL##*/}
    psql -q -h "$host" -p "${port:-5432}" -U postgres -d "$database" -v ON_ERROR_STOP=1 \
        -c "$1" >/dev/null
}

server_env() {
    export WLP_USER_DIR="$WORK/usr" WLP_OUTPUT_DIR="$WORK/out"
    export OPENXECO_DB="$DB" OPENXECO_HTTP_PORT="$PORT" OPENXECO_HTTPS_PORT=$((PORT + 1))
    export OPENXECO_NODE_BASE_URL="http://localhost:$PORT" OPENXECO_ADMIN_USERNAME=admin
    export OPENXECO_ADMIN_PASSWORD="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
    export OPENXECO_SYNC_INTERVAL=PT0S OPENXECO_DATA_DIR="$DATA"
    if [[ $DB == postgresql ]]; then
        export OPENXECO_DB_URL="$PG_URL?currentSchema=$PG_SCHEMA" OPENXECO_DB_USER=postgres
        export OPENXECO_DB_PASSWORD=""
    fi
}

cleanup() {
    local status=$? pid=""
    trap - EXIT INT TERM
    if [[ $STARTED == true ]]; then
        [[ -s $WORK/out/.pid/$SERVER.pid ]] && pid=$(cat "$WORK/out/.pid/$SERVER.pid")
        (server_env; "$WLP/bin/server" stop "$SERVER" >>"$WORK/out/server-command.log" 2>&1) \
            || true
        if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
            sleep 5
            kill "$pid" 2>/dev/null || true
        fi
    fi
    [[ $DB == postgresql && $STARTED == true && $KEEP == false ]] \
        && pg "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE" || true
    if [[ -n $WORK ]]; then
        if [[ $KEEP == true ]]; then
            log "kept $WORK (logs: $WORK/out/$SERVER/logs)"
        else
            rm -rf "$WORK"
        fi
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

http_code() {
    curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$1" 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------
# Build and start.

[[ -x $WLP/bin/server ]] || { log "no server under $WLP: building"; BUILD=true; }
if [[ $BUILD == true ]]; then
    log "building: mvn -B -ntp ${BENCH_MAVEN_ARGS:-} install -DskipTests -DskipITs"
    # shellcheck disable=SC2086
    (cd "$PROJECT_DIR" && mvn -B -ntp ${BENCH_MAVEN_ARGS:-} install -DskipTests -DskipITs) \
        >"${TMPDIR:-/tmp}/openxeco-dir-bench-build.log" 2>&1 \
        || die "build failed, see ${TMPDIR:-/tmp}/openxeco-dir-bench-build.log"
fi
[[ -f $USER_DIR/servers/$SERVER/apps/$SERVER.ear ]] || die "no application in $USER_DIR"
[[ $(http_code "http://127.0.0.1:$PORT/api/ping") == 000 ]] \
    || die "something already answers on port $PORT"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/openxeco-dir-bench.XXXXXX")
DATA=${DATA_DIR:-$WORK/data}
mkdir -p "$WORK/out" "$DATA"
cp -r "$USER_DIR" "$WORK/usr"
rm -rf "$WORK/usr/servers/$SERVER/apps/expanded" "$WORK/usr/servers/$SERVER/workarea"
if [[ $DB == postgresql ]]; then
    pg "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE; CREATE SCHEMA $PG_SCHEMA"
fi
log "temporary folder $WORK; node on http://127.0.0.1:$PORT ($DB)"
T0=$(now_ns)
STARTED=true
(server_env; [[ -z ${JVM_ARGS:-} ]] || export JVM_ARGS
    "$WLP/bin/server" start "$SERVER" >>"$WORK/out/server-command.log" 2>&1) \
    || die "server start failed: $(tail -3 "$WORK/out/server-command.log")"
until [[ $(http_code "http://127.0.0.1:$PORT/health/started") == 200 ]]; do
    (( $(now_ns) - T0 < 900000000000 )) || die "no start within 900 s"
    sleep 1
done
PID=$(cat "$WORK/out/.pid/$SERVER.pid")
ENTITIES=$(curl -s "http://127.0.0.1:$PORT/api/entities?size=1" \
    | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
log "started with ${ENTITIES:-?} public entities after $(( ($(now_ns) - T0) / 1000000000 )) s"

# ---------------------------------------------------------------------------------------
# Timing: each request is a new visitor (no cookie); wall time as curl sees it.

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
CLK_TCK=$(getconf CLK_TCK)

measure() { # path: prints "min median max cpu_ms_per_request status"
    local url="http://127.0.0.1:$PORT$1" i times=() ticks status
    for ((i = 0; i < WARMUP; i++)); do
        curl -s -o /dev/null --max-time 60 "$url" || true
    done
    ticks=$(cpu_ticks)
    for ((i = 0; i < RUNS; i++)); do
        read -r status t < <(curl -s -o /dev/null --max-time 60 \
            -w '%{http_code} %{time_total}\n' "$url")
        times+=("$t")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk -v s="$status" \
        -v cpu="$(( $(cpu_ticks) - ticks ))" -v hz="$CLK_TCK" -v n="$RUNS" '
        { t[NR] = $1 * 1000 }
        END {
            m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
            printf "%.0f %.0f %.0f %.0f %s\n", t[1], m, t[NR], cpu * 1000 / hz / n, s
        }'
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo
echo "openXeco directory benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')  $(nproc) cores," \
    "$DB, ${ENTITIES:-?} public entities"
echo "server config: $USER_DIR; $RUNS timed requests per address after $WARMUP untimed"
echo "machine load average before the run: $LOAD_BEFORE"
echo
printf '%-56s %6s %6s %6s %8s %6s  %s\n' "address" "min" "median" "max" "cpu/req" "status" \
    "median < $TARGET_MS ms"
for path in "/api/ping" "${PATHS[@]}"; do
    read -r min median max cpu status < <(measure "$path")
    verdict=""
    [[ $path == /api/ping ]] || verdict=$(awk -v m="$median" -v t="$TARGET_MS" \
        'BEGIN { print (m < t ? "PASS" : "MISS") }')
    printf '%-56s %6s %6s %6s %8s %6s  %s\n' "$path" "$min" "$median" "$max" "$cpu" \
        "$status" "$verdict"
done
echo "(milliseconds; cpu/req: the server JVM's CPU time per timed request)"
