#!/usr/bin/env python3
"""Splits annotation files of a gold sample into the parts of its sample.tsv (dev, test, val).

Usage: scripts/eval/split_gold.py [--part P] SAMPLE.tsv OUT_PREFIX FILE...
writes OUT_PREFIX.P.jsonl for every part P of the sample (or only the one given), lines in sample order
(markers first per article), and fails when an article of a written part has no marker line or a line
names an article outside the sample.
  ANT-2018 validation part (round 8): --part val eval/ant-2018/sample.tsv eval/ant-2018/gold ADJUDICATED.jsonl
"""
import json, sys

args = sys.argv[1:]
only = None
if args[:1] == ["--part"]:
    only, args = args[1], args[2:]
sample, prefix, files = args[0], args[1], args[2:]
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
parts = [only] if only else sorted(set(part.values()))
missing = [d for d in order if part[d] in parts and not any(o.get("annotated") for o in by_doc[d])]
if missing:
    sys.exit("articles without a marker line: %s" % " ".join(missing))
for p in parts:
    with open("%s.%s.jsonl" % (prefix, p), "w", encoding="utf-8") as out:
        for d in order:
            if part[d] != p:
                continue
            lines = sorted(by_doc[d], key=lambda o: not o.get("annotated"))
            for o in lines:
                out.write(json.dumps(o, ensure_ascii=False) + "\n")
