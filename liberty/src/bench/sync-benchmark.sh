#!/usr/bin/env bash
# openXeco sync benchmark: starts two nodes of the built server on H2, each in its own
# temporary folder, and prints
#
#   1. the full import: the target node T handshakes with the source node S (which loaded
#      the demo data at its first start: about 10k entities, 6.8k events and the bundled
#      taxonomies), follows everything S shares and syncs once; the run's created count,
#      its duration (the run log's durationMillis, and the wall time from the start request
#      until the run log shows the run over) and the objects per second;
#   2. the incremental sync: after 1 % of S's shared entities and events changed through
#      S's API (a changed description or summary), T syncs again; its duration, updated
#      count and its time as a share of the full import's;
#   3. the idle sync: T syncs once more with nothing changed (the fixed cost of a run);
#
# and a table with PASS / MISS against the targets: full import >= 2,000 objects/s,
# incremental sync <= 3 % of the full import's time. The CPU figures of the warm-up, full and
# incremental runs include how busy the machine's cores were and what the rest of the
# machine (the benchmark's driver, the kernel, other processes) took. It also compares what
# T holds after the syncs with what S shares, and lists the WARNING and SEVERE lines of
# org.openxeco in both nodes' logs.
#
# Usage (from anywhere):
#   liberty/src/bench/sync-benchmark.sh [options]
#
#   --build             build the project first (mvn install -DskipTests -DskipITs); without
#                       it nothing is built, unless liberty/target/liberty/wlp is missing
#   --source-port P     HTTP port of the source node S (default 9590; HTTPS uses P+1)
#   --target-port P     HTTP port of the target node T (default 9592; HTTPS uses P+1)
#   --change-percent N  share of S's entities and events changed before the incremental
#                       sync (default 1)
#   --warm-up           import everything once, sync a few changes (50 entities, 30 events)
#                       and delete the copies again before the measured full import, so
#                       that it and the incremental sync run on servers whose code was used
#                       (and compiled by the JIT) once already, as on a node that has been
#                       up for a while; without it the import runs right after start
#   --repeat N          run the full import and the incremental sync N times (default 1),
#                       removing S with its copies between two rounds, and judge their
#                       medians: a single run varies by 5 to 10 % on a small machine
#   --no-idle           skip the idle sync
#   --no-removal        skip removing S from T (copies kept, re-linked, then deleted)
#   --profile           record both JVMs with JDK Flight Recorder (profile settings) while
#                       the syncs run, into S.jfr and T.jfr in the temporary folder (implies
#                       --keep); read them with `jfr print --events jdk.ExecutionSample`
#   --target-db DB      database of the target node T: h2 (default) or postgresql, the
#                       production database: then T keeps its tables in a schema of its own
#                       (openxeco_sync_bench_t, made empty first and dropped at the end) in
#                       the database that BENCH_PG_URL names (default
#                       jdbc:postgresql://127.0.0.1:5432/test, user BENCH_PG_USER, default
#                       postgres), and the table adds the PostgreSQL server's CPU time
#   --run-limit S       give up when one sync run takes longer (default 3600)
#   --keep              keep the temporary folder (logs, databases) and print its path
#   -h, --help          this text
#
# Environment: BENCH_MAVEN_ARGS adds arguments to the Maven build (for example
# -Dmaven.repo.local=...); JVM_ARGS, if set, is passed to both server JVMs by Liberty on top
# of jvm.options; WLP_USER_DIR, if set, runs the server configuration found there instead of
# the built one (a copy of liberty/target/liberty/wlp/usr with an edited server.xml,
# jvm.options or db-h2.xml).
#
# Needs: java 17+ (SyncBench.java beside this script runs with `java SyncBench.java`),
# curl, and jcmd for --profile. Both nodes listen on 127.0.0.1 only and call only each other;
# all traffic stays on this machine. Their output (logs, work area) and databases live in
# a temporary folder that is removed on exit; the servers are stopped on exit, also after
# an error or Ctrl-C.

set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
MODULE_DIR=$(cd "$BENCH_DIR/../.." && pwd)
PROJECT_DIR=$(cd "$MODULE_DIR/.." && pwd)
WLP="$MODULE_DIR/target/liberty/wlp"
SERVER=openxeco
USER_DIR="${WLP_USER_DIR:-$WLP/usr}"
SERVER_DIR="$USER_DIR/servers/$SERVER"

BUILD=false
SOURCE_PORT=9590
TARGET_PORT=9592
CHANGE_PERCENT=1
IDLE=true
WARM_UP=false
REPEAT=1
REMOVAL=true
PROFILE=false
RUN_LIMIT=3600
KEEP=false
TARGET_DB=h2
PG_URL="${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
PG_USER="${BENCH_PG_USER:-postgres}"
PG_SCHEMA=openxeco_sync_bench_t

usage() {
    sed -n '2,/^$/p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --build) BUILD=true ;;
        --source-port) SOURCE_PORT=$2; shift ;;
        --target-port) TARGET_PORT=$2; shift ;;
        --change-percent) CHANGE_PERCENT=$2; shift ;;
        --no-idle) IDLE=false ;;
        --warm-up) WARM_UP=true ;;
        --repeat) REPEAT=${2:?--repeat needs a number}; shift
            [[ $REPEAT =~ ^[1-9][0-9]*$ ]] || { echo "--repeat needs a number, 1 or more" >&2; exit 2; } ;;
        --no-removal) REMOVAL=false ;;
        --profile) PROFILE=true; KEEP=true ;;
        --run-limit) RUN_LIMIT=$2; shift ;;
        --target-db) TARGET_DB=$2; shift ;;
        --keep) KEEP=true ;;
        -h|--help) usage; exit 0 ;;
        *) echo "Unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

log() { printf '[sync-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_ns() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }

for tool in curl java awk; do
    command -v "$tool" >/dev/null || die "$tool is needed"
done
[[ $PROFILE == false ]] || command -v jcmd >/dev/null || die "jcmd is needed for --profile"
case $TARGET_DB in
    h2) ;;
    postgresql) command -v psql >/dev/null || die "psql is needed for --target-db postgresql" ;;
    *) die "--target-db is h2 or postgresql, not $TARGET_DB" ;;
esac

# ---------------------------------------------------------------------------------------
# Server control. Each node runs a copy of the server configuration (Liberty expands the
# application inside the configuration's folder, so two servers starting from one folder
# break each other's start), with its own output folder (logs, work area, pid file) and
# data folder.

WORK=""
UP_NODES=()
BENCH_PID=""

node_env() { # name port: exports the environment of that node's server
    local name=$1 port=$2
    export WLP_USER_DIR="$WORK/$name/usr" WLP_OUTPUT_DIR="$WORK/$name/out"
    export OPENXECO_DATA_DIR="$WORK/$name/data"
    export OPENXECO_DB=h2 OPENXECO_HTTP_PORT="$port" OPENXECO_HTTPS_PORT=$((port + 1))
    export OPENXECO_NODE_BASE_URL="http://localhost:$port" OPENXECO_ADMIN_USERNAME=admin
    export OPENXECO_ADMIN_PASSWORD="$ADMIN_PASSWORD" OPENXECO_NODE_NAME="Sync bench $name"
    export OPENXECO_NETWORK_ALLOW_LOOPBACK=true OPENXECO_SYNC_INTERVAL=PT0S
}

node_pid() { # name
    local file="$WORK/$1/out/.pid/$SERVER.pid"
    [[ -s $file ]] && cat "$file"
}

http_code() {
    curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$1" 2>/dev/null || true
}

start_node() { # name port [extra VAR=value ...]: launches `server start`, does not wait
    local name=$1 port=$2
    shift 2
    [[ $(http_code "http://127.0.0.1:$port/api/ping") == 000 ]] \
        || die "something already answers on port $port"
    mkdir -p "$WORK/$name/out" "$WORK/$name/data"
    cp -r "$USER_DIR" "$WORK/$name/usr"
    rm -rf "$WORK/$name/usr/servers/$SERVER/apps/expanded" \
        "$WORK/$name/usr/servers/$SERVER/workarea"
    (
        node_env "$name" "$port"
        [[ $# -eq 0 ]] || export "$@"
        exec "$WLP/bin/server" start "$SERVER" >>"$WLP_OUTPUT_DIR/server-command.log" 2>&1
    ) &
    UP_NODES+=("$name")
}

await_started() { # name port timeout
    local name=$1 port=$2 timeout=$3 deadline
    deadline=$(( $(now_ns) + timeout * 1000000000 ))
    until [[ $(http_code "http://127.0.0.1:$port/health/started") == 200 ]]; do
        (( $(now_ns) < deadline )) || die "$name did not start within $timeout s"
        sleep 0.5
    done
}

stop_node() { # name
    local name=$1 pid
    pid=$(node_pid "$name" || true)
    (
        export WLP_USER_DIR="$WORK/$name/usr" WLP_OUTPUT_DIR="$WORK/$name/out"
        "$WLP/bin/server" stop "$SERVER" >>"$WLP_OUTPUT_DIR/server-command.log" 2>&1 || true
    )
    if [[ -n $pid ]]; then
        for _ in $(seq 1 300); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            log "server $name ($pid) did not stop; killing it"
            kill -9 "$pid" 2>/dev/null || true
        fi
    fi
}

# psql on the database of BENCH_PG_URL (host, port and database read from the JDBC URL).
pg() {
    local rest=${PG_URL#jdbc:postgresql://} hostport db
    hostport=${rest%%/*}
    db=${rest#*/}
    db=${db%%\?*}
    psql -q -v ON_ERROR_STOP=1 -h "${hostport%%:*}" -p "${hostport##*:}" -U "$PG_USER" -d "$db" "$@"
}

cleanup() {
    local status=$? name
    trap - EXIT INT TERM
    if [[ -n $BENCH_PID ]] && kill -0 "$BENCH_PID" 2>/dev/null; then
        kill "$BENCH_PID" 2>/dev/null || true
    fi
    for name in "${UP_NODES[@]}"; do
        stop_node "$name"
    done
    if [[ $TARGET_DB == postgresql && $KEEP == false ]]; then
        pg -c "drop schema if exists $PG_SCHEMA cascade" >/dev/null 2>&1 || true
    fi
    if [[ -n $WORK ]]; then
        if [[ $KEEP == true ]]; then
            log "kept $WORK (logs: $WORK/{S,T}/out/$SERVER/logs)"
        else
            rm -rf "$WORK"
        fi
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ADMIN_PASSWORD="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"

# ---------------------------------------------------------------------------------------
# Build (only when asked or when there is no server yet).

[[ -x $WLP/bin/server ]] || { log "no server under $WLP: building"; BUILD=true; }
if [[ $BUILD == true ]]; then
    log "building: mvn -B -ntp ${BENCH_MAVEN_ARGS:-} install -DskipTests -DskipITs"
    # shellcheck disable=SC2086
    (cd "$PROJECT_DIR" && mvn -B -ntp ${BENCH_MAVEN_ARGS:-} install -DskipTests -DskipITs) \
        >"${TMPDIR:-/tmp}/openxeco-sync-bench-build.log" 2>&1 \
        || die "build failed, see ${TMPDIR:-/tmp}/openxeco-sync-bench-build.log"
fi
[[ -f $SERVER_DIR/apps/$SERVER.ear ]] || die "no application in $SERVER_DIR/apps"

# ---------------------------------------------------------------------------------------
# 1. Both nodes: S loads the demo data at its first start, T starts empty.

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/openxeco-sync-bench.XXXXXX")
SOURCE_URL="http://localhost:$SOURCE_PORT"
TARGET_URL="http://localhost:$TARGET_PORT"
log "temporary folder $WORK; S on $SOURCE_URL, T on $TARGET_URL"

T0=$(now_ns)
start_node S "$SOURCE_PORT"
if [[ $TARGET_DB == postgresql ]]; then
    pg -c "drop schema if exists $PG_SCHEMA cascade" -c "create schema $PG_SCHEMA" \
        || die "could not prepare the schema $PG_SCHEMA"
    start_node T "$TARGET_PORT" OPENXECO_DEMO_DATA_ENABLED=false OPENXECO_DB=postgresql \
        "OPENXECO_DB_URL=$PG_URL$([[ $PG_URL == *\?* ]] && echo '&' || echo '?')currentSchema=$PG_SCHEMA" \
        "OPENXECO_DB_USER=$PG_USER" OPENXECO_DB_PASSWORD=
else
    start_node T "$TARGET_PORT" OPENXECO_DEMO_DATA_ENABLED=false
fi
await_started T "$TARGET_PORT" 300
log "T is up after $(secs "$T0" "$(now_ns)") s; waiting for S to load the demo data"
await_started S "$SOURCE_PORT" 900
log "S is up after $(secs "$T0" "$(now_ns)") s"
S_PID=$(node_pid S) || die "no pid file of S"
T_PID=$(node_pid T) || die "no pid file of T"
S_MESSAGES="$WORK/S/out/$SERVER/logs/messages.log"
T_MESSAGES="$WORK/T/out/$SERVER/logs/messages.log"
LOADER_LINE=$(grep -h 'Demo data: ' "$S_MESSAGES" | tail -1 | sed 's/.*\(Demo data: \)/\1/' || true)
[[ -n $LOADER_LINE ]] && log "S: $LOADER_LINE"

# ---------------------------------------------------------------------------------------
# 2. The syncs, driven by SyncBench.java; its RUN lines carry the figures.

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
CLK_TCK=$(getconf CLK_TCK)
S_TICKS=$(cpu_ticks "$S_PID")
T_TICKS=$(cpu_ticks "$T_PID")
OUT="$WORK/sync-bench.out"
if [[ $PROFILE == true ]]; then
    for name in S T; do
        pid=$(node_pid "$name")
        # Deep stacks: the application's frames lie under many of the server's.
        jcmd "$pid" JFR.configure stackdepth=512 >/dev/null || true
        jcmd "$pid" JFR.start name=sync-bench settings=profile filename="$WORK/$name.jfr" \
            >/dev/null || die "could not start a recording in $name ($pid)"
    done
fi
BENCH_DB_CPU=$([[ $TARGET_DB == postgresql ]] && echo postgres) \
    BENCH_PIDS="$S_PID $T_PID" BENCH_ADMIN_PASSWORD="$ADMIN_PASSWORD" java -Xmx256m "$BENCH_DIR/SyncBench.java" \
    --source "$SOURCE_URL" --target "$TARGET_URL" --change-percent "$CHANGE_PERCENT" \
    --idle "$IDLE" --warm-up "$WARM_UP" --removal "$REMOVAL" --repeat "$REPEAT" \
    --run-limit "$RUN_LIMIT" >"$OUT" &
BENCH_PID=$!
wait "$BENCH_PID" || die "SyncBench failed: $(tail -3 "$OUT")"
BENCH_PID=""
if [[ $PROFILE == true ]]; then
    jcmd "$S_PID" JFR.stop name=sync-bench >/dev/null
    jcmd "$T_PID" JFR.stop name=sync-bench >/dev/null
    log "recordings: $WORK/S.jfr, $WORK/T.jfr"
fi
S_CPU=$(awk -v t="$(( $(cpu_ticks "$S_PID") - S_TICKS ))" -v hz="$CLK_TCK" \
    'BEGIN { printf "%.1f", t / hz }')
T_CPU=$(awk -v t="$(( $(cpu_ticks "$T_PID") - T_TICKS ))" -v hz="$CLK_TCK" \
    'BEGIN { printf "%.1f", t / hz }')

cpu_of() { awk -v ms="$(field "$1" "cpu_$2_ms")" 'BEGIN { printf "%.1f", ms / 1000 }'; }
cpu_text() { # RUN line: the CPU times of S, T (of which T's collector), with PostgreSQL
    # the database server, and how busy the machine's cores were (all processes) with
    # what the rest of the machine took (this benchmark's driver, the kernel, other
    # processes): both nodes share the cores, so a run that finds them all busy is bound
    # by CPU, and other work during it slows it down
    printf 'S %s s, T %s s' "$(cpu_of "$1" s)" "$(cpu_of "$1" t)"
    [[ -z $(field "$1" cpu_t_gc_ms) ]] || printf ' (collector %s s)' "$(cpu_of "$1" t_gc)"
    [[ -z $(field "$1" cpu_db_ms) ]] || printf ', PostgreSQL %s s' "$(cpu_of "$1" db)"
    [[ -z $(field "$1" cpu_all_ms) ]] || printf '; cores %s %% busy, rest of the machine %s s' \
        "$(field "$1" busy_pct)" "$(awk -v a="$(field "$1" cpu_all_ms)" \
        -v s="$(field "$1" cpu_s_ms)" -v t="$(field "$1" cpu_t_ms)" \
        -v d="$(field "$1" cpu_db_ms)" 'BEGIN { o = (a - s - t - d) / 1000;
            printf "%.1f", o < 0 ? 0 : o }')"
}
line() { grep "^$1 $2 \|^$1 $2\$" "$OUT" | tail -1 || true; }
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<" $1"; }
median_run() { # the RUN line of the named runs with the median duration (the lower of two)
    local lines
    lines=$(grep "^RUN $1 " "$OUT" || true)
    [[ -n $lines ]] || return 0
    while read -r l; do echo "$(field "$l" duration_ms) $l"; done <<<"$lines" \
        | sort -n | sed -n "$(( ($(wc -l <<<"$lines") + 1) / 2 ))p" | cut -d' ' -f2-
}
durations() { # the durations of the named runs, in the order they ran
    grep "^RUN $1 " "$OUT" | while read -r l; do field "$l" duration_ms; done \
        | paste -sd, - | sed 's/,/, /g'
}
SHARED=$(grep '^SHARED ' "$OUT" || true)
CHANGED_LINES=$(grep '^CHANGED ' "$OUT" || true)
TARGET=$(grep '^TARGET ' "$OUT" || true)
FULL=$(median_run full)
INCR=$(median_run incremental)
# What was changed on S before the incremental run shown: the same round's line.
INCR_ROUND=$(grep '^RUN incremental ' "$OUT" | grep -nxF -- "$INCR" | head -1 | cut -d: -f1 || true)
CHANGED=$(sed -n "${INCR_ROUND:-1}p" <<<"$CHANGED_LINES")
IDLE_RUN=$(line RUN idle)
[[ -n $FULL && -n $INCR ]] || die "no figures from SyncBench: $(tail -3 "$OUT")"

# ---------------------------------------------------------------------------------------
# 3. Warnings in the nodes' logs.

warnings() { # messages.log: the WARNING and SEVERE lines of org.openxeco classes
    grep -h ' org\.openxeco\.[A-Za-z0-9_.$]* *[WE] ' "$1" 2>/dev/null || true
}
S_WARNINGS=$(warnings "$S_MESSAGES")
T_WARNINGS=$(warnings "$T_MESSAGES")
count_lines() { [[ -z $1 ]] && echo 0 || wc -l <<<"$1"; }

# ---------------------------------------------------------------------------------------
# Table.

verdict() { awk "BEGIN { exit !($1) }" && echo PASS || echo MISS; }
row() { printf '%-36s %-66s %-18s %s\n' "$@" | sed 's/ *$//'; }
rate() { awk -v n="$1" -v ms="$2" 'BEGIN { printf "%.0f", (ms > 0 ? n * 1000 / ms : 0) }'; }
run_value() { # RUN line
    printf '%s: %s created, %s updated, %s unchanged, %s errors; %s ms (wall %s ms)' \
        "$(field "$1" state)" "$(field "$1" created)" "$(field "$1" updated)" \
        "$(field "$1" unchanged)" "$(field "$1" errors)" "$(field "$1" duration_ms)" \
        "$(field "$1" wall_ms)"
}

FULL_MS=$(field "$FULL" duration_ms)
FULL_WALL=$(field "$FULL" wall_ms)
FULL_OBJECTS=$(( $(field "$FULL" created) + $(field "$FULL" updated) ))
FULL_RATE=$(rate "$FULL_OBJECTS" "$FULL_MS")
FULL_WALL_RATE=$(rate "$FULL_OBJECTS" "$FULL_WALL")
INCR_MS=$(field "$INCR" duration_ms)
RATIO=$(awk -v a="$INCR_MS" -v b="$FULL_MS" \
    'BEGIN { printf "%.2f", (b > 0 ? a * 100 / b : 0) }')
RATIO_WALL=$(awk -v a="$(field "$INCR" wall_ms)" -v b="$FULL_WALL" \
    'BEGIN { printf "%.2f", (b > 0 ? a * 100 / b : 0) }')
SHARED_OBJECTS=$(( $(field "$SHARED" entities) + $(field "$SHARED" events) ))
SHARED_TEXT="$SHARED_OBJECTS: $(field "$SHARED" entities) entities, $(field "$SHARED" events)\
 events ($(field "$SHARED" articles) articles of all types), $(field "$SHARED" schemes) taxonomies"
TARGET_TEXT="$(field "$TARGET" entities) entities, $(field "$TARGET" events) events,\
 $(field "$TARGET" schemes) taxonomies"
CHANGED_OBJECTS=$(( $(field "$CHANGED" entities) + $(field "$CHANGED" events) ))
CHANGED_TEXT="$(field "$CHANGED" entities) entities, $(field "$CHANGED" events) events\
 ($(field "$CHANGED" failed) refused)"
JAVA_VERSION=$(java -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/')
JVM_OPTIONS=$(grep -v '^\s*#' "$SERVER_DIR/jvm.options" 2>/dev/null | tr '\n' ' ' \
    | sed 's/ *$//')

echo
echo "openXeco sync benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')  $(nproc) cores," \
    "Java $JAVA_VERSION; S on H2, T on $TARGET_DB"
echo "server config: $SERVER_DIR; S $SOURCE_URL, T $TARGET_URL, both on this machine"
echo "jvm.options: $JVM_OPTIONS${JVM_ARGS:+  JVM_ARGS: $JVM_ARGS}"
echo "machine load average before the run: $LOAD_BEFORE"
[[ -z $LOADER_LINE ]] || echo "S: $LOADER_LINE"
echo
row "figure" "value" "target" "verdict"
row "S shares (public)" "$SHARED_TEXT" "" ""
WARM_RUN=$(line RUN warm-up)
[[ -z $WARM_RUN ]] || row "warm-up import (copies deleted)" "$(run_value "$WARM_RUN");\
 CPU $(cpu_text "$WARM_RUN")" "" ""
WARM_UPDATE=$(line RUN warm-up-update)
[[ -z $WARM_UPDATE ]] || row "warm-up update sync" "$(run_value "$WARM_UPDATE");\
 CPU $(cpu_text "$WARM_UPDATE")" "" ""
if (( REPEAT > 1 )); then
    row "full import runs (ms, in order)" "$(durations full); the median run:" "" ""
fi
row "full import run" "$(run_value "$FULL")" "" ""
row "full import rate" "$FULL_RATE objects/s (wall: $FULL_WALL_RATE objects/s)" ">= 2,000/s" \
    "$(verdict "$FULL_RATE >= 2000 && $(field "$FULL" errors) == 0")"
row "full import CPU time" "$(cpu_text "$FULL")" "" ""
row "T holds after the syncs (public)" "$TARGET_TEXT" "" ""
row "changed on S" "$CHANGED_TEXT" "" ""
if (( REPEAT > 1 )); then
    row "incremental runs (ms, in order)" "$(durations incremental); the median run:" "" ""
fi
row "incremental sync run" "$(run_value "$INCR")" "" ""
row "incremental / full time" "$RATIO % (wall: $RATIO_WALL %)" "<= 3 %" \
    "$(verdict "$RATIO <= 3 && $(field "$INCR" updated) >= $CHANGED_OBJECTS")"
row "incremental CPU time" "$(cpu_text "$INCR")" "" ""
[[ -z $IDLE_RUN ]] || row "idle sync run (nothing changed)" "$(run_value "$IDLE_RUN")" "" ""
row "CPU time during the syncs" "S $S_CPU s, T $T_CPU s" "" ""
row "org.openxeco WARNING/SEVERE lines" \
    "S $(count_lines "$S_WARNINGS"), T $(count_lines "$T_WARNINGS")" "" ""
RELINKED=$(line RUN relinked)
[[ -z $RELINKED ]] || row "after removing S (copies kept) and adding it again" \
    "$(run_value "$RELINKED")" "" ""
grep '^REMOVED ' "$OUT" | sed 's/^REMOVED /peer removed: /' || true
grep '^WARMED ' "$OUT" | sed 's/^WARMED /warm-up copies removed: /' || true
grep '^REPEAT ' "$OUT" | sed 's/^REPEAT /copies removed between rounds: /' || true
grep '^MESSAGE ' "$OUT" | sed 's/^MESSAGE /run message, /' || true
if [[ -n $S_WARNINGS$T_WARNINGS ]]; then
    echo
    echo "first warnings (all in the nodes' messages.log):"
    { sed 's/^/  S /' <<<"$S_WARNINGS"; sed 's/^/  T /' <<<"$T_WARNINGS"; } \
        | grep -v '^  [ST] $' | cut -c1-200 | head -10
fi
