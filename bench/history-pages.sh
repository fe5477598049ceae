#!/usr/bin/env bash
# Benchmarks the team history, the comparison of two rounds, the heatmap and the organisation's view with a large
# generated history (200 teams × 20 quarterly rounds × 25 people × 50 questions = 5,000,000 answers) and a small one
# (50,000 answers),
# on H2 (file) and on PostgreSQL, at 1, 16 and 64 connections (one connection shows what a request costs without
# waiting for others). Not a test: run it by hand on a quiet machine.
#
#   bench/history-pages.sh                        # everything: both databases, both sizes (about 40 minutes)
#   DATABASES=h2 SIZES=2x20x25x50 bench/history-pages.sh   # one database, one size
#   DATABASES=h2 SIZES=200x20x25x50 PAGES=heatmap CONNECTIONS="1 16" bench/history-pages.sh   # one page
#   JAR=/tmp/before.jar DATABASES=h2 … bench/history-pages.sh   # another build, for a before/after
#
# Needs: Java 17+, wrk, curl; for PostgreSQL a local server (Debian: apt-get install -y postgresql, started here with
# pg_ctlcluster when it is not running; the script creates the role "bench" and one database per size).
# Generated data stays in $BENCH_WORK (default target/bench) and is reused by later runs.
# Results: a Markdown table on stdout and in $BENCH_WORK/results-<time>.md.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_WORK:-$ROOT/target/bench}
DATABASES=${DATABASES:-"h2 postgres"}
SIZES=${SIZES:-"200x20x25x50 2x20x25x50"}
CONNECTIONS=${CONNECTIONS:-"1 16 64"}
PAGES=${PAGES:-"history compare heatmap organisation"}
WARMUP=${WARMUP:-20s}
DURATION=${DURATION:-20s}
PORT=${PORT:-18080}
START_TIMEOUT=${START_TIMEOUT:-300} # seconds: a start on 5 M answers on a busy machine takes minutes
JAR=${JAR:-$ROOT/target/excellence-scorecard.jar}
ADMIN=bench-admin
PASSWORD=quiet-harbour-lantern-47 # a throwaway database on 127.0.0.1 only; never containing the username (refused)
PG_USER=bench
PG_PASSWORD=bench

mkdir -p "$WORK"
RESULTS=$WORK/results-$(date -u +%Y%m%dT%H%M%SZ).md
log() { echo "[bench] $*" >&2; }

need java wrk curl
if [ ! -f "$JAR" ]; then
    step "building $JAR"
    (cd "$ROOT" && ./mvnw -B -DskipTests package)
fi

as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$*"; else sudo -u postgres sh -c "$*"; fi; }

prepare_postgres() { # $1 = database name
    step "preparing PostgreSQL database $1"
    if ! pg_isready -q -h localhost; then
        local version
        version=$(ls /usr/lib/postgresql | sort -V | tail -1)
        step "starting PostgreSQL $version"
        if [ "$(id -u)" -eq 0 ]; then pg_ctlcluster "$version" main start; else sudo pg_ctlcluster "$version" main start; fi
        sleep 2
    fi
    as_postgres "psql -qtAc \"select 1 from pg_roles where rolname = '$PG_USER'\" | grep -q 1" ||
        as_postgres "psql -qc \"create role $PG_USER login password '$PG_PASSWORD'\""
    as_postgres "psql -qtAc \"select 1 from pg_database where datname = '$1'\" | grep -q 1" ||
        as_postgres "createdb -O $PG_USER $1"
}

app_args() { # $1 = database, $2 = size
    local name=${2//x/_}
    echo "--server.address=127.0.0.1 --scorecard.admin.username=$ADMIN --scorecard.admin.password=$PASSWORD"
    if [ "$1" = h2 ]; then
        echo "--spring.datasource.url=jdbc:h2:file:$WORK/h2-$name/scorecard"
    else
        echo "--spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://localhost:5432/bench_$name"
        echo "--spring.datasource.username=$PG_USER --spring.datasource.password=$PG_PASSWORD"
    fi
}

generate() { # $1 = database, $2 = size
    local marker=$WORK/$1-$2.generated
    [ -f "$marker" ] && return 0
    step "generating $2 on $1" "$WORK/$1-$2-generate.log"
    # shellcheck disable=SC2046
    java -jar "$JAR" $(app_args "$1" "$2") --server.port=0 --scorecard.generate="$2" >"$WORK/$1-$2-generate.log" 2>&1
    # a database that holds the history already (from another $BENCH_WORK) is taken as it is
    local said
    said=$(grep -o -e "Generated [0-9]* answers in .*" -e "Generated history exists already" "$WORK/$1-$2-generate.log") ||
        fail "the generator said neither that it generated the history nor that it was there"
    echo "$said" | tee "$marker" >&2
    if [ "$1" = postgres ]; then
        as_postgres "psql -q -d bench_${2//x/_} -c 'vacuum analyze'"
    fi
}

start_app() { # $1 = database, $2 = size
    step "starting the application on $1 with $2" "$WORK/$1-$2-serve.log"
    rm -rf "$WORK/tomcat" && mkdir -p "$WORK/tomcat/logs"
    # shellcheck disable=SC2046
    java -jar "$JAR" $(app_args "$1" "$2") --server.port="$PORT" \
        --server.tomcat.basedir="$WORK/tomcat" --server.tomcat.accesslog.enabled=true \
        --server.tomcat.accesslog.directory="$WORK/tomcat/logs" --server.tomcat.accesslog.rotate=false \
        --server.tomcat.accesslog.buffered=false --server.tomcat.accesslog.pattern='%U%q %s %D' \
        >"$WORK/$1-$2-serve.log" 2>&1 &
    APP=$!
    for _ in $(seq 1 "$START_TIMEOUT"); do
        curl -fs -o /dev/null "http://127.0.0.1:$PORT/login" && return 0
        kill -0 "$APP" 2>/dev/null || fail "the application stopped"
        sleep 1
    done
    fail "the application did not answer /login within $START_TIMEOUT s (START_TIMEOUT)"
}

APP=""
stop_app() {
    [ -n "$APP" ] || return 0
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
}
trap stop_app EXIT

sign_in() {
    step "signing in as $ADMIN"
    # the servlet container's session (H2) or Spring Session's (the postgres profile: sessions shared by instances)
    rm -f "$WORK/cookies"
    COOKIE=$(sign_in_as "http://127.0.0.1:$PORT" "$ADMIN" "$PASSWORD" "$WORK/cookies") ||
        fail "see above. If refused: a database generated before 2026-12-06 14:00 keeps that run's admin password" \
            "(bench-admin-password); drop it (dropdb bench_<size>, or rm -r $WORK/h2-<size>) with its marker" \
            "$WORK/<database>-<size>.generated"
}

fetch() { curl -fs -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT$1"; }

# The pages: the first generated team's history, its oldest round against its newest, the heatmap of all teams (with
# the organisation's row) and the organisation's view of the generated set.
discover() {
    step "finding the pages' addresses"
    HEATMAP="/heatmap?set=generated-culture-check"
    ORGANISATION="/organisation?set=generated-culture-check"
    local page team rounds
    page=$(fetch "$HEATMAP") || fail "GET $HEATMAP did not answer 200 with the session cookie $COOKIE"
    team=$(grep -o '/teams/[0-9]*/history' <<<"$page" | sed -n 1p | grep -o '[0-9]*' || true)
    [ -n "$team" ] || fail "no team's history linked from $HEATMAP (was the set generated?)"
    HISTORY="/teams/$team/history"
    page=$(fetch "$HISTORY") || fail "GET $HISTORY did not answer 200"
    rounds=$(grep -o '<option value="[0-9]*"' <<<"$page" | grep -o '[0-9]*' | sort -un || true)
    [ -n "$rounds" ] || fail "no rounds to compare on $HISTORY"
    COMPARE="/teams/$team/compare?a=$(echo "$rounds" | head -1)&b=$(echo "$rounds" | tail -1)"
}

# Median and 99th percentile of the server's own time (Tomcat's %D, microseconds) for the last $1 requests of $2.
server_times() {
    local path=${2%%\?*}
    tail -n "$1" "$WORK/tomcat/logs/access_log.log" | awk -v p="$path" 'index($1, p) == 1 && $2 == 200 { print $3 }' |
        sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "- -"; exit }
            m = int((NR + 1) / 2); q = int(NR * 0.99); if (q < 1) q = 1
            printf "%.1f %.1f\n", v[m] / 1000, v[q] / 1000 }'
}

# The application's CPU time so far, in clock ticks (user + system, every thread): what a request costs whatever else
# runs on the machine. On PostgreSQL the database's own work is not in it.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$APP/stat"; }
TICKS_PER_SECOND=$(getconf CLK_TCK)

measure() { # $1 = database, $2 = size, $3 = page name, $4 = path
    step "measuring $3 on $1 with $2 ($4)"
    local bytes
    bytes=$(curl -fs -H "Cookie: $COOKIE" -H "Accept-Encoding: gzip" -o /dev/null -w '%{size_download}' \
        "http://127.0.0.1:$PORT$4")
    wrk -t2 -c16 -d"$WARMUP" -H "Cookie: $COOKIE" -H "Accept-Encoding: gzip" "http://127.0.0.1:$PORT$4" >/dev/null
    for c in $CONNECTIONS; do
        local before after out rps p50 p99 cpu_before cpu
        before=$(wc -l <"$WORK/tomcat/logs/access_log.log")
        cpu_before=$(cpu_ticks)
        out=$(wrk -t"$((c < 2 ? c : 2))" -c"$c" -d"$DURATION" --latency -H "Cookie: $COOKIE" -H "Accept-Encoding: gzip" \
            "http://127.0.0.1:$PORT$4")
        after=$(wc -l <"$WORK/tomcat/logs/access_log.log")
        cpu=$(awk -v t=$(($(cpu_ticks) - cpu_before)) -v n=$((after - before)) -v hz="$TICKS_PER_SECOND" \
            'BEGIN { printf "%.1f", n ? t * 1000 / hz / n : 0 }')
        if grep -q "Non-2xx" <<<"$out"; then
            fail "$4 answered with errors at $c connections:
$out"
        fi
        rps=$(echo "$out" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
        p50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
        p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
        read -r s50 s99 <<<"$(server_times $((after - before)) "$4")"
        printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
            "$1" "$2" "$3" "$c" "$rps" "$p50" "$p99" "$s50" "$s99" "$cpu" "$bytes" | tee -a "$RESULTS"
    done
}

{
    echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))," \
        "$(free -g | awk '/Mem:/ { print $2 }') GiB, $(java -version 2>&1 | sed -n 1p); wrk -t2, $WARMUP warm-up," \
        "$DURATION per row; load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    echo "| database | size | page | connections | requests/s | median | p99 | server median ms | server p99 ms | app CPU ms per request | bytes (gzip) |"
    echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
} | tee "$RESULTS"

for db in $DATABASES; do
    for size in $SIZES; do
        [ "$db" = postgres ] && prepare_postgres "bench_${size//x/_}"
        generate "$db" "$size"
        start_app "$db" "$size"
        sign_in
        discover
        for page in $PAGES; do
            case $page in
                history) measure "$db" "$size" history "$HISTORY" ;;
                compare) measure "$db" "$size" compare "$COMPARE" ;;
                heatmap) measure "$db" "$size" heatmap "$HEATMAP" ;;
                organisation) measure "$db" "$size" organisation "$ORGANISATION" ;;
                *) fail "unknown page $page in PAGES (history, compare, heatmap, organisation)" ;;
            esac
        done
        stop_app
    done
done
log "results in $RESULTS"
