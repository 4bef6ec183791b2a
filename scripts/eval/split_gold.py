#!/usr/bin/env python3
"""Splits annotation files of the ANT-2018 sample into the dev and test parts of eval/ant-2018/sample.tsv.

Usage: scripts/eval/split_gold.py SAMPLE.tsv OUT_PREFIX FILE...
writes OUT_PREFIX.dev.jsonl and OUT_PREFIX.test.jsonl, lines in sample order (markers first per article),
and fails when an article of the sample has no marker line or a line names an article outside the sample.
"""
import json, sys

sample, prefix, files = sys.argv[1], sys.argv[2], sys.argv[3:]
part = {}
order = []
for line in open(sample, encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    doc, p = line.rstrip("\n").split("\t")[:2]
    part[doc] = p
    order.append(doc)
by_doc = {d: [] for d in order}
for f in files:
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        if not line.strip():
            continue
        o = json.loads(line)
        if o["doc"] not in part:
            sys.exit("%s:%d: %s is not in the sample" % (f, n, o["doc"]))
        by_doc[o["doc"]].append(o)
missing = [d for d in order if not any(o.get("annotated") for o in by_doc[d])]
if missing:
    sys.exit("articles without a marker line: %s" % " ".join(missing))
for p in ("dev", "test"):
    with open("%s.%s.jsonl" % (prefix, p), "w", encoding="utf-8") as out:
        for d in order:
            if part[d] != p:
                continue
            lines = sorted(by_doc[d], key=lambda o: not o.get("annotated"))
            for o in lines:
                out.write(json.dumps(o, ensure_ascii=False) + "\n")
