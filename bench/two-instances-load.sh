#!/usr/bin/env bash
# Proofs 1-3 of issue 7 at full scale: one PostgreSQL (Debian's package), two app instances behind nginx, and 200
# respondents for 60 s through invitation links — each opens its link, saves a draft of half the answers, then submits
# them all (nginx sends consecutive steps to either instance) — with PostgreSQL stopped for 10 s in the middle.
#
#   bench/two-instances-load.sh            (as root: it starts and stops the PostgreSQL cluster)
#
# Checks: signed in through one instance, signed in on the other; a draft saved on one resumes on the other in the
# same browser (its respondent cookie) and stays private from another browser (409 "in use", no answers shown); zero
# errors apart from 503s inside the outage, each of which hands back every answer sent; no 409 (neither "in use" nor
# stale) and no respondent cookie replaced by the server; both instances ready again within seconds of the database,
# without a restart; acknowledged submissions = submitted responses stored, none partial. Prints one summary line and
# exits non-zero when a check fails.
# Needs Java 17+, wrk, curl, nginx, PostgreSQL 15 (apt-get install -y wrk curl nginx-light postgresql).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_WORK:-$ROOT/target/bench}/two-instances
RESPONDENTS=${RESPONDENTS:-200}
DURATION=${DURATION:-60}
OUTAGE_AT=${OUTAGE_AT:-25}
OUTAGE=${OUTAGE:-10}
LINKS=${LINKS:-6000}
WARMUP=${WARMUP:-40}
THINK_MS=${THINK_MS:-2000}
WARMUP_LINKS=${WARMUP_LINKS:-2000}
CLUSTER=${CLUSTER:-15 main}
DB=scorecard_load
PORT_A=18091 PORT_B=18092 PORT_LB=18090
JAR=$ROOT/target/excellence-scorecard.jar
log() { echo "[bench] $(date +%T) $*" >&2; }

need java wrk curl nginx psql pg_ctlcluster bc
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -DskipTests package)
rm -rf "$WORK" && mkdir -p "$WORK"

# --- PostgreSQL: a fresh database owned by the bench role
step "preparing a fresh PostgreSQL database $DB" "/var/log/postgresql/"
pg_ctlcluster $CLUSTER start 2>/dev/null || true
as_postgres() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }
as_postgres -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'bench') then
    create role bench login password 'bench'; end if; end \$\$"
as_postgres -c "drop database if exists $DB" -c "create database $DB owner bench"
sql() { PGPASSWORD=bench psql -h 127.0.0.1 -U bench -d "$DB" -qAt -c "$1"; }

# --- two instances (the first creates the demo data; the second finds it there) and nginx in front
pids=()
start_instance() { # $1 = port
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=bench \
        SPRING_DATASOURCE_PASSWORD=bench java -Xmx1g -jar "$JAR" --spring.profiles.active=postgres,demo \
        --server.address=127.0.0.1 --server.port="$1" --scorecard.security.lockout.max-failures=100000 \
        >"$WORK/instance-$1.log" 2>&1 &
    pids+=($!)
}
ready() { curl -fs -o /dev/null "http://127.0.0.1:$1/actuator/health/readiness"; }
wait_ready() { for _ in $(seq 1 180); do ready "$1" && return 0; sleep 0.5; done; fail "instance $1 did not become ready"; }
cleanup() {
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    pg_ctlcluster $CLUSTER start 2>/dev/null || true
}
trap cleanup EXIT
step "starting instance A (it makes the demo data)" "$WORK/instance-$PORT_A.log"
start_instance $PORT_A
wait_ready $PORT_A
for _ in $(seq 1 120); do grep -q "Demo data" "$WORK/instance-$PORT_A.log" && break; sleep 1; done
grep -q "Demo data" "$WORK/instance-$PORT_A.log" || fail "no demo data after 120 s"
step "starting instance B" "$WORK/instance-$PORT_B.log"
start_instance $PORT_B
wait_ready $PORT_B
step "starting nginx" "$WORK/nginx/error.log"
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx.conf" <<EOF
user root;
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    log_format timed '\$msec \$status \$request_time \$upstream_addr "\$request"';
    access_log $WORK/nginx/access.log timed buffer=64k;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    client_max_body_size 2m;
    upstream scorecard {
        server 127.0.0.1:$PORT_A;
        server 127.0.0.1:$PORT_B;
        keepalive 64;
    }
    server {
        listen 127.0.0.1:$PORT_LB;
        location / {
            proxy_pass http://scorecard;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host:\$server_port;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_next_upstream off;
        }
    }
}
EOF
nginx -c "$WORK/nginx.conf" -p "$WORK/nginx"
LB=http://127.0.0.1:$PORT_LB A=http://127.0.0.1:$PORT_A B=http://127.0.0.1:$PORT_B

# --- proof 1: a session made on one instance is good on the other; a draft saved on one resumes on the other
step "proof 1: a session and a draft on both instances" "$WORK/instance-$PORT_A.log and instance-$PORT_B.log"
jar=$WORK/manager.cookies
form_token() { csrf_token; }
sign_in_as "$A" manager manager "$jar" >/dev/null
teams_on_b=$(curl -s -o "$WORK/teams.html" -w '%{http_code}' -b "$jar" "$B/teams")
session_shared=$([ "$teams_on_b" = 200 ] && echo yes || echo no)
team=$(grep -o '/teams/[0-9]*"' "$WORK/teams.html" | sed -n 1p | grep -o '[0-9]*' || true)
[ -n "$team" ] || fail "signed in on $A, but $B answered $teams_on_b for /teams"
new_round() { # $1 = label; prints the round's id
    local t
    t=$(curl -fs -c "$jar" -b "$jar" "$B/teams/$team/rounds/new" | form_token)
    curl -fs -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "_csrf=$t" \
        --data-urlencode questionSet=promote-excellence --data-urlencode mode=TEAM --data-urlencode "label=$1" \
        "$B/teams/$team/rounds" | grep -o '[0-9]*$' || fail "starting the team round $1 led nowhere"
}
invite() { # $1 = round, $2 = how many, $3 = file for the links' tokens
    for from in $(seq 0 200 $(($2 - 1))); do
        t=$(curl -fs -c "$jar" -b "$jar" "$A/rounds/$1" | form_token)
        curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$t" \
            --data-urlencode "names=$(seq "$from" $((from + 199)) | sed 's/^/Person /')" "$A/rounds/$1/invitations"
    done
    curl -fs -b "$jar" "$A/rounds/$1/invitations.csv" | grep -o '/i/[A-Za-z0-9_-]*' | sed 's|/i/||' >"$3" ||
        fail "no links in /rounds/$1/invitations.csv"
}
# the warm-up answers a round of its own, so that the measured round holds only what the measured minute sent
round=$(new_round Load) warm_round=$(new_round Warm-up)
log "team rounds $round (measured) and $warm_round (warm-up); inviting $LINKS + $WARMUP_LINKS people"
invite "$round" "$LINKS" "$WORK/all-tokens"
invite "$warm_round" "$WARMUP_LINKS" "$WORK/warm-up-tokens"
probe=$(sed -n 1p "$WORK/all-tokens")
tail -n +2 "$WORK/all-tokens" >"$WORK/tokens"

# the respondent of the probe link is a browser: one cookie jar, kept (-c) and sent (-b) on every request, so that the
# respondent secret the server hands out at the first save (scorecard-respondent, HttpOnly: curl's jar writes it on a
# line starting #HttpOnly_) goes with the requests after it, to either instance
cookies=$WORK/probe.cookies
page=$(curl -fs -c "$cookies" -b "$cookies" "$A/i/$probe")
echo "$page" | grep -o 'name="choices\[[^]]*\]"' | sed 's/name="choices\[//; s/\]"//' | awk '!seen[$0]++' \
    >"$WORK/questions"
{ csrf_cookie "$cookies"; echo "$page" | form_token; } >"$WORK/csrf"
[ "$(grep -c . "$WORK/csrf")" -eq 2 ] || fail "no CSRF cookie (scorecard-csrf) and form token from the probe link"
half=$(( $(wc -l <"$WORK/questions") / 2 ))
draft=(--data-urlencode action=save --data-urlencode lockVersion=0 --data-urlencode "_csrf=$(sed -n 2p "$WORK/csrf")")
for key in $(head -n "$half" "$WORK/questions"); do draft+=(--data-urlencode "choices[$key]=4"); done
curl -fs -o /dev/null -c "$cookies" -b "$cookies" "${draft[@]}" "$A/i/$probe"
grep -q $'\tscorecard-respondent\t' "$cookies" || fail "the draft's save handed out no respondent cookie"
resumed=$(curl -fs -c "$cookies" -b "$cookies" "$B/i/$probe")
draft_resumed=$([ "$(echo "$resumed" | grep -o 'checked="checked"' | wc -l)" = "$half" ] && echo yes || echo no)
# another browser (no cookies) is told the link is in use, and sees none of the draft
other=$(curl -s -w '\n%{http_code}' "$B/i/$probe")
draft_private=$([ "$(tail -1 <<<"$other")" = 409 ] && grep -q 'This link is in use' <<<"$other" \
    && ! grep -q 'checked="checked"' <<<"$other" && echo yes || echo no)
lock=$(echo "$resumed" | grep -o 'name="lockVersion" value="[0-9]*"' | grep -o '[0-9]*')
version_id=$(echo "$resumed" | grep -o 'name="versionId" value="[0-9]*"' | grep -o '[0-9]*')
log "session shared: $session_shared; draft saved on A resumed on B: $draft_resumed (lock version $lock);"\
" private from another browser: $draft_private"

# --- a warm-up with links of its own, so that the measured minute meets instances that have compiled their code, as
# instances that have been running do (on 2 cores a cold start spends the first minute in the JIT compiler)
step "warming up for ${WARMUP}s" "$WORK/warm-up.out"
TOKENS=$WORK/warm-up-tokens QUESTIONS=$WORK/questions CSRF=$WORK/csrf LOCK=$lock VERSION_ID=$version_id \
    THINK_MS=$THINK_MS STOP_AFTER=$WARMUP THREADS=2 REPORT=$WORK/warm-up-report wrk -t2 -c"$RESPONDENTS" -d$((WARMUP + 5))s \
    --timeout 10s -s "$ROOT/bench/lua/respondents.lua" "$LB" >"$WORK/warm-up.out"

# --- proofs 2 and 3: the load, with the outage in the middle
outage() {
    sleep "$OUTAGE_AT"
    date +%s >"$WORK/outage-start"; pg_ctlcluster $CLUSTER stop -m fast
    sleep "$OUTAGE"
    pg_ctlcluster $CLUSTER start; date +%s >"$WORK/outage-end"
    local back; back=$(date +%s.%N)
    until ready $PORT_A && ready $PORT_B; do sleep 0.1; done
    printf "%.2f\n" "$(echo "$(date +%s.%N) - $back" | bc)" >"$WORK/recovery-seconds"
}
[ "$OUTAGE" -gt 0 ] && { outage & outage_pid=$!; }
step "$RESPONDENTS respondents for ${DURATION}s through nginx; PostgreSQL away from ${OUTAGE_AT}s for ${OUTAGE}s" \
    "$WORK/wrk.out and $WORK/instance-*.log"
TOKENS=$WORK/tokens QUESTIONS=$WORK/questions CSRF=$WORK/csrf LOCK=$lock VERSION_ID=$version_id STOP_AFTER=$DURATION THINK_MS=$THINK_MS THREADS=2 \
    REPORT=$WORK/report wrk -t2 -c"$RESPONDENTS" -d$((DURATION + 8))s --timeout 10s --latency \
    -s "$ROOT/bench/lua/respondents.lua" "$LB" >"$WORK/wrk.out"
[ "$OUTAGE" -gt 0 ] && wait "$outage_pid"
cat "$WORK/wrk.out" >&2
[ -s "$WORK/report" ] || fail "respondents.lua wrote no report"
step "checking what was stored" "$WORK/wrk.out and $WORK/report"
get() { awk -F= -v k="$1" '$1 == k { print $2 }' "$WORK/report"; }

stored=$(sql "select count(*) from response where round_id = $round and status = 'SUBMITTED'")
partial=$(sql "select count(*) from response r where r.round_id = $round and r.status = 'SUBMITTED'
    and (select count(*) from response_answer a where a.response_id = r.id) <> $(wc -l <"$WORK/questions")")
drafts=$(sql "select count(*) from response where round_id = $round and status = 'DRAFT'")
acknowledged=$(get acknowledged) errors=$(get errors) lost=$(get lost) kept=$(get kept)
unavailable=$(( $(get unavailable) + $(get unavailable_pages) ))
in_use=$(get in_use) stale=$(get stale) replaced=$(get secret_replaced)
recovery=$(cat "$WORK/recovery-seconds" 2>/dev/null || echo 0)
p99=$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.out")
# a request wrk gave up on (no answer within 10 s) or a broken connection is an error too
socket_errors=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$WORK/wrk.out")
socket_errors=${socket_errors:-0}
window=ok
if [ "$unavailable" -gt 0 ]; then
    from=$(get first_unavailable) to=$(get last_unavailable)
    [ "$from" -ge "$(cat "$WORK/outage-start")" ] && [ "$to" -le $(( $(cat "$WORK/outage-end") + 10 )) ] || window=outside
fi

summary="two-instances-load: $RESPONDENTS respondents (${THINK_MS} ms between steps) ${DURATION}s over 2 instances; session shared $session_shared,"
summary+=" draft resumed $draft_resumed, private $draft_private; $(get open) opened, $(get saved) drafts saved ($(get saved_on_retry) after a 503),"
summary+=" $acknowledged submissions acknowledged ($(( acknowledged / DURATION ))/s; $(get acknowledged_on_retry) after a 503),"
summary+=" $stored stored, $partial partial, $drafts drafts left;"
summary+=" $errors errors, $socket_errors unanswered, 409s: $in_use in use + $stale stale, $replaced respondent cookies replaced; outage ${OUTAGE}s: $unavailable × 503 ($kept handing back every answer, $lost not) $window,"
summary+=" ready ${recovery}s after the database; p99 $p99"
pass=true
[ "$session_shared" = yes ] && [ "$draft_resumed" = yes ] && [ "$draft_private" = yes ] || pass=false
[ "$in_use" = 0 ] && [ "$stale" = 0 ] && [ "$replaced" = 0 ] || pass=false
[ "$errors" = 0 ] && [ "$socket_errors" = 0 ] && [ "$lost" = 0 ] && [ "$partial" = 0 ] && [ "$window" = ok ] || pass=false
[ "$acknowledged" -gt 0 ] && [ "$acknowledged" = "$stored" ] || pass=false
awk -v r="$recovery" 'BEGIN { exit !(r < 10) }' || pass=false
if $pass; then echo "$summary — PASS"; else echo "$summary — MISSED"; exit 1; fi
