// The episode page: /episode.html#EPISODE_ID shows its state timeline, its events and its outlets.
// All text goes in through textContent: article text can never become markup.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  function el(tag, attrs, ...kids) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v);
    for (const k of kids) n.append(k == null ? "" : k);
    return n;
  }
  async function api(path) {
    const headers = {};
    const token = sessionStorage.getItem("rasid-token");
    if (token) headers["Authorization"] = "Bearer " + token;
    const r = await fetch(path, { headers });
    if (!r.ok) throw new Error((await r.json().catch(() => ({}))).error || "HTTP " + r.status);
    return r.json();
  }
  // kind and state names in the UI's language (app.js keeps it), the other one as the hover title
  const arabic = localStorage.getItem("rasid-lang") !== "en";
  function named(en, ar) {
    return el("span", { lang: arabic && ar ? "ar" : "en", title: arabic ? en : ar || "" }, arabic && ar ? ar : en);
  }
  function eventClass(e) { return e.acled_sub_type || (e.cameo ? "CAMEO " + e.cameo : ""); }

  // the episode's placed events on a map: one point per event, the dated label as a tooltip (a node, never HTML)
  let map = null, points = null;
  async function drawMap(events) {
    const placed = events.filter((e) => e.latitude != null && e.longitude != null);
    const box = $("ep-map");
    box.hidden = !placed.length;
    box.dataset.points = String(placed.length);
    if (!placed.length || typeof L === "undefined") return;
    if (!map) {
      map = L.map(box, { attributionControl: false });
      const countries = await (await fetch("/data/countries.geojson")).json();
      L.geoJSON(countries, { interactive: false, style: { color: "#888", weight: 1, fillColor: "#f7f4ec", fillOpacity: 1 } })
        .addTo(map);
    }
    if (points) points.remove();
    points = L.layerGroup(placed.map((e) => L.circleMarker([e.latitude, e.longitude],
      { radius: 6, color: "#fff", weight: 1, fillColor: "#8a6d3b", fillOpacity: 0.85 })
      .bindTooltip(el("span", { lang: "ar" }, (e.event_date || "—") + " · " + (e.location_ar || ""))))).addTo(map);
    map.invalidateSize();
    map.fitBounds(L.latLngBounds(placed.map((e) => [e.latitude, e.longitude])).pad(0.5), { maxZoom: 10 });
  }

  async function load() {
    const id = decodeURIComponent(location.hash.replace(/^#/, ""));
    $("error").hidden = true;
    try {
      const r = await api("/api/episodes/" + encodeURIComponent(id));
      const ep = r.episode;
      $("ep-list").href = "/#/?episode=" + encodeURIComponent(ep.id);
      $("ep-title").replaceChildren(named(ep.label, ep.label_ar), " — ", el("span", { lang: "ar" }, ep.place));
      $("ep-meta").textContent = [ep.from && ep.to ? ep.from + " … " + ep.to : "", ep.event_count + " أحداث",
        ep.documents + " مقالات", ep.outlets.length + " مصادر", ep.closed ? "منتهٍ" : "مستمر"].filter(Boolean).join(" · ");
      const states = $("ep-states"); states.replaceChildren();
      for (const s of ep.states) {
        states.append(el("li", {}, el("span", { class: "ep-date" }, s.date || "—"),
          el("a", { class: "ep-state", href: "/#/event/" + encodeURIComponent(s.event) }, named(s.state, s.state_ar)),
          el("blockquote", { lang: "ar" }, s.sentence || "")));
      }
      const body = $("ep-events").tBodies[0]; body.replaceChildren();
      for (const e of r.events) {
        body.append(el("tr", {}, el("td", { class: "ep-date" }, e.event_date || "—"), el("td", {}, e.location_ar || ""),
          el("td", {}, el("a", { href: "/#/event/" + encodeURIComponent(e.id) }, eventClass(e))),
          el("td", { lang: "ar" }, e.evidence ? e.evidence.sentence : "")));
      }
      await drawMap(r.events);
      const outlets = $("ep-outlets"); outlets.replaceChildren();
      for (const o of ep.outlets) outlets.append(el("li", {}, o));
    } catch (e) {
      $("error").textContent = String(e.message || e);
      $("error").hidden = false;
    }
  }
  window.addEventListener("hashchange", load);
  load();
})();
