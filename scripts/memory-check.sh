#!/usr/bin/env bash
# Bounded memory check (issue 19): extract and ingest of a generated corpus in a fixed heap.
# Usage, from the project folder after `mvn -q -B -ntp -DskipTests package`:
#   scripts/memory-check.sh MB [OUT_DIR]        e.g. scripts/memory-check.sh 200
# Generates MB of the benchmark corpus into OUT_DIR/corpus-MB (a prefix of any larger one, same
# seed: rasid bench --generate), then runs `rasid extract` and `rasid ingest` over it with the
# launcher's batch flags and -Xmx512m (HEAP=… to change), each with a GC log. Prints per run:
# CPU seconds (user+sys), peak resident MB, and the heap left after collections across the run
# (in tenths of the run: flat means memory does not grow with the corpus).
# NICE=19 by default: the machine is shared (NICE=0 to run at normal priority).
# LIVE=SECONDS forces a full collection that often (jcmd PID GC.run) and prints the heap left
# after them per tenth of the run: the live heap. Without it the serial collector rarely runs a
# full collection, so the heap after young collections includes dead objects promoted to the
# old generation, and grows until the old generation is full whether anything live grows or not.
set -euo pipefail
mb="${1:?usage: scripts/memory-check.sh MB [OUT_DIR]}"
out="${2:-bench-out/memory}"
heap="${HEAP:-512m}"
jar="${JAR:-rasid-cli/target/rasid.jar}"  # JAR=copy.jar: a rebuild during the run cannot swap it
corpus="$out/corpus-$mb"
mkdir -p "$out"
run() {
  nice -n "${NICE:-19}" /usr/bin/time -f "%U %S %e %M" -o "$out/$1.time" \
    java "-Xmx$heap" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 \
    "-Xlog:gc:file=$out/$1.gc.log" -jar "$jar" "${@:2}" &
  local timer=$! java=""
  if [ -n "${LIVE:-}" ]; then
    sleep 2; java=$(pgrep -P "$timer" java || true)
    while [ -n "$java" ] && kill -0 "$java" 2>/dev/null; do
      sleep "$LIVE"; jcmd "$java" GC.run > /dev/null 2>&1 || true
    done
  fi
  wait "$timer"
}
if [ ! -d "$corpus/corpus" ]; then
  run generate bench --generate "$mb" --out "$corpus" --generate-only > "$out/generate.out"
fi
rm -rf "$out/store-$mb"
run extract extract "$corpus/corpus" --records document,event,error --out /dev/null 2> "$out/extract.err" || true
run ingest ingest "$corpus/corpus" --data "$out/store-$mb" > "$out/ingest.out" 2> "$out/ingest.err" || true
python3 - "$out" "$mb" "$heap" <<'PY'
import re, sys
out, mb, heap = sys.argv[1:]
for name in ("extract", "ingest"):
    user, sys_, wall, rss = open(f"{out}/{name}.time").read().split()[-4:]
    after = [(float(t), int(a)) for t, a in re.findall(r"\[([\d.]+)s\].*Pause.*?->(\d+)M", open(f"{out}/{name}.gc.log").read())]
    full = [a for t, a in re.findall(r"\[([\d.]+)s\].*Pause Full.*?->(\d+)M", open(f"{out}/{name}.gc.log").read())]
    end = after[-1][0] if after else 1
    tenths = [max([a for t, a in after if i * end / 10 <= t <= (i + 1) * end / 10] or [0]) for i in range(10)]
    print(f"{name} {mb} MB, -Xmx{heap}: {float(user) + float(sys_):.1f} CPU-s, {float(wall):.0f} s wall, "
          f"{int(rss) // 1024} MB resident, {len(after)} collections, {len(full)} full")
    print(f"  heap after collections, most in each tenth of the run (MB): {tenths}")
    if full:
        print(f"  after full collections (live heap, MB): first {full[0]}, max {max(map(int, full))}, last {full[-1]}")
    live = [(float(t), int(a)) for t, a in re.findall(r"\[([\d.]+)s\].*Pause Full.*?->(\d+)M", open(f"{out}/{name}.gc.log").read())]
    if len(live) >= 10:
        print("  live heap after full collections, most in each tenth of the run (MB): "
              f"{[max([a for t, a in live if i * end / 10 <= t <= (i + 1) * end / 10] or [0]) for i in range(10)]}")
PY
tail -1 "$out/extract.err"; tail -1 "$out/ingest.out"
