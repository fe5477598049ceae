#!/usr/bin/env bash
# Proof 5 of issue 7: the questionnaire page (signed in, 21 questions) and submissions through invitation links, with
# wrk at 16 and 64 connections, beside the server's static stylesheet in the same run. Demo data, on H2 (file) or on
# PostgreSQL (Debian's cluster, a fresh database; run as root), on the JDK named by JAVA or JAVA_HOME (else `java`).
#
#   bench/questionnaire-throughput.sh                 # H2
#   DATABASE=postgres bench/questionnaire-throughput.sh
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/questionnaire-throughput.sh
#   JAVA_OPTIONS="-XX:+UseSerialGC -Dserver.tomcat.threads.max=200" bench/questionnaire-throughput.sh   # JVM options
#
# Submissions each need a link of their own, as many as the server can take: a short calibration pass
# ($CALIBRATION seconds on $CALIBRATION_LINKS links) measures the rate, then the warm-up ($WARM_UP) and the measured
# run ($MEASURED) each get rate x seconds x $SAFETY links of their own round (LINKS fixes the measured run's instead).
# A run that runs out of links cannot tell its rate: the script then stops with FAILED and says so.
#
# Targets: questionnaire >= 50 % of the static file's requests/s with p99 < 50 ms at 64 connections; >= 500
# submissions/s on H2 and >= 300/s on PostgreSQL with zero errors, and every acknowledged submission stored. Prints one
# summary line and exits non-zero when a target is missed. Needs Java 17+, wrk, curl (and PostgreSQL 15 for postgres).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_WORK:-$ROOT/target/bench}/throughput
PORT=${PORT:-18081}
DURATION=${DURATION:-15s}
CALIBRATION=${CALIBRATION:-5s}
CALIBRATION_LINKS=${CALIBRATION_LINKS:-4000}
WARM_UP=${WARM_UP:-30s}
MEASURED=${MEASURED:-10s}
SAFETY=${SAFETY:-2}
LINKS=${LINKS:-}
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}
JAVA=${JAVA:-java}
JAR=${JAR:-$ROOT/target/excellence-scorecard.jar}
START_TIMEOUT=${START_TIMEOUT:-300} # seconds: a busy machine has taken 157 s to start the application
BASE=http://127.0.0.1:$PORT
log() { echo "[bench] $*" >&2; }
seconds() { echo "${1%s}"; }

need "$JAVA" wrk curl
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -DskipTests package)
rm -rf "$WORK" && mkdir -p "$WORK"
jdk=$("$JAVA" -version 2>&1 | sed -n 1p)

DATABASE=${DATABASE:-h2}
if [ "$DATABASE" = postgres ]; then
    step "preparing a fresh PostgreSQL database"
    pg_ctlcluster ${CLUSTER:-15 main} start 2>/dev/null || true
    as_postgres() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }
    as_postgres -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'bench') then
        create role bench login password 'bench'; end if; end \$\$"
    as_postgres -c "drop database if exists scorecard_throughput" -c "create database scorecard_throughput owner bench"
    export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/scorecard_throughput
    export SPRING_DATASOURCE_USERNAME=bench SPRING_DATASOURCE_PASSWORD=bench
    profiles=postgres,demo target=300
else
    export SPRING_DATASOURCE_URL="jdbc:h2:file:$WORK/db"
    profiles=demo target=500
fi
step "starting the application on $jdk" "$WORK/serve.log"
# shellcheck disable=SC2086 # JAVA_OPTIONS holds several options
"$JAVA" ${JAVA_OPTIONS:-} -jar "$JAR" --spring.profiles.active=$profiles --server.address=127.0.0.1 --server.port="$PORT" \
    --scorecard.security.lockout.max-failures=1000 >"$WORK/serve.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
# the sign-in page answers before the demo accounts exist: wait for them
for _ in $(seq 1 "$START_TIMEOUT"); do
    grep -q "Demo data" "$WORK/serve.log" && break
    kill -0 "$APP" 2>/dev/null || fail "the application stopped"
    sleep 1
done
grep -q "Demo data" "$WORK/serve.log" || fail "no demo data after $START_TIMEOUT s (START_TIMEOUT)"

step "signing in as the demo manager and starting rounds"
jar=$WORK/manager.cookies
form_token() { csrf_token; }
session=$(sign_in_as "$BASE" manager manager "$jar")
team=$(curl -fs -c "$jar" -b "$jar" "$BASE/teams" | grep -o '/teams/[0-9]*"' | sed -n 1p | grep -o '[0-9]*' || true)
[ -n "$team" ] || fail "no team on /teams"

start_round() { # $1 = mode, $2 = label; prints the redirect target
    local t
    t=$(curl -fs -c "$jar" -b "$jar" "$BASE/teams/$team/rounds/new" | form_token)
    curl -fs -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$t" \
        --data-urlencode questionSet=promote-excellence --data-urlencode "mode=$1" --data-urlencode "label=$2" \
        "$BASE/teams/$team/rounds"
}
# a team round of its own with $2 links, their tokens in the file $3 ($1 = the round's label); prints the round's id
invited_round() {
    local round from names t
    round=$(start_round TEAM "$1" | grep -o '[0-9]*$') || fail "could not start the team round $1"
    for from in $(seq 0 200 $(($2 - 1))); do
        names=$(seq "$from" $((from + 199 < $2 - 1 ? from + 199 : $2 - 1)) | sed 's/^/Person /')
        t=$(curl -fs -c "$jar" -b "$jar" "$BASE/rounds/$round" | form_token) || fail "GET /rounds/$round failed"
        curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$t" --data-urlencode "names=$names" \
            "$BASE/rounds/$round/invitations" || fail "inviting people $from… to round $round failed"
    done
    curl -fs -c "$jar" -b "$jar" "$BASE/rounds/$round/invitations.csv" | grep -o '/i/[A-Za-z0-9_-]*' |
        sed 's|/i/||' >"$3" || fail "no links in /rounds/$round/invitations.csv"
    [ "$(wc -l <"$3")" -eq "$2" ] || fail "round $round has $(wc -l <"$3") links, not $2"
    echo "$round"
}
questionnaire=$(start_round SELF "Bench SELF" | sed "s|$BASE||")
[ -n "$questionnaire" ] || fail "starting a self-assessment led nowhere"
step "inviting $CALIBRATION_LINKS people to the calibration round"
calibration_round=$(invited_round "Bench calibration" $((CALIBRATION_LINKS + 1)) "$WORK/calibration-tokens")
sed -n 1p "$WORK/calibration-tokens" >"$WORK/probe-token"
sed -i 1d "$WORK/calibration-tokens"

# one respondent's view of the form: its question keys and a CSRF cookie with its masked form token (opening a link
# needs no respondent cookie: the server hands one out at a first save; submit.lua sends one with every submission,
# one secret per wrk run, as a browser that has answered a link before does)
step "reading a link's form"
probe=$WORK/probe.cookies
page=$(curl -fs -c "$probe" -b "$probe" "$BASE/i/$(cat "$WORK/probe-token")") || fail "the probe link did not open"
grep -o 'name="choices\[[^]]*\]"' <<<"$page" | sed 's/name="choices\[//; s/\]"//' | sort -u >"$WORK/questions"
[ -s "$WORK/questions" ] || fail "the probe link's form has no questions"
{ csrf_cookie "$probe"; form_token <<<"$page"; } >"$WORK/csrf"
[ "$(grep -c . "$WORK/csrf")" -eq 2 ] || fail "no CSRF cookie (scorecard-csrf) and form token from the probe link"
[[ "$(curl -fs -H "Cookie: $session" "$BASE$questionnaire")" == *'name="choices['* ]] ||
    fail "the questionnaire $questionnaire did not answer with its questions"
# one session per connection, as people have: sign the manager in as many times
step "signing in 64 sessions"
for i in $(seq 1 64); do
    sign_in_as "$BASE" manager manager "$WORK/session-$i.cookies"
done >"$WORK/sessions"

rps() { awk '/Requests\/sec/ { printf "%.0f", $2 }'; }
# bytes read per answer, from wrk's "N requests in Ts, X.XXMB read": a page, or a redirect to the sign-in page?
bytes_each() { awk '/requests in/ { v = $5; u = 1; if (v ~ /KB$/) u = 1024; else if (v ~ /MB$/) u = 1048576;
    else if (v ~ /GB$/) u = 1073741824; sub(/[KMG]?B$/, "", v); printf "%.0f", v * u / $1 }'; }
p99() { awk '$1 == "99%" { print $2 }'; }
ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; printf "%.1f", v }'; }
measure() { # $1 = connections, $2 = path, $3 = cookie (or "sessions": a session of its own per request)
    if [ "$3" = sessions ]; then
        SESSIONS=$WORK/sessions wrk -t2 -c"$1" -d"$DURATION" --latency -H "Accept-Encoding: gzip" \
            -s "$ROOT/bench/lua/sessions.lua" "$BASE$2"
    else
        wrk -t2 -c"$1" -d"$DURATION" --latency -H "Cookie: $3" -H "Accept-Encoding: gzip" "$BASE$2"
    fi
}

step "warming up the questionnaire page"
measure 16 "$questionnaire" sessions >/dev/null
measure 16 /css/app.css "" >/dev/null
results=()
for c in 16 64; do
    step "measuring the questionnaire page and the stylesheet at $c connections"
    static=$(measure "$c" /css/app.css "")
    page=$(measure "$c" "$questionnaire" sessions)
    grep -q 'Non-2xx' <<<"$page$static" && fail "non-2xx answers while measuring:
$page
$static"
    # a session that was not taken answers with a short redirect to the sign-in page, which wrk counts as a success
    [ "$(bytes_each <<<"$page")" -ge 1500 ] || fail "the questionnaire answered $(bytes_each <<<"$page") bytes each: \
not the page (a redirect to the sign-in page?)
$page"
    results+=("$c connections: static $(rps <<<"$static")/s p99 $(p99 <<<"$static" | ms) ms; questionnaire $(rps <<<"$page")/s p99 $(p99 <<<"$page" | ms) ms, $(bytes_each <<<"$page") bytes each;")
    if [ "$c" = 64 ]; then
        static64=$(rps <<<"$static"); page64=$(rps <<<"$page"); p99_64=$(p99 <<<"$page" | ms)
    fi
done

# Submissions, 16 connections, each to a link of its own. submit.lua reports the submissions acknowledged (302) and
# the requests it had to send after its links ran out (GETs of the sign-in page, which wrk counts as requests too).
submit() { # $1 = file of link tokens, $2 = duration
    TOKENS=$1 QUESTIONS=$WORK/questions CSRF=$WORK/csrf THREADS=2 \
        wrk -t2 -c16 -d"$2" --latency -s "$ROOT/bench/lua/submit.lua" "$BASE"
}
acknowledged() { awk -F': ' '/submissions acknowledged/ { print $2 }'; }
ran_out() { awk -F': ' '/requests after the links ran out/ { print $2 }'; }
elapsed() { awk '/requests in/ { sub(/s,$/, "", $4); print $4 }'; }
rate_of() { # wrk's output: acknowledged submissions per second
    awk -v n="$(acknowledged <<<"$1")" -v t="$(elapsed <<<"$1")" 'BEGIN { printf "%.0f", n / t }'
}
links_for() { # $1 = rate, $2 = seconds: rate x seconds x SAFETY, at least 1,000
    awk -v r="$1" -v s="$2" -v f="$SAFETY" 'BEGIN { n = r * s * f; n = n < 1000 ? 1000 : n; printf "%d", n + 0.999 }'
}

# the submission path is slow when cold (on PostgreSQL the first 10 s run at about 150/s, later ones at 360-420/s), so
# the calibration's rate is a low estimate: the warm-up's own rate sizes the measured run
step "calibrating: submissions for $CALIBRATION on $CALIBRATION_LINKS links"
out=$(submit "$WORK/calibration-tokens" "$CALIBRATION")
calibration_rate=$(rate_of "$out")
[ "$(ran_out <<<"$out")" = 0 ] ||
    log "the calibration ran out of its $CALIBRATION_LINKS links: $calibration_rate/s is a lower bound (CALIBRATION_LINKS)"
[ "$calibration_rate" -gt 0 ] || fail "no submission acknowledged while calibrating:
$out"
warm_up_links=$(links_for "$calibration_rate" "$(seconds "$WARM_UP")")
step "inviting $warm_up_links people for the warm-up (calibration: $calibration_rate submissions/s, cold)"
invited_round "Bench warm-up" "$warm_up_links" "$WORK/warm-up-tokens" >/dev/null
step "warming up the submissions for $WARM_UP on $warm_up_links links"
out=$(submit "$WORK/warm-up-tokens" "$WARM_UP")
warm_up_rate=$(rate_of "$out")
warm_up_out=$(ran_out <<<"$out")
if [ "$warm_up_out" != 0 ]; then
    # its rate is then a lower bound: the measured run gets twice as many links as the warm-up's rate says
    log "the warm-up ran out of its $warm_up_links links ($warm_up_rate/s counted over all of it)"
    warm_up_rate=$((warm_up_rate * 2))
fi
rate=$((warm_up_rate > calibration_rate ? warm_up_rate : calibration_rate))
links=${LINKS:-$(links_for "$rate" "$(seconds "$MEASURED")")}
step "inviting $links people for the measured run (warm-up: $warm_up_rate submissions/s)"
round=$(invited_round "Bench measured" "$links" "$WORK/tokens")
responses() { # how many responses the round has stored
    curl -fs -u manager:manager "$BASE/api/v1/teams/$team/rounds" | grep -o "\"id\":$round,[^}]*" |
        grep -o '"responses":[0-9]*' | grep -o '[0-9]*$'
}
before=$(responses) || fail "could not read round $round's responses from /api/v1/teams/$team/rounds"
step "measuring submissions for $MEASURED on $links links"
out=$(submit "$WORK/tokens" "$MEASURED")
sleep 2 # the last requests in flight finish
submissions=$(rate_of "$out")
sent=$(acknowledged <<<"$out")
out_of_links=$(ran_out <<<"$out")
errors=$(awk '/Non-2xx or 3xx/ { print $5 }' <<<"$out"); errors=${errors:-0}
# submit.lua counts answers that hand out a respondent secret of the server's making: its own was not taken
replaced=$(awk -F': ' '/respondent secrets replaced/ { print $2 }' <<<"$out"); replaced=${replaced:-unknown}
stored=$(($(responses) - before))
[ "$out_of_links" = 0 ] || fail "the measured run ran out of its $links links ($sent submissions acknowledged, then
$out_of_links requests without a link): its rate, $submissions/s, is no figure. Run again with more links (SAFETY=$SAFETY
now, or LINKS)."

summary="questionnaire-throughput ($DATABASE, $jdk): ${results[*]} submissions ${submissions}/s (calibration $calibration_rate/s cold, warm-up $warm_up_rate/s), $sent acknowledged of $links links, $errors errors, $stored stored, $replaced respondent cookies replaced"
pass=true
awk -v p="$page64" -v s="$static64" 'BEGIN { exit !(p >= s / 2) }' || pass=false
awk -v p="$p99_64" 'BEGIN { exit !(p < 50) }' || pass=false
awk -v r="$submissions" -v t="$target" 'BEGIN { exit !(r >= t) }' || pass=false
[ "$errors" = 0 ] && [ "$replaced" = 0 ] || pass=false
# wrk counts the requests it saw answered; up to one per connection is still in flight when it stops, and the server
# stores those too: acknowledged <= stored <= acknowledged + connections
[ "$stored" -ge "$sent" ] && [ "$stored" -le $((sent + 16)) ] || pass=false
if $pass; then echo "$summary — PASS"; else echo "$summary — MISSED"; exit 1; fi
