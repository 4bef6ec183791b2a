// Rasid web UI. Every piece of article text reaches the page as a DOM text node (never through
// innerHTML), so markup inside an article is shown, not run.
"use strict";
(function () {
  const I18N = {
    ar: {
      tagline: "أحداث النزاع من الأخبار العربية، مع الدليل", from: "من", to: "إلى", admin1: "المحافظة",
      type: "النوع", actor: "الفاعل", outlet: "المصدر", min_confidence: "أدنى ثقة", q: "بحث في النص", apply: "تطبيق", reset: "مسح",
      min_sources: "أدنى عدد مصادر", sourceCount: "عدد المصادر",
      all: "الكل", timeline: "الأحداث حسب الزمن والنوع", date: "التاريخ", subType: "النوع الفرعي",
      place: "المكان", actors: "الفاعلون", fatalities: "القتلى", evidence: "الدليل", more: "المزيد",
      stories: "قصص تطابق البحث", back: "→ العودة إلى القائمة", originalText: "النص الأصلي",
      sources: "المصادر", tokenNeeded: "هذا الخادم يطلب رمز الوصول:", save: "حفظ",
      footer: "الخريطة: Natural Earth (ملكية عامة)، مراكز المحافظات من GeoNames (CC-BY 4.0). الخط: Noto Sans Arabic (OFL).",
      summary: (n, shown) => `${n} حدثاً، المعروض ${shown}`, counts: (c) => `${c.documents} وثيقة · ${c.stories} قصة · ${c.events} حدثاً`,
      noEvents: "لا أحداث تطابق هذه المرشحات.", noDay: "بلا تاريخ", langButton: "English",
      eventDate: "التاريخ", location: "المكان", precision: "دقة الموقع", actor1: "الفاعل الأول", actor2: "الفاعل الثاني",
      cameo: "رمز CAMEO", confidence: "الثقة", reportedBy: "نقلاً عن", injured: "الجرحى", arrested: "المعتقلون",
      displaced: "النازحون", document: "الوثيقة", verbal: "حدث كلامي (CAMEO %s)",
      undatedCount: (n) => `و${n} بلا تاريخ`,
      exportAs: "تصدير الأحداث المرشّحة:", leftOut: (n) => `تُرك ${n} حدثاً كلامياً أو بلا تاريخ خارج ملف ACLED`,
      mapCount: (n, un) => `على الخريطة: ${n} حدثاً` + (un ? ` (${un} بلا موقع)` : ""),
      cellTip: (n, f) => `${n} حدثاً · ${f} قتيلاً`,
      roles: { trigger: "الفعل الدال", actor1: "الفاعل الأول", actor2: "الفاعل الثاني", location: "المكان", date: "التاريخ",
               fatalities: "القتلى", injured: "الجرحى", arrested: "المعتقلون", displaced: "النازحون", other: "أخرى" },
      types: { "Battles": "معارك", "Explosions/Remote violence": "انفجارات/عنف عن بعد", "Violence against civilians": "عنف ضد المدنيين",
               "Protests": "احتجاجات", "Riots": "أعمال شغب", "Strategic developments": "تطورات استراتيجية" },
    },
    en: {
      tagline: "Conflict events from Arabic news, with the evidence", from: "From", to: "To", admin1: "Governorate",
      type: "Type", actor: "Actor", outlet: "Outlet", min_confidence: "Min. confidence", q: "Text search", apply: "Apply", reset: "Clear",
      min_sources: "Min. sources", sourceCount: "Sources",
      all: "All", timeline: "Events over time by type", date: "Date", subType: "Sub-type",
      place: "Place", actors: "Actors", fatalities: "Fatalities", evidence: "Evidence", more: "More",
      stories: "Stories matching the search", back: "← Back to the list", originalText: "Original text",
      sources: "Sources", tokenNeeded: "This server needs an access token:", save: "Save",
      footer: "Map: Natural Earth (public domain), governorate centres from GeoNames (CC-BY 4.0). Font: Noto Sans Arabic (OFL).",
      summary: (n, shown) => `${n} events, ${shown} shown`, counts: (c) => `${c.documents} documents · ${c.stories} stories · ${c.events} events`,
      noEvents: "No events match these filters.", noDay: "undated", langButton: "عربي",
      eventDate: "Date", location: "Place", precision: "Geo precision", actor1: "Actor 1", actor2: "Actor 2",
      cameo: "CAMEO", confidence: "Confidence", reportedBy: "Reported by", injured: "Injured", arrested: "Arrested",
      displaced: "Displaced", document: "Document", verbal: "Verbal event (CAMEO %s)",
      undatedCount: (n) => `and ${n} undated`,
      exportAs: "Export the filtered events:", leftOut: (n) => `${n} verbal or undated events left out of the ACLED file`,
      mapCount: (n, un) => `On the map: ${n} events` + (un ? ` (${un} without a place)` : ""),
      cellTip: (n, f) => `${n} events · ${f} fatalities`,
      roles: { trigger: "Trigger", actor1: "Actor 1", actor2: "Actor 2", location: "Place", date: "Date",
               fatalities: "Fatalities", injured: "Injured", arrested: "Arrested", displaced: "Displaced", other: "Other" },
      types: {},
    },
  };
  const ACLED_TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments"];
  const COLORS = { "Battles": "#d62828", "Explosions/Remote violence": "#f77f00", "Violence against civilians": "#7b2cbf",
    "Protests": "#2a9d8f", "Riots": "#8d6e63", "Strategic developments": "#3a86ff" };
  const VERBAL_COLOR = "#8a94a6";
  const PAGE = 200;

  let lang = localStorage.getItem("rasid-lang") === "en" ? "en" : "ar";
  let governorates = [];   // GeoJSON features of labelled centres
  let map, eventLayer, govLayer, eventRenderer;
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
  }
  function typeName(type) {
    if (!type) return "";
    if (type.startsWith("cameo:")) return t("verbal").replace("%s", type.slice(6));
    return t("types")[type] || type;
  }
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
  // the place as the text writes it (the evidence's location words), else the coded name
  function placeName(e) {
    const part = e.evidence && (e.evidence.spans || []).find((p) => p.role === "location" && p.text);
    return part ? part.text : (e.location_ar || "");
  }

  // ---- filters (kept in the URL hash: #/?admin1=SY-HL) -----------------------------------------
  const FIELDS = ["from", "to", "admin1", "type", "actor", "outlet", "min_confidence", "min_sources", "q"];
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
  }

  // ---- map -------------------------------------------------------------------------------------
  async function initMap() {
    map = L.map("map", { zoomSnap: 0.25, attributionControl: true }).setView([35.0, 38.6], 6.5);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth · GeoNames");
    const countries = await (await fetch("/data/countries.geojson")).json();
    L.geoJSON(countries, {
      style: (f) => f.properties.iso === "SY"
        ? { color: "#4a5568", weight: 1.5, fillColor: "#fbfaf5", fillOpacity: 1 }
        : { color: "#8a94a6", weight: 0.8, fillColor: "#e7e9ee", fillOpacity: 1 },
      interactive: false,
    }).addTo(map);
    // labels sit above everything and never take clicks, so markers under them stay clickable
    map.createPane("labels").style.zIndex = 550;
    map.getPane("labels").style.pointerEvents = "none";
    map.createPane("events").style.zIndex = 500;
    eventRenderer = L.svg({ pane: "events" });
    govLayer = L.layerGroup().addTo(map);
    drawGovernorates();
    eventLayer = L.layerGroup().addTo(map);
  }
  function drawGovernorates() {
    govLayer.clearLayers();
    for (const g of governorates) {
      const [lon, lat] = g.geometry.coordinates;
      L.circleMarker([lat, lon], { pane: "labels", radius: 2, color: "#3b4656", weight: 1, fillOpacity: 1, interactive: false })
        .addTo(govLayer);
      const below = g.properties.code === "SY-DI" || g.properties.code === "SY-SU" || g.properties.code === "SY-HI";
      const label = el("span", { class: below ? "gov-name below" : "gov-name" }, lang === "ar" ? g.properties.name_ar : g.properties.name_en);
      L.marker([lat, lon], { pane: "labels", interactive: false, keyboard: false,
        icon: L.divIcon({ className: "gov-label", html: label, iconSize: null }) }).addTo(govLayer);
    }
  }
  function relabelMap() {
    if (govLayer) drawGovernorates();
  }
  // every event of the filter, folded into grid cells on the server: size by fatalities, colour by the commonest type
  async function drawGrid() {
    if (!mapParams) return;
    const p = new URLSearchParams(mapParams); p.set("zoom", String(map.getZoom()));
    const g = await api("/api/map?" + p);
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
      grid: { left: 36, right: 16, top: 30, bottom: 56 },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      toolbox: { right: 8, top: 0, feature: { brush: { type: ["lineX", "clear"] } } },
      brush: { xAxisIndex: 0, brushMode: "single", throttleType: "debounce", throttleDelay: 300 },
      // whole days at least, labels with the year ("2014-07-04", never "07-04"), a few days either side
      xAxis: { type: "time", inverse: lang === "ar", minInterval: 864e5,
        min: days.length ? Date.parse(days[0]) - 3 * 864e5 : null, max: days.length ? Date.parse(days[days.length - 1]) + 3 * 864e5 : null,
        axisLabel: { hideOverlap: true, formatter: unit === "month" ? "{yyyy}-{MM}" : "{yyyy}-{MM}-{dd}" } },
      yAxis: { type: "value", minInterval: 1, position: lang === "ar" ? "right" : "left" },
      dataZoom: [{ type: "inside" }, { type: "slider", height: 18, bottom: 8 }],
      series,
    }, true);
  }

  // ---- table ---------------------------------------------------------------------------------
  function row(e) {
    const actors = [e.actor1, e.actor2].filter(Boolean).map(actorName).join(" ← ");
    return el("tr", { "data-id": e.id, onclick: () => { location.hash = "#/event/" + encodeURIComponent(e.id); } },
      el("td", { class: "date" }, e.event_date ? ltr(e.event_date) : ""), el("td", {}, typeName(eventClass(e))), el("td", {}, e.acled_sub_type || ""),
      el("td", { lang: "ar" }, placeName(e)), el("td", { class: "admin1", "data-code": e.admin1 || "" }, govName(e.admin1)),
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

  async function loadList(params, append) {
    $("error").hidden = true;
    if (!append) { offset = 0; shown = []; }
    const p = new URLSearchParams(params); p.set("limit", PAGE); p.set("offset", offset);
    const [page, stats] = await Promise.all([api("/api/events?" + p), append ? null : api("/api/stats?" + params)]);
    shown = shown.concat(page.events);
    offset += page.events.length;
    const tbody = $("events").tBodies[0];
    if (!append) clear(tbody);
    learnActors(page.actors);
    for (const e of page.events) tbody.append(row(e));
    $("summary").textContent = page.total === 0 ? t("noEvents") : t("summary")(page.total, shown.length);
    $("more").hidden = shown.length >= page.total;
    if (stats) drawTimeline(stats);
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
          kinds: { created: "أُنشئ من تقرير", source_joined: "انضم مصدر", corrected: "صحّحه محلل" },
          reasons: { same_class: "النوع نفسه", same_cameo: "رمز CAMEO نفسه", same_place: "المكان نفسه",
                     same_location: "اسم المكان نفسه", same_admin2: "المنطقة نفسها", same_admin1: "المحافظة نفسها",
                     same_date: "اليوم نفسه", dates_within: "تواريخ متقاربة", dates_unknown_same_doc: "الوثيقة نفسها بلا تاريخ",
                     same_actors: "الفاعلون أنفسهم", actors_compatible: "فاعلون متوافقون", same_sides: "الطرفان أنفسهما",
                     one_side_named: "سُمّي أحد الطرفين" } },
    en: { whyMerged: "Why these reports are one event", history: "History", correct: "Correct this event",
          author: "Analyst", reason: "Reason", send: "Save correction", changed: "changed", oneReport: "one report, nothing merged",
          kinds: { created: "created from a report", source_joined: "a source joined", corrected: "corrected by an analyst" },
          reasons: { same_class: "same type", same_cameo: "same CAMEO code", same_place: "same place",
                     same_location: "same place name", same_admin2: "same district", same_admin1: "same governorate",
                     same_date: "same day", dates_within: "dates close", dates_unknown_same_doc: "same document, undated",
                     same_actors: "same actors", actors_compatible: "compatible actors", same_sides: "same two sides",
                     one_side_named: "one side named" } },
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
    $("ev-title").textContent = [typeName(eventClass(e)), e.acled_sub_type].filter(Boolean).join(" — ");
    const dl = $("ev-fields"); clear(dl);
    const field = (k, v) => { if (v !== null && v !== undefined && v !== "") dl.append(el("dt", {}, t(k)), el("dd", {}, v instanceof Node ? v : String(v))); };
    field("eventDate", e.event_date ? ltr(e.event_date) : null);
    field("location", [placeName(e), e.admin2, govName(e.admin1)].filter(Boolean).join("، "));
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
    const ul = $("ev-sources"); clear(ul);
    for (const s of r.sources || []) {
      const url = s.url ? safeUrl(s.url) : null;
      ul.append(el("li", {}, joinParts([s.outlet, s.published ? ltr(s.published) : null, ltr(s.doc)]), url ? " " : null,
        url ? el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, url) : null));
    }
    field("sourceCount", (r.sources || []).length);
    drawMerge(e);
    drawEditForm(e);
    await drawHistory(e.id);
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
    const list = $("actors"); clear(list);
    for (const n of r.actors) {
      actorNames[n.id] = n;
      list.append(el("option", { value: lang === "ar" ? n.ar : n.en }, lang === "ar" ? n.en : n.ar));
    }
  }
  // fetched (not a plain link) so that a server with an access token still answers
  async function exportAs(format) {
    const p = filtersFromHash(); p.set("format", format);
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
        const p = filtersFromHash();
        paramsToForm(p);
        map.invalidateSize();
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
    $("more").addEventListener("click", () => loadList(filtersFromHash(), true).catch(showError));
    $("lang").addEventListener("click", () => {
      lang = lang === "ar" ? "en" : "ar"; localStorage.setItem("rasid-lang", lang); applyLang(); relabelMap(); route();
    });
    $("token-save").addEventListener("click", () => { sessionStorage.setItem("rasid-token", $("token").value); $("auth").hidden = true; route(); });
    window.addEventListener("hashchange", route);
    map.on("zoomend", () => drawGrid().catch(showError));
    $("f-actor").addEventListener("input", suggestActors);
    for (const b of document.querySelectorAll("#export button")) b.addEventListener("click", () => exportAs(b.getAttribute("data-format")).catch(showError));
    api("/api/status").then((s) => { $("counts").textContent = t("counts")(s.counts); }).catch(() => {});
    await route();
    document.body.setAttribute("data-ready", "1");
  }
  document.addEventListener("DOMContentLoaded", () => start().catch(showError));
})();
