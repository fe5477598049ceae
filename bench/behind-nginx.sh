#!/usr/bin/env bash
# Puts the app behind nginx exactly as the README's "Behind a reverse proxy" says — TLS ended by nginx, the
# forwarded headers of its location block, SCORECARD_TRUSTED_PROXIES and SCORECARD_BASE_URL — and tries, as an
# organisation's IT would, what that setup promises. Not a benchmark and not part of `verify`: an acceptance check to
# run by hand (about a minute) after changing anything about proxies, cookies, redirects or sign-in.
#
#   bench/behind-nginx.sh
#
# The browser side is curl from 127.0.0.2 and 127.0.0.3 (two "people"), nginx listens on 127.0.0.1 and is the only
# trusted proxy, the app listens on 127.0.0.1 only. Needs: Java 17+, nginx, openssl, curl (Debian: apt-get install -y
# nginx openssl curl). Prints one line per case and exits 1 if any fails, saying which.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_WORK:-$ROOT/target/behind-nginx}
JAR=$ROOT/target/excellence-scorecard.jar
HOST=scorecard.example.org
HTTPS_PORT=${HTTPS_PORT:-18443}
HTTP_PORT=${HTTP_PORT:-18081}
APP_PORT=${APP_PORT:-18090}
BASE=https://$HOST:$HTTPS_PORT
ADMIN=it-admin
PASSWORD='correct horse battery staple 42'

need java nginx openssl curl
if [ ! -f "$JAR" ]; then
    step "building $JAR"
    (cd "$ROOT" && ./mvnw -B -DskipTests package)
fi
rm -rf "$WORK" && mkdir -p "$WORK/temp" "$WORK/data"

step "making a test certificate for $HOST" "$WORK/openssl.log"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=$HOST" -addext "subjectAltName=DNS:$HOST" \
    -keyout "$WORK/$HOST.key" -out "$WORK/$HOST.crt" 2>"$WORK/openssl.log"

# The README's server blocks, with this machine's addresses and ports.
cat >"$WORK/nginx.conf" <<EOF
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events {}
http {
    access_log $WORK/nginx-access.log;
    client_body_temp_path $WORK/temp/body;
    proxy_temp_path $WORK/temp/proxy;
    fastcgi_temp_path $WORK/temp/fastcgi;
    uwsgi_temp_path $WORK/temp/uwsgi;
    scgi_temp_path $WORK/temp/scgi;
    server {
        listen 127.0.0.1:$HTTPS_PORT ssl;
        server_name $HOST;
        ssl_certificate     $WORK/$HOST.crt;
        ssl_certificate_key $WORK/$HOST.key;

        location / {
            proxy_pass http://127.0.0.1:$APP_PORT;
            proxy_http_version 1.1;
            proxy_set_header Host              \$host;
            proxy_set_header X-Forwarded-For   \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host  \$host;
            proxy_set_header X-Forwarded-Port  \$server_port;
        }
    }
    server {
        listen 127.0.0.1:$HTTP_PORT;
        server_name $HOST;
        return 301 https://\$host:$HTTPS_PORT\$request_uri;
    }
}
EOF

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

step "starting nginx and the app" "$WORK/app.log and $WORK/nginx-error.log"
nginx -p "$WORK" -c "$WORK/nginx.conf" 2>>"$WORK/nginx-error.log" &
pids+=($!)
SCORECARD_TRUSTED_PROXIES='127\.0\.0\.1' SCORECARD_BASE_URL=$BASE \
    SCORECARD_ADMIN_USERNAME=$ADMIN SCORECARD_ADMIN_PASSWORD=$PASSWORD \
    java -jar "$JAR" --server.address=127.0.0.1 --server.port=$APP_PORT \
    --spring.datasource.url="jdbc:h2:file:$WORK/data/scorecard;DB_CLOSE_ON_EXIT=FALSE" >"$WORK/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health/readiness" && break
    kill -0 "${pids[1]}" 2>/dev/null || fail "the app stopped"
    sleep 1
done
curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health/readiness" || fail "the app did not become ready"
kill -0 "${pids[0]}" 2>/dev/null || fail "nginx stopped"

failed=0
check() { # $1 = case, $2 = 0 when it holds
    if [ "$2" -eq 0 ]; then echo "ok   $1"; else echo "FAIL $1"; failed=1; fi
}
# A person's browser: curl from their own address, through nginx, trusting the test certificate.
as() { # $1 = 2 or 3 (the person's address 127.0.0.$1), then curl arguments
    local who=$1
    shift
    curl -s --interface "127.0.0.$who" --cacert "$WORK/$HOST.crt" \
        --resolve "$HOST:$HTTPS_PORT:127.0.0.1" --resolve "$HOST:$HTTP_PORT:127.0.0.1" "$@"
}
csrf_of() { csrf_token; }
sign_in() { # $1 = person, $2 = jar, $3 = password, extra curl arguments after; prints the Location
    local who=$1 jar=$2 password=$3
    shift 3
    local token
    token=$(as "$who" -c "$jar" -b "$jar" "$BASE/login" | csrf_of) || fail "no sign-in form for 127.0.0.$who"
    as "$who" -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$@" \
        --data-urlencode "username=$ADMIN" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" \
        "$BASE/login"
}

step "checking the cases" "$WORK/app.log, $WORK/nginx-error.log and $WORK/nginx-access.log"
headers=$(as 2 -D - -o /dev/null "$BASE/login") || fail "nginx did not answer $BASE/login"
check "HTTPS through nginx: HSTS on the sign-in page" \
    "$(grep -qi '^strict-transport-security: max-age=31536000' <<<"$headers"; echo $?)"
check "HTTPS through nginx: the form's cookie is a Secure __Host- cookie" \
    "$(grep -i '^set-cookie: __Host-scorecard-csrf=' <<<"$headers" | grep -qi 'secure'; echo $?)"
check "plain HTTP is sent to HTTPS" \
    "$([ "$(as 2 -o /dev/null -w '%{http_code} %{redirect_url}' "http://$HOST:$HTTP_PORT/login")" = \
        "301 $BASE/login" ]; echo $?)"

landed=$(sign_in 2 "$WORK/person2.jar" "$PASSWORD")
check "signing in lands on $BASE/ (relative redirect read against the address used)" \
    "$([ "$landed" = "$BASE/" ]; echo $?)"
check "the session cookie is __Host-JSESSIONID, Secure" \
    "$(grep -q '#HttpOnly_'"$HOST"'.*TRUE.*__Host-JSESSIONID' "$WORK/person2.jar"; echo $?)"
check "a page opens with that session" \
    "$([ "$(as 2 -b "$WORK/person2.jar" -o /dev/null -w '%{http_code}' "$BASE/teams")" = 200 ]; echo $?)"

evil=$(as 2 -D - -o /dev/null -H 'Host: evil.example' "$BASE/teams" | tr -d '\r' | grep -i '^location:' || true)
check "a Host header sent through nginx never comes back in a redirect ($evil)" \
    "$([ "$evil" = "location: /login" ] || [ "$evil" = "Location: /login" ]; echo $?)"

docs=$(as 2 -b "$WORK/person2.jar" "$BASE/v3/api-docs")
check "the API description's server is the base URL" "$(grep -q "\"url\" *: *\"$BASE\"" <<<"$docs"; echo $?)"

# Ten wrong passwords from person 2 (claiming another address in X-Forwarded-For, which nginx appends to) lock the
# pair: person 2 cannot sign in, person 3 — another address behind the same proxy — still can.
for _ in $(seq 10); do
    sign_in 2 "$WORK/wrong.jar" "not the password" -H 'X-Forwarded-For: 203.0.113.9' >/dev/null
done
locked=$(sign_in 2 "$WORK/locked.jar" "$PASSWORD")
check "ten failures lock that person's address ($locked)" "$(grep -q '/login?error' <<<"$locked"; echo $?)"
other=$(sign_in 3 "$WORK/person3.jar" "$PASSWORD")
check "...and nobody else behind the same proxy ($other)" "$([ "$other" = "$BASE/" ]; echo $?)"
check "the log names the person's address, not nginx's nor the one they claimed" \
    "$(grep "Sign-in failed" "$WORK/app.log" | tail -1 | grep -q '127.0.0.2'; echo $?)"

# A script's token, made on the page as a person would, then used through nginx.
page=$(as 3 -b "$WORK/person3.jar" "$BASE/account/tokens")
made=$(as 3 -b "$WORK/person3.jar" --data-urlencode "name=nightly export" --data-urlencode "days=30" \
    --data-urlencode "_csrf=$(csrf_of <<<"$page")" "$BASE/account/tokens")
secret=$(grep -o 'sct_[A-Za-z0-9_-]\{43\}' <<<"$made" | sed -n 1p || true)
check "a personal token is made on the page" "$([ -n "$secret" ]; echo $?)"
status=$(as 3 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $secret" "$BASE/api/v1/teams")
check "a script calls the API through nginx with the token" "$([ "$status" = 200 ]; echo $?)"
scored=$(as 3 -H "Authorization: Bearer $secret" -H 'Content-Type: application/json' \
    -d '{"questionSet":"serve","answers":{"serve-by-choice":4}}' "$BASE/api/v1/score")
check "POST /api/v1/score through nginx" "$(grep -q '"questionSet":"serve"' <<<"$scored"; echo $?)"

if [ "$failed" -ne 0 ]; then
    echo "behind-nginx: some cases failed; logs in $WORK (app.log, nginx-error.log, nginx-access.log)" >&2
    exit 1
fi
echo "behind-nginx: every case holds"
