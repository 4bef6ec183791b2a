#!/usr/bin/env python3
"""Draws the ANT-2018 gold sample: N article ids at random (fixed seed), split into dev and test.

Usage: scripts/eval/sample_ant.py ../shared/corpus/external/ant-2018-syria/articles.jsonl > eval/ant-2018/sample.tsv
The draw is uniform over the corpus (diplomacy, analysis and no-event articles included), so the
sample looks like the feed. Re-running with the same seed, N and corpus gives the same sample.
"""
import json, random, sys

SEED = 20261205
N = 160
TEST = 60

ids = [json.loads(line)["id"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
rng = random.Random(SEED)
sample = rng.sample(ids, N)
print("# id\tpart\t(seed %d, %d of %d articles, first %d drawn are test)" % (SEED, N, len(ids), TEST))
for i, doc in enumerate(sample):
    print("%s\t%s" % (doc, "test" if i < TEST else "dev"))
