#!/usr/bin/env bash
# Lighthouse scores of the questionnaire and the scorecard in Lighthouse's mobile emulation (a phone on a slow 4G
# network and a slowed CPU), as a manager meets them: the demo profile on a fresh H2 file, signed in, a self-assessment
# of "Do we SERVE our customers?" started, answered and submitted; then a scorecard with must-haves and targets: a
# self-assessment of "outstanding-service-foundations" asking where we want to be in a year (today 4 everywhere but one
# must-have at 3, in a year 5). Not a test: run it by hand on a quiet machine.
#
#   bench/lighthouse-mobile.sh                         # the jar of this checkout (built when missing)
#   JAR=/tmp/old/target/excellence-scorecard.jar bench/lighthouse-mobile.sh   # another build, for a before/after
#
# Needs: Java 17+, curl, node, Debian's chromium, and lighthouse 12.2.3 (npm install -g lighthouse@12.2.3).
# Results: a Markdown table on stdout; the full reports in $BENCH_WORK/lighthouse-*.json.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_WORK:-$ROOT/target/bench}
JAR=${JAR:-$ROOT/target/excellence-scorecard.jar}
PORT=${PORT:-18090}
BASE=http://127.0.0.1:$PORT
log() { echo "[bench] $*" >&2; }

need java curl node lighthouse
[ -x /usr/bin/chromium ] || fail "Debian's chromium is missing (apt-get install -y chromium)"
if [ ! -f "$JAR" ]; then
    step "building $JAR"
    (cd "$ROOT" && ./mvnw -B -DskipTests package)
fi
mkdir -p "$WORK"
DATA=$(mktemp -d "$WORK/lighthouse-data.XXXXXX")
JAR_COOKIES=$DATA/cookies.txt

step "starting the demo" "$DATA/app.log"
java -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" --server.address=127.0.0.1 \
    --spring.datasource.url="jdbc:h2:file:$DATA/demo;DB_CLOSE_ON_EXIT=FALSE" >"$DATA/app.log" 2>&1 &
APP=$!
# the data directory (and the app's log in it) stays when the script fails, to be read
trap 'status=$?; kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; [ $status -ne 0 ] || rm -rf "$DATA"' EXIT
for _ in $(seq 1 360); do
    curl -fs "$BASE/login" -o /dev/null && break
    kill -0 "$APP" 2>/dev/null || fail "the application stopped"
    sleep 0.5
done
curl -fs "$BASE/login" -o /dev/null || fail "the application did not answer /login within 180 s"

csrf() { csrf_token; }
page() { curl -fsS -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$@"; }

step "signing in as the demo manager"
sign_in_as "$BASE" manager manager "$JAR_COOKIES" >/dev/null
home=$(page "$BASE/")
team=$(grep -o '/teams/[0-9]*/rounds/new' <<<"$home" | sed -n 1p | grep -o '[0-9]\+' || true)
[ -n "$team" ] || fail "no team to start a round for on the home page"
token=$(page "$BASE/teams/$team/rounds/new" | csrf)
questionnaire=$(page -o /dev/null -w '%{redirect_url}' \
    -d "questionSet=serve&mode=SELF&label=Lighthouse&closesOn=&_csrf=$token" "$BASE/teams/$team/rounds")
[ -n "$questionnaire" ] || fail "starting a self-assessment of serve led nowhere"
step "questionnaire at $questionnaire"

form=$(page "$questionnaire")
fields=(--data-urlencode "_csrf=$(csrf <<<"$form")" --data-urlencode "action=submit")
for hidden in lockVersion versionId submissionId; do
    value=$(grep -o "name=\"$hidden\" value=\"[^\"]*\"" <<<"$form" | sed 's/.*value="//; s/"$//')
    fields+=(--data-urlencode "$hidden=$value")
done
while read -r name; do
    fields+=(--data-urlencode "$name=4")
done < <(grep -o 'name="choices\[[^]]*\]"' <<<"$form" | sed 's/name="//; s/"$//' | sort -u)

cookie=$(awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "} /^#HttpOnly_/ {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$JAR_COOKIES")
headers=$(printf '{"Cookie": "%s"}' "$cookie")

audit() { # $1 = name, $2 = url
    local report=$WORK/lighthouse-$1.json
    step "auditing $1 ($2)" "$WORK/lighthouse-$1.log"
    CHROME_PATH=/usr/bin/chromium lighthouse "$2" --quiet --output=json --output-path="$report" \
        --only-categories=performance,accessibility,best-practices,seo \
        --extra-headers="$headers" --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
        >"$WORK/lighthouse-$1.log" 2>&1
    node -e '
        const r = require(process.argv[1]);
        const c = r.categories, a = r.audits;
        const score = k => Math.round(c[k].score * 100);
        console.log(`| ${process.argv[2]} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")}`
            + ` | ${score("seo")} | ${Math.round(a["first-contentful-paint"].numericValue)} ms`
            + ` | ${Math.round(a["largest-contentful-paint"].numericValue)} ms`
            + ` | ${a["cumulative-layout-shift"].numericValue.toFixed(3)}`
            + ` | ${Math.round(a["total-byte-weight"].numericValue / 1024)} KiB |`);
    ' "$report" "$1"
}

echo "| page | performance | accessibility | best practices | SEO | first contentful paint | largest contentful paint | layout shift | transferred |"
echo "|---|---|---|---|---|---|---|---|---|"
audit questionnaire "$questionnaire"
step "submitting the questionnaire" "$DATA/app.log"
scorecard=$(page -o /dev/null -w '%{redirect_url}' "${fields[@]}" "$questionnaire")
[ -n "$scorecard" ] || fail "submitting the questionnaire led nowhere"
audit scorecard "$scorecard"

step "a self-assessment with must-haves and targets" "$DATA/app.log"
token=$(page "$BASE/teams/$team/rounds/new" | csrf)
targeted=$(page -o /dev/null -w '%{redirect_url}' \
    -d "questionSet=outstanding-service-foundations&mode=SELF&label=Lighthouse+targets&closesOn=&asksTargets=true&_csrf=$token" \
    "$BASE/teams/$team/rounds")
form=$(page "$targeted")
fields=(--data-urlencode "_csrf=$(csrf <<<"$form")" --data-urlencode "action=submit")
for hidden in lockVersion versionId submissionId asksTargets; do
    value=$(grep -o "name=\"$hidden\" value=\"[^\"]*\"" <<<"$form" | sed 's/.*value="//; s/"$//' | sed -n 1p || true)
    [ -n "$value" ] && fields+=(--data-urlencode "$hidden=$value")
done
first=yes
while read -r name; do
    if [ "$first" = yes ]; then fields+=(--data-urlencode "$name=3"); first=no; else fields+=(--data-urlencode "$name=4"); fi
done < <(grep -o 'name="choices\[[^]]*\]"' <<<"$form" | sed 's/name="//; s/"$//' | sort -u)
while read -r name; do
    fields+=(--data-urlencode "$name=5")
done < <(grep -o 'name="targets\[[^]]*\]"' <<<"$form" | sed 's/name="//; s/"$//' | sort -u)
scorecard=$(page -o /dev/null -w '%{redirect_url}' "${fields[@]}" "$targeted")
[ -n "$scorecard" ] || fail "submitting the self-assessment with targets led nowhere"
audit scorecard-targets "$scorecard"
