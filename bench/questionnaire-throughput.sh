#!/usr/bin/env bash
# Proof 5 of issue 7: the questionnaire page (signed in, 21 questions) and submissions through invitation links, with
# wrk at 16 and 64 connections, beside the server's static stylesheet in the same run. Demo data, on H2 (file) or on
# PostgreSQL (Debian's cluster, a fresh database; run as root).
#
#   bench/questionnaire-throughput.sh                 # H2
#   DATABASE=postgres bench/questionnaire-throughput.sh
#
# Targets: questionnaire >= 50 % of the static file's requests/s with p99 < 50 ms at 64 connections; >= 500
# submissions/s on H2 and >= 300/s on PostgreSQL with zero errors, and every acknowledged submission stored. Prints one
# summary line and exits non-zero when a target is missed. Needs Java 17+, wrk, curl (and PostgreSQL 15 for postgres).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_WORK:-$ROOT/target/bench}/throughput
PORT=${PORT:-18081}
DURATION=${DURATION:-15s}
LINKS=${LINKS:-45000}
JAR=$ROOT/target/excellence-scorecard.jar
BASE=http://127.0.0.1:$PORT
log() { echo "[bench] $*" >&2; }

for tool in java wrk curl; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (Debian: apt-get install -y $tool)" >&2; exit 1; }
done
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -DskipTests package)
rm -rf "$WORK" && mkdir -p "$WORK"

DATABASE=${DATABASE:-h2}
if [ "$DATABASE" = postgres ]; then
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
java -jar "$JAR" --spring.profiles.active=$profiles --server.address=127.0.0.1 --server.port="$PORT" \
    --scorecard.security.lockout.max-failures=1000 >"$WORK/serve.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
# the sign-in page answers before the demo accounts exist: wait for them
for _ in $(seq 1 120); do grep -q "Demo data" "$WORK/serve.log" && break; sleep 1; done

jar=$WORK/manager.cookies
form_token() { grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//; s/"$//'; }
token=$(curl -fs -c "$jar" -b "$jar" "$BASE/login" | form_token)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=manager --data-urlencode password=manager \
    --data-urlencode "_csrf=$token" "$BASE/login"
team=$(curl -fs -c "$jar" -b "$jar" "$BASE/teams" | grep -o '/teams/[0-9]*"' | sed -n 1p | grep -o '[0-9]*')

start_round() { # $1 = mode; prints the redirect target
    local t
    t=$(curl -fs -c "$jar" -b "$jar" "$BASE/teams/$team/rounds/new" | form_token)
    curl -fs -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$t" \
        --data-urlencode questionSet=promote-excellence --data-urlencode "mode=$1" --data-urlencode "label=Bench $1" \
        "$BASE/teams/$team/rounds"
}
questionnaire=$(start_round SELF | sed "s|$BASE||")
round=$(start_round TEAM | grep -o '[0-9]*$')
log "questionnaire $questionnaire, team round $round, inviting $LINKS people"
for from in $(seq 0 200 $((LINKS - 1))); do
    names=$(seq "$from" $((from + 199)) | sed 's/^/Person /')
    t=$(curl -fs -c "$jar" -b "$jar" "$BASE/rounds/$round" | form_token)
    curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$t" --data-urlencode "names=$names" \
        "$BASE/rounds/$round/invitations"
done
curl -fs -c "$jar" -b "$jar" "$BASE/rounds/$round/invitations.csv" | grep -o '/i/[A-Za-z0-9_-]*' | sed 's|/i/||' \
    >"$WORK/all-tokens"
head -1 "$WORK/all-tokens" >"$WORK/probe-token"
tail -n +2 "$WORK/all-tokens" >"$WORK/tokens"
log "$(wc -l <"$WORK/tokens") links"

# one respondent's view of the form: its question keys and a CSRF cookie with its masked form token (opening a link
# needs no respondent cookie: the server hands one out at a first save; submit.lua sends one with every submission,
# one secret per wrk run, as a browser that has answered a link before does)
probe=$WORK/probe.cookies
page=$(curl -fs -c "$probe" -b "$probe" "$BASE/i/$(cat "$WORK/probe-token")")
echo "$page" | grep -o 'name="choices\[[^]]*\]"' | sed 's/name="choices\[//; s/\]"//' | sort -u >"$WORK/questions"
{ awk '$6 == "XSRF-TOKEN" { print $7 }' "$probe"; echo "$page" | form_token; } >"$WORK/csrf"
# the session cookie: JSESSIONID from the server's own sessions, SESSION from Spring Session (PostgreSQL)
session=$(awk '$6 == "JSESSIONID" || $6 == "SESSION" { print $6 "=" $7 }' "$jar")
[[ "$(curl -fs -H "Cookie: $session" "$BASE$questionnaire")" == *'name="choices['* ]] \
    || { log "the questionnaire did not answer with its questions"; exit 1; }
# one session per connection, as people have: sign the manager in as many times
cookie_of() { awk '$6 == "JSESSIONID" || $6 == "SESSION" { print $6 "=" $7 }' "$1"; }
for i in $(seq 1 64); do
    j=$WORK/session-$i.cookies
    t=$(curl -fs -c "$j" -b "$j" "$BASE/login" | form_token)
    curl -fs -o /dev/null -c "$j" -b "$j" --data-urlencode username=manager --data-urlencode password=manager \
        --data-urlencode "_csrf=$t" "$BASE/login"
    cookie_of "$j"
done >"$WORK/sessions"

rps() { awk '/Requests\/sec/ { printf "%.0f", $2 }'; }
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

log "warming up"
measure 16 "$questionnaire" sessions >/dev/null
measure 16 /css/app.css "" >/dev/null
results=()
for c in 16 64; do
    static=$(measure "$c" /css/app.css "")
    page=$(measure "$c" "$questionnaire" sessions)
    if echo "$page$static" | grep -q 'Non-2xx'; then log "non-2xx answers while measuring:"; echo "$page" >&2; exit 1; fi
    results+=("$c connections: static $(echo "$static" | rps)/s p99 $(echo "$static" | p99 | ms) ms; questionnaire $(echo "$page" | rps)/s p99 $(echo "$page" | p99 | ms) ms")
    if [ "$c" = 64 ]; then
        static64=$(echo "$static" | rps); page64=$(echo "$page" | rps); p99_64=$(echo "$page" | p99 | ms)
    fi
done

# the submission path needs its own warm-up: the first 10 s of submissions run at about 150/s on PostgreSQL, later
# ones at 360-420/s (each run on links never used before); WARM_UP sets its length
log "submissions (${WARM_UP:-30s} warm-up on links of their own, then 10 s measured)"
submit() { # $1 = file of link tokens, $2 = duration
    TOKENS=$1 QUESTIONS=$WORK/questions CSRF=$WORK/csrf THREADS=2 \
        wrk -t2 -c16 -d"$2" --latency -s "$ROOT/bench/lua/submit.lua" "$BASE"
}
measured=$(($(wc -l <"$WORK/all-tokens") / 3))
sed -n "2,$((measured * 2))p" "$WORK/all-tokens" >"$WORK/warm-up-tokens"
tail -n +$((measured * 2 + 1)) "$WORK/all-tokens" >"$WORK/tokens"
responses() { # how many responses the round has stored
    curl -fs -u manager:manager "$BASE/api/v1/teams/$team/rounds" | grep -o "\"id\":$round,[^}]*" \
        | grep -o '"responses":[0-9]*' | grep -o '[0-9]*$'
}
submit "$WORK/warm-up-tokens" "${WARM_UP:-30s}" >/dev/null
sleep 2 # the warm-up's last requests finish
before=$(responses)
out=$(submit "$WORK/tokens" 10s)
sleep 2
submissions=$(echo "$out" | rps)
sent=$(echo "$out" | awk '/requests in/ { print $1 }')
errors=$(echo "$out" | awk '/Non-2xx or 3xx/ { print $5 }'); errors=${errors:-0}
# submit.lua counts answers that hand out a respondent secret of the server's making: its own was not taken
replaced=$(echo "$out" | awk -F': ' '/respondent secrets replaced/ { print $2 }'); replaced=${replaced:-unknown}
stored=$(($(responses) - before))

summary="questionnaire-throughput ($DATABASE): ${results[*]}; submissions ${submissions}/s, $sent acknowledged, $errors errors, $stored stored, $replaced respondent cookies replaced"
pass=true
awk -v p="$page64" -v s="$static64" 'BEGIN { exit !(p >= s / 2) }' || pass=false
awk -v p="$p99_64" 'BEGIN { exit !(p < 50) }' || pass=false
awk -v r="$submissions" -v t="$target" 'BEGIN { exit !(r >= t) }' || pass=false
[ "$errors" = 0 ] && [ "$replaced" = 0 ] || pass=false
# wrk counts the requests it saw answered; up to one per connection is still in flight when it stops, and the server
# stores those too: acknowledged <= stored <= acknowledged + connections, and never more links than there were
[ "$sent" -lt "$(wc -l <"$WORK/tokens")" ] && [ "$stored" -ge "$sent" ] && [ "$stored" -le $((sent + 16)) ] || pass=false
if $pass; then echo "$summary — PASS"; else echo "$summary — MISSED"; exit 1; fi
