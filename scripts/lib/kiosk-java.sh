# Sourced by scripts/demo and bench/: how the kiosk's JVM is started. A kiosk box has two cores and little memory:
# the serial collector with a small starting heap that grows only as needed (and gives back what it no longer
# needs), C1 only (starts faster, enough for a UI), a smaller code cache and thread stacks. Measured in demo mode
# (with demo-village in the same JVM): steady PSS 355 MiB -> 267 MiB against the earlier -Xmx320m alone.
ANJUNGAN_KIOSK_JAVA_OPTS=${ANJUNGAN_KIOSK_JAVA_OPTS:-"-XX:+UseSerialGC -Xms32m -Xmx192m -XX:MinHeapFreeRatio=10 \
-XX:MaxHeapFreeRatio=30 -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m -Xss512k"}
# glibc's per-thread malloc arenas cost tens of MiB across a JVM's threads for nothing a kiosk needs
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# Always on: the PC/SC driver renews the JDK's smart-card context after pcscd restarts (needs the add-opens), and
# without print polling off a running JVM sees an A4 queue a technician adds only after about two minutes.
ANJUNGAN_KIOSK_JAVA_OPTS="$ANJUNGAN_KIOSK_JAVA_OPTS --add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED"
ANJUNGAN_KIOSK_JAVA_OPTS="$ANJUNGAN_KIOSK_JAVA_OPTS -Dsun.java2d.print.polling=false"
ANJUNGAN_KIOSK_JAR=kiosk-ui/target/kiosk-ui-0.1.0.jar
ANJUNGAN_KIOSK_CLASSPATH_FILE=kiosk-ui/target/runtime-classpath.txt

# Builds the kiosk when its jar is missing or older than any source or pom.
anjungan_build_kiosk() {
  if [ ! -f "$ANJUNGAN_KIOSK_JAR" ] || [ ! -f "$ANJUNGAN_KIOSK_CLASSPATH_FILE" ] \
      || [ -n "$(find pom.xml ./*/pom.xml ./*/src/main -newer "$ANJUNGAN_KIOSK_JAR" -print -quit)" ]; then
    ./mvnw -B -q -pl kiosk-ui -am package -DskipTests
  fi
}

anjungan_kiosk_classpath() {
  printf '%s:%s' "$ANJUNGAN_KIOSK_JAR" "$(cat "$ANJUNGAN_KIOSK_CLASSPATH_FILE")"
}

# Class data sharing for the kiosk's own classes (JavaFX, Spring, kiosk-core, demo-village): the first start after a
# build writes an archive when the kiosk exits; later starts map the classes ready-parsed from it. Measured: first
# attract frame about 2.3 s -> 1.5 s from the launch command. The JVM ignores an archive that does not match the
# class path; a rebuilt jar makes it stale and it is written anew.
ANJUNGAN_KIOSK_CDS=kiosk-ui/target/kiosk-cds.jsa

anjungan_kiosk_cds_opts() {
  if [ -f "$ANJUNGAN_KIOSK_CDS" ] && [ "$ANJUNGAN_KIOSK_CDS" -nt "$ANJUNGAN_KIOSK_JAR" ]; then
    printf -- '-XX:SharedArchiveFile=%s -Xlog:cds=off -Xlog:cds+dynamic=off' "$ANJUNGAN_KIOSK_CDS"
  else
    rm -f "$ANJUNGAN_KIOSK_CDS"
    printf -- '-XX:ArchiveClassesAtExit=%s -Xlog:cds=off -Xlog:cds+dynamic=off' "$ANJUNGAN_KIOSK_CDS"
  fi
}

# Writes the archive now (benchmarks): one start of the kiosk in demo mode on display $1, ended after 40 s.
anjungan_kiosk_cds_train() {
  if [ -f "$ANJUNGAN_KIOSK_CDS" ] && [ "$ANJUNGAN_KIOSK_CDS" -nt "$ANJUNGAN_KIOSK_JAR" ]; then
    return 0
  fi
  # shellcheck disable=SC2046,SC2086
  DISPLAY=$1 timeout -s TERM 40 java $(anjungan_kiosk_cds_opts) $ANJUNGAN_KIOSK_JAVA_OPTS -Danjungan.config= \
    -cp "$(anjungan_kiosk_classpath)" id.anjungan.ui.app.KioskLauncher >/dev/null 2>&1 || true
}
