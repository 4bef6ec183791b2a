// On the event page (#/event/ID), the episodes the event belongs to, each linked to its page.
"use strict";
(() => {
  async function show() {
    const box = document.getElementById("ev-episodes");
    const m = location.hash.match(/^#\/event\/(.+)$/);
    if (!box || !m) return;
    const list = box.querySelector("ul");
    list.replaceChildren();
    box.hidden = true;
    const headers = {};
    const token = sessionStorage.getItem("rasid-token");
    if (token) headers["Authorization"] = "Bearer " + token;
    const r = await fetch("/api/episodes?event=" + encodeURIComponent(decodeURIComponent(m[1])), { headers });
    if (!r.ok) return;
    for (const ep of (await r.json()).episodes) {
      const a = document.createElement("a");
      a.href = "/episode.html#" + encodeURIComponent(ep.id);
      // names in the UI's language (app.js keeps it in localStorage)
      const arabic = localStorage.getItem("rasid-lang") !== "en";
      a.textContent = (arabic ? ep.label_ar || ep.label : ep.label) + " — " + ep.place
        + (ep.from ? " (" + ep.from + " … " + ep.to + ")" : "") + ": " + (arabic ? ep.state_ar || ep.state : ep.state);
      const li = document.createElement("li");
      li.append(a);
      list.append(li);
      box.hidden = false;
    }
  }
  window.addEventListener("hashchange", show);
  window.addEventListener("DOMContentLoaded", show);
})();
