#!/usr/bin/env python3
"""Draws a fixed-seed random sample of events from `rasid extract` output and prints each with
its sentence, coded fields and the article's headline, for judging by hand.

usage: sample-events.py EXTRACT.jsonl ARTICLES.jsonl SEED N
"""
import json
import random
import sys

out, articles, seed, n = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
events = []
for line in open(out, encoding="utf-8"):
    r = json.loads(line)
    if r.get("record") == "event":
        events.append(r)
docs = {}
for line in open(articles, encoding="utf-8"):
    a = json.loads(line)
    docs[a["id"]] = a
rng = random.Random(seed)
for i, e in enumerate(rng.sample(events, min(n, len(events)))):
    a = docs.get(e["doc"], {})
    spans = {p["role"]: p["text"] for p in e["evidence"]["spans"]}
    print(f"#{i} {e['doc']} [{a.get('outlet')}] {a.get('title', '')}")
    print(f"   {e['acled_type']} / {e['acled_sub_type']} / cameo {e['cameo']}  a1={e['actor1']} a2={e['actor2']}"
          f"  loc={e['location_ar']} {e['admin1']} p{e['geo_precision']}  date={e['event_date']}"
          f"  fat={e['fatalities']}")
    print(f"   spans={spans}")
    print(f"   S: {e['evidence']['sentence'][:400]}")
    print()
