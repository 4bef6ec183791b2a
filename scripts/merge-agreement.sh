#!/usr/bin/env bash
# Issue 15: `rasid extract --merge`, `rasid ingest` (one run) and the Spark job hold the same
# merged events on a corpus. Usage: scripts/merge-agreement.sh CORPUS.jsonl [ant|snn]
# Needs a fresh rasid-cli/target/rasid.jar (mvn -q -DskipTests package). The Spark side runs
# RasidSparkJobTest on the ANT corpus when the second argument is "ant" (a few minutes).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=$(realpath "$1"); which=${2:-}
jar="$root/rasid-cli/target/rasid.jar"; out=$(mktemp -d)
java -jar "$jar" extract "$corpus" --merge --min-confidence 0 --records event --out "$out/extract.jsonl" 2>/dev/null
t0=$(date +%s)
java -jar "$jar" ingest "$corpus" --data "$out/store" 2>&1 | tail -1
echo "ingest: $(( $(date +%s) - t0 )) s"
java -jar "$jar" export --format jsonl --data "$out/store" --out "$out/store.jsonl" 2>&1 | tail -1
python3 - "$out/extract.jsonl" "$out/store.jsonl" "$out/store/rasid.db" <<'PY'
import json, sqlite3, sys
def events(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        e = json.loads(line)
        if e.get("record", "event") != "event":
            continue
        key = "+".join(e.get("merged_from") or [e["id"]])
        e.pop("id", None); e.pop("record", None)
        out[key] = json.dumps(e, sort_keys=True, ensure_ascii=False)
    return out
a, b = events(sys.argv[1]), events(sys.argv[2])
multi = lambda m: sum(1 for v in m.values() if len(json.loads(v).get("sources") or []) > 1)
reports = sqlite3.connect(sys.argv[3]).execute("SELECT COUNT(*) FROM reports").fetchone()[0]
print(f"extract --merge: {len(a)} events ({multi(a)} multi-source); store: {len(b)} ({multi(b)}) from {reports} reports")
print("IDENTICAL" if a == b else f"DIFFERENT: {len(a.keys() ^ b.keys())} groups differ, "
      f"{sum(1 for k in a.keys() & b.keys() if a[k] != b[k])} bodies differ")
sys.exit(0 if a == b else 1)
PY
if [ "$which" = ant ]; then
  cd "$root" && mvn -q -B -ntp -pl rasid-spark -am test -Dtest=RasidSparkJobTest#sparkAgreesWithExtractMergeOnARealCorpus \
    -Dsurefire.failIfNoSpecifiedTests=false -Drasid.corpus=ant 2>&1 | grep -E "events|FAIL|ERROR" || true
fi
rm -rf "$out"
