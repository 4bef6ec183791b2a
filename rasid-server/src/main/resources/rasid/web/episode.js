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
  function eventClass(e) { return e.acled_sub_type || (e.cameo ? "CAMEO " + e.cameo : ""); }

  async function load() {
    const id = decodeURIComponent(location.hash.replace(/^#/, ""));
    $("error").hidden = true;
    try {
      const r = await api("/api/episodes/" + encodeURIComponent(id));
      const ep = r.episode;
      $("ep-title").textContent = ep.label + " — " + ep.place;
      $("ep-meta").textContent = [ep.from && ep.to ? ep.from + " … " + ep.to : "", ep.event_count + " أحداث",
        ep.documents + " مقالات", ep.outlets.length + " مصادر", ep.closed ? "منتهٍ" : "مستمر"].filter(Boolean).join(" · ");
      const states = $("ep-states"); states.replaceChildren();
      for (const s of ep.states) {
        states.append(el("li", {}, el("span", { class: "ep-date" }, s.date || "—"),
          el("a", { class: "ep-state", href: "/#/event/" + encodeURIComponent(s.event) }, s.state),
          el("blockquote", { lang: "ar" }, s.sentence || "")));
      }
      const body = $("ep-events").tBodies[0]; body.replaceChildren();
      for (const e of r.events) {
        body.append(el("tr", {}, el("td", { class: "ep-date" }, e.event_date || "—"), el("td", {}, e.location_ar || ""),
          el("td", {}, el("a", { href: "/#/event/" + encodeURIComponent(e.id) }, eventClass(e))),
          el("td", { lang: "ar" }, e.evidence ? e.evidence.sentence : "")));
      }
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
