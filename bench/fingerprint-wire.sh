#!/usr/bin/env bash
# Bytes, time on the wire and pty round trips of the R30x fingerprint reader's operations.
# A benchmark, not a test: it prints figures and fails only if it cannot run. Needs socat.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl device-drivers -am test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.id.anjungan.device.transport=warn \
  -cp "device-drivers/target/test-classes:device-drivers/target/classes:$(cat device-drivers/target/bench.classpath)" \
  id.anjungan.device.fingerprint.R30xWireBenchmark
