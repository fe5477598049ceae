#!/usr/bin/env bash
# Benchmarks the team history, the comparison of two rounds, the heatmap and the organisation's view with a large
# generated history (200 teams × 20 quarterly rounds × 25 people × 50 questions = 5,000,000 answers) and a small one
# (50,000 answers),
# on H2 (file) and on PostgreSQL, at 1, 16 and 64 connections (one connection shows what a request costs without
# waiting for others). Not a test: run it by hand on a quiet machine.
#
#   bench/history-pages.sh                        # everything: both databases, both sizes (about 40 minutes)
#   DATABASES=h2 SIZES=2x20x25x50 bench/history-pages.sh   # one database, one size
#
# Needs: Java 17+, wrk, curl; for PostgreSQL a local server (Debian: apt-get install -y postgresql, started here with
# pg_ctlcluster when it is not running; the script creates the role "bench" and one database per size).
# Generated data stays in $BENCH_WORK (default target/bench) and is reused by later runs.
# Results: a Markdown table on stdout and in $BENCH_WORK/results-<time>.md.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_WORK:-$ROOT/target/bench}
DATABASES=${DATABASES:-"h2 postgres"}
SIZES=${SIZES:-"200x20x25x50 2x20x25x50"}
CONNECTIONS=${CONNECTIONS:-"1 16 64"}
WARMUP=${WARMUP:-20s}
DURATION=${DURATION:-20s}
PORT=${PORT:-18080}
JAR=$ROOT/target/excellence-scorecard.jar
ADMIN=bench-admin
PASSWORD=quiet-harbour-lantern-47 # a throwaway database on 127.0.0.1 only; never containing the username (refused)
PG_USER=bench
PG_PASSWORD=bench

mkdir -p "$WORK"
RESULTS=$WORK/results-$(date -u +%Y%m%dT%H%M%SZ).md
log() { echo "[bench] $*" >&2; }

for tool in java wrk curl; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (Debian: apt-get install -y $tool)" >&2; exit 1; }
done
if [ ! -f "$JAR" ]; then
    log "building $JAR"
    (cd "$ROOT" && ./mvnw -B -DskipTests package)
fi

as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$*"; else sudo -u postgres sh -c "$*"; fi; }

prepare_postgres() { # $1 = database name
    if ! pg_isready -q -h localhost; then
        local version
        version=$(ls /usr/lib/postgresql | sort -V | tail -1)
        log "starting PostgreSQL $version"
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
    log "generating $2 on $1"
    # shellcheck disable=SC2046
    java -jar "$JAR" $(app_args "$1" "$2") --server.port=0 --scorecard.generate="$2" >"$WORK/$1-$2-generate.log" 2>&1
    grep -o "Generated [0-9]* answers in .*" "$WORK/$1-$2-generate.log" | tee "$marker" >&2
    if [ "$1" = postgres ]; then
        as_postgres "psql -q -d bench_${2//x/_} -c 'vacuum analyze'"
    fi
}

start_app() { # $1 = database, $2 = size
    rm -rf "$WORK/tomcat" && mkdir -p "$WORK/tomcat/logs"
    # shellcheck disable=SC2046
    java -jar "$JAR" $(app_args "$1" "$2") --server.port="$PORT" \
        --server.tomcat.basedir="$WORK/tomcat" --server.tomcat.accesslog.enabled=true \
        --server.tomcat.accesslog.directory="$WORK/tomcat/logs" --server.tomcat.accesslog.rotate=false \
        --server.tomcat.accesslog.buffered=false --server.tomcat.accesslog.pattern='%U%q %s %D' \
        >"$WORK/$1-$2-serve.log" 2>&1 &
    APP=$!
    for _ in $(seq 1 120); do
        curl -fs -o /dev/null "http://127.0.0.1:$PORT/login" && return 0
        sleep 1
    done
    echo "bench: the application did not start, see $WORK/$1-$2-serve.log" >&2
    exit 1
}

stop_app() {
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
}
trap stop_app EXIT

sign_in() {
    local jar=$WORK/cookies token
    rm -f "$jar"
    token=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' |
        sed 's/.*value="//; s/"$//')
    curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$ADMIN" --data-urlencode "password=$PASSWORD" \
        --data-urlencode "_csrf=$token" "http://127.0.0.1:$PORT/login"
    # the servlet container's session (H2) or Spring Session's (the postgres profile: sessions shared by instances)
    COOKIE=$(awk '$6 == "JSESSIONID" || $6 == "SESSION" { print $6 "=" $7 }' "$jar")
    [ -n "$COOKIE" ] || { echo "bench: signing in as $ADMIN failed" >&2; exit 1; }
}

fetch() { curl -fs -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT$1"; }

# The pages: the first generated team's history, its oldest round against its newest, the heatmap of all teams (with
# the organisation's row) and the organisation's view of the generated set.
discover() {
    HEATMAP="/heatmap?set=generated-culture-check"
    ORGANISATION="/organisation?set=generated-culture-check"
    local team
    team=$(fetch "$HEATMAP" | grep -o '/teams/[0-9]*/history' | head -1 | grep -o '[0-9]*')
    HISTORY="/teams/$team/history"
    local rounds
    rounds=$(fetch "$HISTORY" | grep -o '<option value="[0-9]*"' | grep -o '[0-9]*' | sort -un)
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

measure() { # $1 = database, $2 = size, $3 = page name, $4 = path
    local bytes
    bytes=$(curl -fs -H "Cookie: $COOKIE" -H "Accept-Encoding: gzip" -o /dev/null -w '%{size_download}' \
        "http://127.0.0.1:$PORT$4")
    wrk -t2 -c16 -d"$WARMUP" -H "Cookie: $COOKIE" -H "Accept-Encoding: gzip" "http://127.0.0.1:$PORT$4" >/dev/null
    for c in $CONNECTIONS; do
        local before after out rps p50 p99
        before=$(wc -l <"$WORK/tomcat/logs/access_log.log")
        out=$(wrk -t"$((c < 2 ? c : 2))" -c"$c" -d"$DURATION" --latency -H "Cookie: $COOKIE" -H "Accept-Encoding: gzip" \
            "http://127.0.0.1:$PORT$4")
        after=$(wc -l <"$WORK/tomcat/logs/access_log.log")
        if echo "$out" | grep -q "Non-2xx"; then
            echo "bench: $4 answered with errors:" >&2
            echo "$out" >&2
            exit 1
        fi
        rps=$(echo "$out" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
        p50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
        p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
        read -r s50 s99 <<<"$(server_times $((after - before)) "$4")"
        printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
            "$1" "$2" "$3" "$c" "$rps" "$p50" "$p99" "$s50" "$s99" "$bytes" | tee -a "$RESULTS"
    done
}

{
    echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))," \
        "$(free -g | awk '/Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -1); wrk -t2, $WARMUP warm-up, $DURATION per row."
    echo
    echo "| database | size | page | connections | requests/s | median | p99 | server median ms | server p99 ms | bytes (gzip) |"
    echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|"
} | tee "$RESULTS"

for db in $DATABASES; do
    for size in $SIZES; do
        [ "$db" = postgres ] && prepare_postgres "bench_${size//x/_}"
        generate "$db" "$size"
        start_app "$db" "$size"
        sign_in
        discover
        measure "$db" "$size" history "$HISTORY"
        measure "$db" "$size" compare "$COMPARE"
        measure "$db" "$size" heatmap "$HEATMAP"
        measure "$db" "$size" organisation "$ORGANISATION"
        stop_app
    done
done
log "results in $RESULTS"
