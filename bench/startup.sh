#!/usr/bin/env bash
# Time to ready, time to the first 100 responses and resident memory after a fixed load, for the ways the app can be
# started on this machine, each started RUNS times on a copy of the same H2 file. Not a test: run it by hand on a quiet
# machine (about 10 minutes with the defaults). Issue 19 measures its "before" and "after" with it.
#
#   bench/startup.sh                                  # every variant, 3 runs each
#   VARIANTS="java17-jar java25-aot" RUNS=5 bench/startup.sh
#
# Variants:
#   java17-jar        java -jar on the default JDK (17)
#   java17-extracted  the jar extracted (java -Djarmode=tools extract), as the container runs it, on JDK 17
#   java25-extracted  the same on the Temurin 25 JDK ($JAVA25_HOME)
#   java25-aot        the same with a JDK AOT cache made by an onRefresh-only training run (the state before issue 19)
#   container         the Dockerfile's steps without Docker: the jar built on Java 25 with Spring AOT, extracted, the
#                     training run of docker/train.sh, then the ENTRYPOINT's options (docker/jvm.options, -XX:AOTCache)
# Every variant runs with -Xmx256m. "ready" is the first 200 from /actuator/health/readiness (polled every 50 ms);
# "first 100" the time for 100 sign-in pages one after another right after ready; the load is wrk on the sign-in page
# and a signed-in home page at LOAD_CONNECTIONS connections for LOAD_SECONDS; RSS is read from /proc after it.
# Needs: curl, wrk, a JDK 17 as `java`, Temurin 25 at $JAVA25_HOME. Results: a Markdown table on stdout.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_WORK:-$ROOT/target/bench-startup}
JAR=$ROOT/target/excellence-scorecard.jar
JAVA25_HOME=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
VARIANTS=${VARIANTS:-"java17-jar java17-extracted java25-extracted container"}
RUNS=${RUNS:-3}
LOAD_SECONDS=${LOAD_SECONDS:-40}
LOAD_CONNECTIONS=${LOAD_CONNECTIONS:-64}
PORT=${PORT:-18095}
ADMIN=bench-admin
PASSWORD='a throwaway bench password 17'
log() { echo "[startup] $*" >&2; }
fail() { echo "startup: $*" >&2; exit 1; }

for tool in java curl wrk; do
    command -v "$tool" >/dev/null || fail "$tool is missing (Debian: apt-get install -y $tool)"
done
[[ " $VARIANTS " == *" java25-"* ]] && { [ -x "$JAVA25_HOME/bin/java" ] || fail "no JDK 25 at $JAVA25_HOME"; }
# Built as the container builds it (on Java 25, Spring AOT included); every variant runs this same jar. REBUILD=0 keeps
# an existing one.
if [ "${REBUILD:-1}" = 1 ] || [ ! -f "$JAR" ]; then
    log "building $JAR on $JAVA25_HOME"
    (cd "$ROOT" && JAVA_HOME=$JAVA25_HOME ./mvnw -B -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true package \
        >"$ROOT/target/bench-startup-build.log" 2>&1) || fail "the build failed; see target/bench-startup-build.log"
fi
rm -rf "$WORK" && mkdir -p "$WORK"

# One database, made once and copied for every run, so that every start finds the same data (migrated, demo-free).
prepare_database() {
    log "preparing the database"
    java -Xmx256m -jar "$JAR" --server.port=$PORT --server.address=127.0.0.1 \
        --spring.datasource.url="jdbc:h2:file:$WORK/template/scorecard;DB_CLOSE_ON_EXIT=FALSE" \
        --scorecard.admin.username=$ADMIN --scorecard.admin.password="$PASSWORD" >"$WORK/prepare.log" 2>&1 &
    local pid=$!
    wait_ready || { kill "$pid"; fail "the app did not start to prepare the database; see $WORK/prepare.log"; }
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}

wait_ready() { # prints nothing; 0 when ready within 120 s
    for _ in $(seq 2400); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness")" = 200 ] && return 0
        sleep 0.05
    done
    return 1
}

extract() { # $1 = java, $2 = directory
    [ -d "$2" ] && return 0
    "$1" -Djarmode=tools -jar "$JAR" extract --destination "$2" >/dev/null || fail "extracting the jar failed"
}

container_image() { # the Dockerfile's runtime stage, in $WORK/container
    [ -f "$WORK/container/app.aot" ] && return 0
    log "assembling the container's files (docker/assemble.sh, with its training run)"
    JAVA_HOME=$JAVA25_HOME "$ROOT/docker/assemble.sh" "$JAR" "$WORK/container" >"$WORK/container-training.log" 2>&1 \
        || fail "assembling the container's files failed; see $WORK/container-training.log"
}

command_of() { # $1 = variant; prints the command line (without the app's own arguments)
    case $1 in
        java17-jar) echo "java -Xmx256m -jar $JAR" ;;
        java17-extracted) extract java "$WORK/extracted17"
            echo "java -Xmx256m -jar $WORK/extracted17/excellence-scorecard.jar" ;;
        java25-extracted) extract "$JAVA25_HOME/bin/java" "$WORK/extracted25"
            echo "$JAVA25_HOME/bin/java -Xmx256m -jar $WORK/extracted25/excellence-scorecard.jar" ;;
        java25-aot) extract "$JAVA25_HOME/bin/java" "$WORK/extracted25"
            if [ ! -f "$WORK/app.aot" ]; then
                log "training run for the AOT cache"
                rm -rf "$WORK/training" && cp -r "$WORK/template" "$WORK/training"
                "$JAVA25_HOME/bin/java" -Xmx256m -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh \
                    -jar "$WORK/extracted25/excellence-scorecard.jar" --server.port=$PORT \
                    --spring.datasource.url="jdbc:h2:file:$WORK/training/scorecard;DB_CLOSE_ON_EXIT=FALSE" \
                    >"$WORK/training.log" 2>&1 || true
                [ -f "$WORK/app.aot" ] || fail "the training run made no AOT cache; see $WORK/training.log"
            fi
            echo "$JAVA25_HOME/bin/java -Xmx256m -XX:AOTCache=$WORK/app.aot -jar $WORK/extracted25/excellence-scorecard.jar" ;;
        container) container_image
            echo "$JAVA25_HOME/bin/java @$WORK/container/jvm.options -XX:AOTCache=$WORK/container/app.aot -Xmx256m -jar $WORK/container/excellence-scorecard.jar" ;;
        *) fail "unknown variant $1" ;;
    esac
}

now_ms() { date +%s%3N; }

sign_in() { # $1 = cookie jar
    local token
    token=$(curl -s -c "$1" -b "$1" "http://127.0.0.1:$PORT/login" |
        grep -o 'name="_csrf"[^>]*value="[^"]*"\|value="[^"]*"[^>]*name="_csrf"' | head -1 |
        grep -o 'value="[^"]*"' | sed 's/value="//; s/"$//')
    curl -s -c "$1" -b "$1" -o /dev/null --data-urlencode "username=$ADMIN" --data-urlencode "password=$PASSWORD" \
        --data-urlencode "_csrf=$token" "http://127.0.0.1:$PORT/login"
    awk '$6 == "JSESSIONID" || $6 == "SESSION" { print $6 "=" $7 }' "$1"
}

one_run() { # $1 = variant, $2 = run number; prints "ready_ms first100_ms rss_idle_mb rss_after_mb requests_per_s"
    local dir=$WORK/run-$1-$2 command pid start ready first rss_idle rss_after cookie rate
    rm -rf "$dir" && cp -r "$WORK/template" "$dir"
    command=$(command_of "$1")
    start=$(now_ms)
    # shellcheck disable=SC2086
    $command --server.port=$PORT --server.address=127.0.0.1 \
        --spring.datasource.url="jdbc:h2:file:$dir/scorecard;DB_CLOSE_ON_EXIT=FALSE" >"$dir.log" 2>&1 &
    pid=$!
    wait_ready || { kill "$pid" 2>/dev/null; fail "$1 run $2 did not become ready within 120 s; see $dir.log"; }
    ready=$(( $(now_ms) - start ))
    start=$(now_ms)
    for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$PORT/login"; done
    first=$(( $(now_ms) - start ))
    rss_idle=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")
    cookie=$(sign_in "$WORK/jar-$1-$2")
    [ -n "$cookie" ] || { kill "$pid"; fail "$1 run $2: signing in failed; see $dir.log"; }
    rate=$(wrk -t2 -c"$LOAD_CONNECTIONS" -d"${LOAD_SECONDS}s" -H "Cookie: $cookie" "http://127.0.0.1:$PORT/" |
        awk '/Requests\/sec/ { printf "%d", $2 }')
    rss_after=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "$ready $first $rss_idle $rss_after $rate"
}

prepare_database
echo "| variant | run | ready (ms) | first 100 responses (ms) | RSS idle (MB) | RSS after load (MB) | home page, req/s |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for variant in $VARIANTS; do
    for run in $(seq "$RUNS"); do
        log "$variant, run $run"
        read -r ready first idle after rate < <(one_run "$variant" "$run")
        echo "| $variant | $run | $ready | $first | $idle | $after | $rate |"
    done
done
log "machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); load $(cut -d' ' -f1-3 /proc/loadavg)"
