#!/usr/bin/env bash
# Inter-annotator agreement of two independent annotations of the same articles, measured with
# `rasid eval` itself (one matching definition): annotation B scored against annotation A.
#   strict: every event counts (optional flags dropped), so event F1 is symmetric;
#   as coded: A's optional flags kept (B's events matched to A's optional ones are neutral).
# Usage: scripts/eval/agreement.sh A.jsonl B.jsonl   (run from the project root; uses ./rasid)
set -euo pipefail
a="$1"; b="$2"; tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
strip() { python3 -c 'import json,sys
for l in open(sys.argv[1],encoding="utf-8"):
    if l.strip():
        o=json.loads(l); o["optional"]=False; print(json.dumps(o,ensure_ascii=False))' "$1"; }
strip "$a" > "$tmp/a.jsonl"; strip "$b" > "$tmp/b.jsonl"
summary() { python3 -c 'import json,sys
s=json.load(sys.stdin); o=s["overall"]
print("  events: A %d, B %d; TP %d FP %d FN %d; P %.3f R %.3f F1 %.3f" % (s["gold"], s["predicted"], o["tp"], o["fp"], o["fn"], o["precision"], o["recall"], o["f1"]))
print("  field agreement on matched pairs: " + ", ".join("%s %d/%d (%.2f)" % (k, v["correct"], v["compared"], v["accuracy"]) for k, v in s["attributes"].items()))'; }
echo "strict (all events required):"
java -jar "${RASID_JAR:-rasid-cli/target/rasid.jar}" eval "$tmp/a.jsonl" "$tmp/b.jsonl" --json | summary
echo "as coded (A's optional events neutral):"
java -jar "${RASID_JAR:-rasid-cli/target/rasid.jar}" eval "$a" "$b" --json | summary
