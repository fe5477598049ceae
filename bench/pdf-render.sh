#!/usr/bin/env bash
# How long the PDF reports take to render and how large they are, beside their HTML pages: the demo's foundations
# self-assessment (must-haves, targets, capped band), its closed team round "2026 Q3", and the comparison of Customer
# Care's first and last team rounds on "Do we SERVE our customers?" (20 questions). The demo profile on a fresh H2 file,
# signed in as the demo manager; $WARMUP renders of each first (the JIT, Batik and the fonts' metrics), then $RUNS one
# after another: the median and the slowest of the server's own time (Tomcat's %D) and of curl's. Not a test: run it by
# hand on a quiet machine.
#
#   bench/pdf-render.sh                       # the jar of this checkout (built when missing)
#   RUNS=50 WARMUP=20 bench/pdf-render.sh
#
# Needs: Java 17+, curl. Results: a Markdown table on stdout and in $BENCH_WORK/pdf-render-<time>.md.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_WORK:-$ROOT/target/bench}
JAR=${JAR:-$ROOT/target/excellence-scorecard.jar}
PORT=${PORT:-18095}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-10}
BASE=http://127.0.0.1:$PORT
log() { echo "[bench] $*" >&2; }

need java curl
if [ ! -f "$JAR" ]; then
    step "building $JAR"
    (cd "$ROOT" && ./mvnw -B -DskipTests package)
fi
mkdir -p "$WORK"
DATA=$(mktemp -d "$WORK/pdf-render.XXXXXX")
COOKIES=$DATA/cookies.txt
RESULTS=$WORK/pdf-render-$(date -u +%Y%m%dT%H%M%SZ).md

step "starting the demo" "$DATA/app.log"
java -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" --server.address=127.0.0.1 \
    --spring.datasource.url="jdbc:h2:file:$DATA/demo;DB_CLOSE_ON_EXIT=FALSE" \
    --server.tomcat.basedir="$DATA/tomcat" --server.tomcat.accesslog.enabled=true \
    --server.tomcat.accesslog.directory="$DATA/tomcat/logs" --server.tomcat.accesslog.rotate=false \
    --server.tomcat.accesslog.buffered=false --server.tomcat.accesslog.pattern='%U %s %D' >"$DATA/app.log" 2>&1 &
APP=$!
# the data directory (and the app's log in it) stays when the script fails, to be read
trap 'status=$?; kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; [ $status -ne 0 ] || rm -rf "$DATA"' EXIT
for _ in $(seq 1 360); do
    curl -fs "$BASE/login" -o /dev/null && break
    kill -0 "$APP" 2>/dev/null || fail "the application stopped"
    sleep 0.5
done
curl -fs "$BASE/login" -o /dev/null || fail "the application did not answer /login within 180 s"

page() { curl -fsS -b "$COOKIES" -c "$COOKIES" "$@"; }
api() { curl -fsS -u manager:manager "$BASE/api/v1$1"; }

step "signing in as the demo manager"
sign_in_as "$BASE" manager manager "$COOKIES" >/dev/null

# Customer Care's rounds from the API, newest first: {"id":…,"label":"…","mode":"…",…,"questionSet":"…",…}
step "finding Customer Care's rounds through the API"
team=$(api /teams | grep -o '"id":[0-9]*,"name":"Customer Care"' | grep -o '[0-9]\+' | sed -n 1p || true)
[ -n "$team" ] || fail "no team Customer Care in /api/v1/teams"
rounds=$(api "/teams/$team/rounds" | grep -o '{"id":[0-9]*,"label":"[^"]*","mode":"[A-Z]*","status":"[A-Z]*","questionSet":"[a-z-]*"')
id_of() { grep "\"label\":\"$1\"" <<<"$rounds" | sed -n 1p | grep -o '"id":[0-9]*' | grep -o '[0-9]\+' || fail "no round $1"; }
serve=$(grep '"mode":"TEAM","status":"CLOSED","questionSet":"serve"' <<<"$rounds" | grep -o '"id":[0-9]*' |
    grep -o '[0-9]\+' || true)
[ "$(grep -c . <<<"$serve")" -ge 2 ] || fail "Customer Care has fewer than two closed team rounds on serve"
foundations=$(id_of "2026 Q4 foundations")
closed=$(id_of "2026 Q3")
compare="/teams/$team/compare?a=$(tail -1 <<<"$serve")&b=$(head -1 <<<"$serve")"
compare_pdf="/teams/$team/compare.pdf?${compare#*\?}"

# The server's own time of the last $1 requests of $2: median and slowest, in milliseconds.
server_times() {
    tail -n "$1" "$DATA/tomcat/logs/access_log.log" | awk -v p="$2" '$1 == p && $2 == 200 { print $3 }' | sort -n |
        awk '{ v[NR] = $1 } END { printf "%.0f %.0f\n", v[int((NR + 1) / 2)] / 1000, v[NR] / 1000 }'
}

measure() { # $1 = what, $2 = path
    step "measuring $1 ($2)" "$DATA/app.log"
    local bytes before after times client s50 smax
    bytes=$(page -o "$DATA/last" -w '%{size_download}' "$BASE$2")
    for _ in $(seq 1 "$WARMUP"); do page -o /dev/null "$BASE$2"; done
    before=$(wc -l <"$DATA/tomcat/logs/access_log.log")
    times=$(for _ in $(seq 1 "$RUNS"); do page -o /dev/null -w '%{time_total}\n' "$BASE$2"; done | sort -n)
    after=$(wc -l <"$DATA/tomcat/logs/access_log.log")
    client=$(awk '{ v[NR] = $1 } END { printf "%.0f", v[int((NR + 1) / 2)] * 1000 }' <<<"$times")
    read -r s50 smax <<<"$(server_times $((after - before)) "${2%%\?*}")"
    printf '| %s | %s | %s | %s | %s | %.1f |\n' "$1" "${2%%\?*}" "$s50" "$smax" "$client" \
        "$(awk -v b="$bytes" 'BEGIN { print b / 1024 }')" | tee -a "$RESULTS"
}

{
    echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))," \
        "$(java -version 2>&1 | head -1); $WARMUP renders to warm up, then $RUNS one after another."
    echo
    echo "| what | path | server median ms | server slowest ms | curl median ms | KiB (uncompressed) |"
    echo "|---|---|---:|---:|---:|---:|"
} | tee "$RESULTS"
measure "scorecard page" "/rounds/$foundations"
measure "scorecard PDF" "/rounds/$foundations/report.pdf"
measure "team round page" "/rounds/$closed"
measure "team round PDF" "/rounds/$closed/report.pdf"
measure "comparison page" "$compare"
measure "comparison PDF" "$compare_pdf"
log "results in $RESULTS"
