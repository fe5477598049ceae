#!/usr/bin/env bash
# Smoke test of what the container runs, on Java 25 (.ci/run): assembles the runtime stage from the packaged jar
# (docker/assemble.sh, whose training run already signs in and reads the main pages and the API), then starts it
#   1. with the ENTRYPOINT's options: must use the build's Spring AOT code and the AOT cache, and become ready;
#   2. configured differently from the build (scheduling off): must start the ordinary way, say why, and become ready.
#
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 docker/smoke.sh target/excellence-scorecard.jar
set -euo pipefail
jar=$(realpath "$1")
java=${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java
work=$(dirname "$jar")/container-smoke
port=${SMOKE_PORT:-18078}
fail() { echo "smoke: $*" >&2; exit 1; }

"$(dirname "$0")/assemble.sh" "$jar" "$work/app" || fail "assembling the container's files failed"

start() { # $1 = name; rest = the application's arguments. Leaves the pid in $pid.
    local name=$1 log=$work/$1.log
    shift
    rm -rf "$work/data-$name"
    # -XX:AOTMode=on: refuse to start unless the cache is used (the container's default, auto, would carry on without).
    "$java" @"$work/app/jvm.options" -XX:AOTCache="$work/app/app.aot" -XX:AOTMode=on \
        -jar "$work/app/excellence-scorecard.jar" \
        --server.port="$port" --server.address=127.0.0.1 \
        --spring.datasource.url="jdbc:h2:file:$work/data-$name/scorecard;DB_CLOSE_ON_EXIT=FALSE" "$@" >"$log" 2>&1 &
    pid=$!
    "$java" -cp "$work/app/healthcheck" Training --ready-only "http://127.0.0.1:$port" \
        || { kill "$pid" 2>/dev/null; tail -40 "$log" >&2; fail "$name: not ready; the log is $log"; }
    local status
    status=$("$java" -cp "$work/app/healthcheck" HealthCheck "http://127.0.0.1:$port/login" && echo 200 || echo other)
    [ "$status" = 200 ] || { kill "$pid"; fail "$name: the sign-in page did not answer 200; see $log"; }
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; }

start as-built
stop
grep -q "Starting AOT-processed" "$work/as-built.log" || fail "as-built: the build's Spring AOT code was not used; see $work/as-built.log"
grep -q "Starting without the build-time" "$work/as-built.log" && fail "as-built: fell back to the ordinary start; see $work/as-built.log"
echo "smoke: as built: Spring AOT code and the AOT cache used, ready, sign-in page 200"

start configured-otherwise --scorecard.scheduling=off
stop
grep -q "Starting without the build-time bean definitions (Spring AOT): this start is configured differently from the build: scorecard.scheduling" \
    "$work/configured-otherwise.log" || fail "configured otherwise: no fallback to the ordinary start; see $work/configured-otherwise.log"
grep -q "Starting AOT-processed" "$work/configured-otherwise.log" && fail "configured otherwise: the build's code was used anyway"
echo "smoke: configured otherwise: started the ordinary way, said why, ready, sign-in page 200"
