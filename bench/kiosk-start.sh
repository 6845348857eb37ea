#!/usr/bin/env bash
# Cold start to the first attract frame and steady-state memory of the kiosk in demo mode, side by side in one run
# with Chromium in kiosk mode showing a comparable local page (bench/kiosk-start/attract.html: what villages run
# today). Both run on the same Xvfb display with software rendering, one after the other, RUNS times each (default
# 5). Memory is PSS summed over each one's processes, read STEADY seconds (default 20) after the first frame.
# The kiosk's figure includes the embedded demo-village (Tomcat, SQLite, PDFBox), as demo mode runs it.
# Prints figures; never fails on a number.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=../scripts/lib/debian-packages.sh
. scripts/lib/debian-packages.sh
# shellcheck source=../scripts/lib/kiosk-java.sh
. scripts/lib/kiosk-java.sh
# shellcheck disable=SC2086
anjungan_ensure_packages $ANJUNGAN_BUILD_PACKAGES $ANJUNGAN_UI_PACKAGES xvfb chromium python3
anjungan_build_kiosk

runs=${RUNS:-5}
steady=${STEADY:-20}
work=$(mktemp -d)
display=:97
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null
  kill "$xvfb" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
sleep 1

now_ms() { date +%s%3N; }

# the process and all its descendants
tree() {
  local pid=$1 child
  echo "$pid"
  for child in $(pgrep -P "$pid" || true); do tree "$child"; done
}

# PSS in KiB summed over a process tree (shared pages split fairly between Chromium's processes)
pss_kib() {
  local total=0 pid value
  for pid in $(tree "$1"); do
    value=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    total=$((total + ${value:-0}))
  done
  echo "$total"
}

wait_for() { # file pattern seconds
  local deadline=$(( $(date +%s) + $3 ))
  until grep -q "$2" "$1" 2>/dev/null; do
    [ "$(date +%s)" -ge "$deadline" ] && return 1
    sleep 0.05
  done
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# every start after the first one after a build maps the kiosk's classes from the CDS archive that first one wrote
anjungan_kiosk_cds_train "$display"
cds_opts=$(anjungan_kiosk_cds_opts)

kiosk_first=() kiosk_pss=() chrome_first=() chrome_pss=() chrome_procs=()
for i in $(seq "$runs"); do
  log=$work/kiosk-$i.log
  start=$(now_ms)
  # shellcheck disable=SC2086
  DISPLAY=$display java $cds_opts $ANJUNGAN_KIOSK_JAVA_OPTS -Danjungan.config= -cp "$(anjungan_kiosk_classpath)" \
      id.anjungan.ui.app.KioskLauncher >"$log" 2>&1 &
  pid=$!
  if wait_for "$log" "first attract frame" 120; then
    epoch=$(sed -n 's/.*first attract frame .*(epoch ms \([0-9]*\)).*/\1/p' "$log" | head -1)
    kiosk_first+=($((epoch - start)))
    wait_for "$log" "demo-village ready" 120 || true
    sleep "$steady"
    kiosk_pss+=($(pss_kib "$pid"))
  else
    echo "kiosk run $i: no first frame within 120 s (see $log)" >&2
  fi
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true

  port=$((18000 + i))
  mark=$work/painted-$i
  python3 bench/kiosk-start/painted-server.py "$port" "$mark" &
  server=$!
  sleep 0.5
  profile=$work/chrome-$i
  start=$(now_ms)
  DISPLAY=$display chromium --kiosk --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync --password-store=basic \
      --user-data-dir="$profile" "http://127.0.0.1:$port/attract.html" >"$work/chrome-$i.log" 2>&1 &
  cpid=$!
  if wait_for "$mark" "[0-9]" 60; then
    chrome_first+=($(( $(cat "$mark") - start )))
    sleep "$steady"
    chrome_pss+=($(pss_kib "$cpid"))
    chrome_procs+=($(tree "$cpid" | wc -l))
  else
    echo "chromium run $i: no first paint within 60 s" >&2
  fi
  kill "$cpid" 2>/dev/null; wait "$cpid" 2>/dev/null || true
  pkill -P "$cpid" 2>/dev/null || true
  kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true
  server=""
done

kf=$(printf '%s\n' "${kiosk_first[@]}" | median)
kp=$(printf '%s\n' "${kiosk_pss[@]}" | median)
cf=$(printf '%s\n' "${chrome_first[@]}" | median)
cp=$(printf '%s\n' "${chrome_pss[@]}" | median)
cn=$(printf '%s\n' "${chrome_procs[@]}" | median)
echo "runs: $runs, steady after ${steady} s, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "kiosk JVM options: $cds_opts $ANJUNGAN_KIOSK_JAVA_OPTS"
echo "kiosk first frame ms:   ${kiosk_first[*]}"
echo "chromium first paint ms: ${chrome_first[*]}"
echo "kiosk PSS KiB:    ${kiosk_pss[*]}"
echo "chromium PSS KiB: ${chrome_pss[*]} (processes: ${chrome_procs[*]})"
awk -v kf="$kf" -v cf="$cf" -v kp="$kp" -v cp="$cp" -v cn="$cn" 'BEGIN {
  printf "| median | kiosk (JavaFX, demo mode) | Chromium kiosk (%d processes) | kiosk / Chromium |\n", cn
  printf "|---|---|---|---|\n"
  printf "| cold start to first frame | %.2f s | %.2f s | %.2f |\n", kf / 1000, cf / 1000, kf / cf
  printf "| steady memory (PSS) | %.0f MiB | %.0f MiB | %.2f |\n", kp / 1024, cp / 1024, kp / cp
}'
