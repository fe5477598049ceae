#!/bin/sh
# The Dockerfile's runtime stage without Docker (no engine on the CI machine): the jar extracted into <dir>, the health
# check and the training visitor compiled, docker/jvm.options beside them, and the JDK AOT cache recorded by
# docker/train.sh — so bench/startup.sh and docker/smoke.sh run exactly what the container runs. Needs a JDK 25.
#
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 docker/assemble.sh target/excellence-scorecard.jar <dir>
set -eu
jar=$1
dir=$2
here=$(cd "$(dirname "$0")" && pwd)
java_home=${JAVA_HOME:?set JAVA_HOME to a JDK 25}

rm -rf "$dir"
"$java_home/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null \
    || { echo "assemble.sh: extracting $jar failed" >&2; exit 1; }
"$java_home/bin/javac" --release 17 -d "$dir/healthcheck" "$here/HealthCheck.java" "$here/Training.java" \
    || { echo "assemble.sh: compiling docker/*.java failed" >&2; exit 1; }
cp "$here/jvm.options" "$dir/"
JAVA="$java_home/bin/java" "$here/train.sh" "$dir" "$dir/app.aot"
