#!/usr/bin/env bash
# Proof 4 of issue 7: generated malformed submissions (values out of range or not numbers, unknown questions, another
# set's questions, 1 MB comments, nothing answered, missing and forged CSRF tokens, stale forms replayed after a save,
# broken percent-encoding, invalid UTF-8) sent over real HTTP to invitation links of a running application (H2, the
# test profile's demo data). Passes when every one is refused with a 4xx that names the reason on the page, none
# answers 5xx, and nothing of them is stored. `./mvnw verify` runs the same test with 120 submissions.
#
#   bench/bad-input.sh            # 1,000 submissions
#   COUNT=5000 bench/bad-input.sh
#
# Prints one summary line; exits non-zero when any submission is not refused properly or anything was stored.
# Each submission comes from a browser of its own (the test's HttpClient with a CookieManager per link): it keeps the
# CSRF cookie and, once it has saved, the respondent secret cookie the server hands out (scorecard-respondent), so a
# stale form replayed after a save is refused as stale or invalid, never as "this link is in use".
set -euo pipefail
. "$(dirname "$0")/lib.sh"

ROOT=$(cd "$(dirname "$0")/.." && pwd)
COUNT=${COUNT:-1000}
LOG=$ROOT/target/bench/bad-input.log
mkdir -p "$(dirname "$LOG")"

step "sending $COUNT malformed submissions (MalformedSubmissionsTests)" "$LOG"
status=0
(cd "$ROOT" && ./mvnw -B test -Dtest=MalformedSubmissionsTests -Dsurefire.failIfNoSpecifiedTests=false \
    -Djacoco.skip=true -Dscorecard.bad.count="$COUNT") >"$LOG" 2>&1 || status=$?
kinds=$(grep -o "Malformed submissions by kind and status: .*" "$LOG" | sed 's/^Malformed submissions by kind and status: //' ||
    true)
if [ $status -eq 0 ] && [ -z "$kinds" ]; then
    # the test ran no submissions at all (not found, skipped): a pass would say nothing
    echo "bad-input: FAIL — the build passed but reported no submissions; see $LOG" >&2
    exit 1
fi
if [ $status -eq 0 ]; then
    echo "bad-input: PASS — $COUNT malformed submissions, all refused with a 4xx and a reason, 0 × 5xx, 0 stored; by kind and status: $kinds"
else
    echo "bad-input: FAIL (the build's exit status $status) — see $LOG; by kind and status: ${kinds:-none recorded}"
    grep -A20 -e "<<< FAIL" -e "BUILD FAILURE" -e "\[ERROR\]" "$LOG" | grep -v "^\s*at " | sed -n 1,20p >&2 || true
fi
exit $status
