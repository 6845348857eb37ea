#!/usr/bin/env bash
# Bytes and time on the wire for the queue ticket: native QR, QR as raster, whole ticket as raster.
# A benchmark, not a test: it prints figures and fails only if it cannot run.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl device-drivers -am test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Djava.awt.headless=true \
  -cp "device-drivers/target/test-classes:device-drivers/target/classes:$(cat device-drivers/target/bench.classpath)" \
  id.anjungan.device.escpos.ReceiptWireBenchmark
