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
