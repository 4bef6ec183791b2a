#!/usr/bin/env python3
"""Checks the curated supplement (rasid/data/gazetteer/supplement.tsv) against the derived
GeoNames part and fills what can be derived, in place:

- a row whose source is geonames:ID gets that GeoNames row's coordinates (and must exist);
- a Syrian row with an empty admin2 gets the district whose seat is nearest within its
  governorate (the same rule build_geonames.py applies to GeoNames rows);
- every Syrian row must lie in the rough box of its governorate, ids must be unique, kinds
  and admin1 codes known.

Usage: check_supplement.py [supplement.tsv] [geonames.tsv]
"""
import math
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_geonames import SY_BOXES, SY_DISTRICTS, km  # noqa: E402

KINDS = {"country", "governorate", "region", "district", "subdistrict", "city", "town", "village",
         "neighbourhood", "camp", "airport", "crossing", "base", "landmark"}
COLUMNS = ["id", "name_ar", "variants", "name_en", "kind", "admin1", "admin2", "latitude", "longitude",
           "source", "note"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = os.path.join(here, "../../rasid-core/src/main/resources/rasid/data/gazetteer")
    sup = sys.argv[1] if len(sys.argv) > 1 else os.path.join(data, "supplement.tsv")
    geo = sys.argv[2] if len(sys.argv) > 2 else os.path.join(data, "geonames.tsv")
    gn = {}
    seats = {}
    for line in open(geo, encoding="utf-8"):
        if line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        gid = int(f[0][3:])
        gn[gid] = f
        if gid in SY_DISTRICTS:
            seats.setdefault(f[7], []).append((float(f[9]), float(f[10]), SY_DISTRICTS[gid]))
    out, errors, seen = [], [], set()
    counts = {}
    for n, line in enumerate(open(sup, encoding="utf-8"), 1):
        row = line.rstrip("\n")
        if not row or row.startswith("#"):
            out.append(row)
            continue
        f = row.split("\t")
        f += [""] * (len(COLUMNS) - len(f))
        r = dict(zip(COLUMNS, f))
        where = f"{sup}:{n}"
        if r["id"] in seen:
            errors.append(f"{where}: duplicate id {r['id']}")
        seen.add(r["id"])
        if r["kind"] not in KINDS:
            errors.append(f"{where}: unknown kind {r['kind']}")
        a1 = r["admin1"]
        if a1 and not re.fullmatch(r"SY-[A-Z]{2}|[A-Z]{2}", a1):
            errors.append(f"{where}: bad admin1 {a1}")
        if r["source"].startswith("geonames:"):
            g = gn.get(int(r["source"][9:]))
            if g is None:
                errors.append(f"{where}: {r['source']} not in {geo}")
                out.append(row)
                continue
            f[7], f[8] = g[9], g[10]
        elif r["source"] != "curated":
            errors.append(f"{where}: source must be curated or geonames:ID")
        try:
            lat, lon = float(f[7]), float(f[8])
        except ValueError:
            errors.append(f"{where}: coordinates missing")
            out.append(row)
            continue
        if a1 in SY_BOXES and r["kind"] not in ("governorate", "country"):
            b = SY_BOXES[a1]
            if not (b[0] <= lat <= b[1] and b[2] <= lon <= b[3]):
                errors.append(f"{where}: {r['id']} ({lat},{lon}) outside {a1}")
            if not f[6] and r["kind"] not in ("region",):
                f[6] = min(seats[a1], key=lambda s: km((lat, lon), s))[2]
        key = ("curated" if r["source"] == "curated" else "geonames") + "/" + (a1[:2] if a1 else "SY")
        counts[key] = counts.get(key, 0) + 1
        out.append("\t".join(f[:len(COLUMNS)]))
    if errors:
        sys.exit("\n".join(errors))
    with open(sup, "w", encoding="utf-8") as w:
        w.write("\n".join(out) + "\n")
    print(f"{len(seen)} rows ok: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
