#!/usr/bin/env bash
# Time to start and time to first event of the pipeline sample on the embedded bus, for each
# way of starting a Spring Boot bot: the fat jar, the extracted jar, the extracted jar with
# Spring AOT's initializers, with a class data sharing archive (Java 17), with both, and with
# an AOT cache (Java 25, JEP 483/514), alone and with Spring AOT.
#
#   ./mvnw -B -ntp -q -pl sample-apps/pipeline-sample -am package -DskipTests -Dsample.include-local-bus=true -Paot
#   bash benchmarks/src/main/sh/startup.sh [java17-home] [java25-home] [runs]
#
# -Paot runs Spring AOT's process-aot on the sample; its initializers are used only with
# -Dspring.aot.enabled=true, so the other rows measure the same jar without them.
#
# java17-home defaults to JAVA_HOME (else the java on the PATH); the AOT cache rows need a
# Java 25 home.
#
# Prints, per variant, the median over the runs of: JVM start to Spring's "Started" line, and
# JVM start to the first order the invoice bot consumed.
set -euo pipefail
JAVA17_HOME=${1:-${JAVA_HOME:-}}
JAVA17=${JAVA17_HOME:+$JAVA17_HOME/bin/}java
JAVA25=${2:+$2/bin/java}
RUNS=${3:-5}
JAR=$(ls sample-apps/pipeline-sample/target/rstreams-sample-pipeline-*-exec.jar)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/x" > /dev/null
APP=$(ls "$WORK"/x/*.jar)
ARGS=(--spring.main.banner-mode=off --logging.level.io.rstreams.samples.pipeline=INFO)

# one run: prints "<ms to Started> <ms to first consumed event>"
run() {
	local log="$WORK/run.log" t0 started="" first="" now
	t0=$(date +%s%3N)
	"$@" "${ARGS[@]}" > "$log" 2>&1 &
	local pid=$!
	while kill -0 "$pid" 2> /dev/null; do
		now=$(date +%s%3N)
		if [ -z "$started" ] && grep -q "Started PipelineSampleApplication" "$log"; then started=$((now - t0)); fi
		if [ -z "$first" ] && grep -q "invoiceBot   <- orders" "$log"; then
			first=$((now - t0))
			kill "$pid"
		fi
		sleep 0.01
	done
	wait "$pid" 2> /dev/null || true
	echo "${started:-NA} ${first:-NA}"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

measure() {
	local label=$1
	shift
	local results=()
	for _ in $(seq "$RUNS"); do results+=("$(run "$@")"); done
	printf '%-38s started %6s ms   first event %6s ms\n' "$label" \
		"$(printf '%s\n' "${results[@]}" | cut -d' ' -f1 | median)" \
		"$(printf '%s\n' "${results[@]}" | cut -d' ' -f2 | median)"
}

measure "java 17, fat jar" "$JAVA17" -jar "$JAR"
measure "java 17, extracted" "$JAVA17" -jar "$APP"
"$JAVA17" -XX:ArchiveClassesAtExit="$WORK/app.jsa" -Dspring.context.exit=onRefresh -jar "$APP" "${ARGS[@]}" > /dev/null 2>&1 || true
measure "java 17, extracted + CDS archive" "$JAVA17" -XX:SharedArchiveFile="$WORK/app.jsa" -Xshare:auto -jar "$APP"
if "${JAVA17%java}jar" tf "$APP" | grep -q "__ApplicationContextInitializer"; then
	AOT=(-Dspring.aot.enabled=true)
	measure "java 17, extracted + Spring AOT" "$JAVA17" "${AOT[@]}" -jar "$APP"
	"$JAVA17" -XX:ArchiveClassesAtExit="$WORK/aot.jsa" "${AOT[@]}" -Dspring.context.exit=onRefresh -jar "$APP" "${ARGS[@]}" > /dev/null 2>&1 || true
	measure "java 17, + Spring AOT + CDS archive" "$JAVA17" -XX:SharedArchiveFile="$WORK/aot.jsa" -Xshare:auto "${AOT[@]}" -jar "$APP"
else
	AOT=()
	echo "the jar has no Spring AOT initializers (build it with -Paot): Spring AOT not measured"
fi
if [ -n "$JAVA25" ] && [ -x "$JAVA25" ]; then
	measure "java 25, extracted" "$JAVA25" -jar "$APP"
	"$JAVA25" -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh -jar "$APP" "${ARGS[@]}" > /dev/null 2>&1 || true
	measure "java 25, extracted + AOT cache" "$JAVA25" -XX:AOTCache="$WORK/app.aot" -jar "$APP"
	if [ ${#AOT[@]} -gt 0 ]; then
		"$JAVA25" -XX:AOTCacheOutput="$WORK/both.aot" "${AOT[@]}" -Dspring.context.exit=onRefresh -jar "$APP" "${ARGS[@]}" > /dev/null 2>&1 || true
		measure "java 25, + Spring AOT + AOT cache" "$JAVA25" -XX:AOTCache="$WORK/both.aot" "${AOT[@]}" -jar "$APP"
	fi
else
	echo "no Java 25 home given (second argument): AOT cache not measured"
fi
