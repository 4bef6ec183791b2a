#!/usr/bin/env bash
# Scores Rasid on the ANT-2018 gold (eval/ant-2018): extracts the 160 sampled articles from
# ../shared/corpus/external/ant-2018-syria and runs `rasid eval` on the dev part, the test part,
# or both. Read the test part's scores; study only the dev part's errors (docs/annotation.md):
# the test part prints its summary only, whatever options are given.
# Usage: scripts/eval/ant.sh [dev|test|both] [extra rasid eval options, e.g. --errors or --json]
# RASID_JAR picks the jar (default rasid-cli/target/rasid.jar; build it with mvn -DskipTests package).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
part="${1:-both}"; shift || true
jar="${RASID_JAR:-rasid-cli/target/rasid.jar}"
corpus="${RASID_SHARED:-../shared}/corpus/external/ant-2018-syria/articles.jsonl"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$corpus" eval/ant-2018/sample.tsv "$tmp/sample.jsonl" <<'PY'
import json, sys
ids = {l.split("\t")[0] for l in open(sys.argv[2]) if not l.startswith("#")}
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        if json.loads(line)["id"] in ids:
            out.write(line)
PY
java -jar "$jar" extract "$tmp/sample.jsonl" --out "$tmp/pred.jsonl" 2>/dev/null
for p in dev test; do
  if [ "$part" = "$p" ] || [ "$part" = both ]; then
    echo "== ANT-2018 $p part"
    if [ "$p" = test ]; then
      # The test part stays a fair measure: its scores are printed, its errors never are.
      java -jar "$jar" eval "eval/ant-2018/gold.$p.jsonl" "$tmp/pred.jsonl" \
        | awk '/^missed gold events/ || /^== / {stop = 1} !stop'
    else
      java -jar "$jar" eval "eval/ant-2018/gold.$p.jsonl" "$tmp/pred.jsonl" "$@"
    fi
  fi
done
