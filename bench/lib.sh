# shellcheck shell=bash
# What the scripts in bench/ share: saying why they stop, and signing in. Sourced right after `set -euo pipefail`:
#
#   . "$(dirname "$0")/lib.sh"
#   step "signing in" "$WORK/app.log"    # what the script does now, and the log to read should it fail there
#   cookie=$(sign_in_as "$BASE" manager manager "$WORK/cookies")
#   [ -n "$team" ] || fail "no team on /teams"
#
# With `set -e` a failed grep or curl ends a script without a word. Here every such stop prints the step, the line and
# the command that failed, and the log to read; fail says the same with a sentence of the script's own.

BENCH_NAME=$(basename "$0" .sh)
BENCH_STEP="starting"
BENCH_LOG=""

# Prints a progress line and remembers what the script is doing (and, if given, the log to read when that fails).
step() {
    BENCH_STEP=$1
    [ $# -lt 2 ] || BENCH_LOG=$2
    echo "[$BENCH_NAME] $1" >&2
}

# Stops the script, saying why. In a command substitution it ends only that, whose status then stops the script.
fail() {
    echo "$BENCH_NAME: FAILED while $BENCH_STEP: $*${BENCH_LOG:+ — see $BENCH_LOG}" >&2
    exit 1
}

# The ERR trap: a command failed and `set -e` is about to end the script. Reported by the script's own shell only: a
# command substitution's failure shows as the failed line that holds it (and its inner commands may fail harmlessly,
# as in "$(grep -q …; echo $?)").
bench_stopped() {
    local status=$1 command=$2
    [ "$BASH_SUBSHELL" -eq 0 ] || return 0
    echo "$BENCH_NAME: FAILED while $BENCH_STEP (exit status $status) at ${BASH_SOURCE[1]##*/} line ${BASH_LINENO[0]}:" \
        "$command${BENCH_LOG:+ — see $BENCH_LOG}" >&2
}
set -E
trap 'bench_stopped $? "$BASH_COMMAND"' ERR

# Stops unless every tool named is installed.
need() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || fail "$tool is missing (Debian: apt-get install -y $tool; see the header of $0)"
    done
}

# The first form's CSRF token in the page on stdin (empty when there is none). Reads the whole page: `grep | head`
# under pipefail fails now and then when head closes the pipe before grep has written everything.
csrf_token() { grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//; s/"$//'; }

# The value of the CSRF cookie a link's form came with (scorecard-csrf) in the curl cookie jar $1; empty without one.
csrf_cookie() { awk '$6 == "scorecard-csrf" || $6 == "__Host-scorecard-csrf" { value = $7 } END { print value }' "$1"; }

# The session cookie among the response headers on stdin, as NAME=value: the servlet container's JSESSIONID (sessions
# in memory), Spring Session's SESSION (the postgres profile: sessions in the database), or either's __Host- form
# (over HTTPS). Exit status 1 when the answer set none.
session_cookie_set() {
    tr -d '\r' | awk 'tolower($1) == "set-cookie:" {
            split($2, pair, "="); name = pair[1]; value = substr($2, length(name) + 2); sub(/;$/, "", value)
            if (name ~ /^(__Host-)?(JSESSIONID|SESSION)$/ && value != "") cookie = name "=" value
        } END { if (cookie == "") exit 1; print cookie }'
}

# Signs in through the form at $1 (a base URL) as $2 with password $3, keeping cookies in the jar $4, and prints the
# session cookie that sign-in set (see session_cookie_set), to send with wrk or curl -H "Cookie: …".
sign_in_as() {
    local base=$1 user=$2 password=$3 jar=$4 page token headers
    page=$(curl -fsS -c "$jar" -b "$jar" "$base/login") || fail "GET $base/login did not answer"
    token=$(csrf_token <<<"$page")
    [ -n "$token" ] || fail "no CSRF token in the form of $base/login"
    headers=$(curl -fsS -o /dev/null -D - -c "$jar" -b "$jar" --data-urlencode "username=$user" \
        --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/login") ||
        fail "POST $base/login as $user did not answer"
    if grep -qi '^location:.*error' <<<"$headers"; then
        fail "signing in as $user was refused ($(grep -i '^location:' <<<"$headers" | tr -d '\r'))"
    fi
    session_cookie_set <<<"$headers" ||
        fail "signing in as $user set no session cookie (JSESSIONID, SESSION or __Host-…); the answer's headers:
$headers"
}
