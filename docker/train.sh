#!/bin/sh
# The JDK AOT cache's training run (Java 25): starts the application from <app dir> on a throw-away in-memory database
# with the options the container runs with (<app dir>/jvm.options), lets docker/Training.java sign in and read the main
# pages and the API three times, then stops it; the JVM writes the cache as it exits. Every later start maps the classes
# loaded, linked and profiled here instead of loading them again. Used by the Dockerfile and bench/startup.sh.
#
#   JAVA=/path/to/java docker/train.sh <app dir> <cache file>
set -eu
app=$1
cache=$2
java=${JAVA:-java}
port=${TRAINING_PORT:-18079}
user=warm-up
password="ahead of time cache $(date +%s) recorded here"

"$java" @"$app/jvm.options" -XX:AOTCacheOutput="$cache" -jar "$app/excellence-scorecard.jar" \
    --server.port="$port" --server.address=127.0.0.1 \
    --spring.datasource.url=jdbc:h2:mem:training --spring.datasource.username=sa --spring.datasource.password= \
    --scorecard.admin.username=$user --scorecard.admin.password="$password" >"$app/training.log" 2>&1 &
pid=$!
if ! "$java" -cp "$app/healthcheck" Training "http://127.0.0.1:$port" $user "$password"; then
    kill "$pid" 2>/dev/null || true
    echo "train.sh: the training run failed; its log:" >&2
    tail -50 "$app/training.log" >&2
    exit 1
fi
kill -TERM "$pid"
wait "$pid" || true
if [ ! -s "$cache" ]; then
    echo "train.sh: the JVM wrote no AOT cache; its log:" >&2
    tail -50 "$app/training.log" >&2
    exit 1
fi
grep -q "Starting AOT-processed" "$app/training.log" \
    || echo "train.sh: warning: the training run did not use the build's Spring AOT code (see $app/training.log)" >&2
echo "train.sh: AOT cache $cache ($(du -h "$cache" | cut -f1))"
