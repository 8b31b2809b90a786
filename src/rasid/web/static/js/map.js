// Events map: OCHA governorate and district outlines (no tiles, no outbound request) and one
// circle per located event, sized by the highest killed figure, styled by location precision.
(function () {
  "use strict";
  const box = document.getElementById("map");
  if (!box || typeof L === "undefined") return;
  const map = L.map(box, {zoomSnap: 0.25, preferCanvas: false, attributionControl: true, fadeAnimation: false});
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Boundaries: OCHA / HDX (CC BY 3.0 IGO) · Leaflet (BSD-2)");
  map.setView([35.0, 38.5], 6.5);

  const getJSON = (url) => fetch(url, {credentials: "same-origin"}).then((r) => {
    if (!r.ok) throw new Error(url + ": " + r.status);
    return r.json();
  });
  const el = (tag, cls, text) => { const n = document.createElement(tag); if (cls) n.className = cls; if (text != null) n.textContent = text; return n; };

  function popup(p) {
    const div = el("div", "popup");
    div.append(el("b", null, p.event_type + (p.sub_event_type ? " / " + p.sub_event_type : "")));
    div.append(el("div", null, (p.day || "—") + " · " + (p.place ? (p.place.name_ar || p.place.name || "") : "")));
    if (p.place) {
      div.append(el("div", null, [p.place.admin2, p.place.admin1].filter(Boolean).join(", ") +
        " · precision " + p.place.geo_precision));
    }
    div.append(el("div", null, (p.actor1 || "—") + " ⟷ " + (p.actor2 || "—")));
    for (const f of p.fatalities || []) {
      const q = {exact: "", at_least: "≥ ", about: "~ ", vague: "≈ "}[f.qualifier] || "";
      div.append(el("div", null, q + (f.count == null ? "?" : f.count) + " " + f.kind + " — " + (f.claimed_by || "?")));
    }
    const a = el("a", null, p.doc && p.doc.title ? p.doc.title : p.doc_id);
    a.href = "/documents/" + encodeURIComponent(p.doc_id);
    div.append(a);
    if (p.cluster && p.cluster !== p.uid) {
      const k = el("a", null, " · linked");
      k.href = "/linked/" + encodeURIComponent(p.cluster);
      div.append(k);
    }
    return div;
  }

  function style(p) {
    const prec = p.place ? p.place.geo_precision : 3;
    const killed = p.killed_max || 0;
    return {
      radius: Math.min(30, 5 + 3 * Math.sqrt(killed)),
      color: "#b3123f", weight: 2,
      fillColor: "#d6336c",
      fillOpacity: prec === 1 ? 0.65 : prec === 2 ? 0.3 : 0,
      dashArray: prec === 2 ? "4 3" : null,
      className: "ev-marker prec-" + prec,
    };
  }

  Promise.all([getJSON(box.dataset.adm1), getJSON(box.dataset.adm2)]).then(([adm1, adm2]) => {
    L.geoJSON(adm2, {style: {color: "#8c959f", weight: 0.6, fill: false}, interactive: false}).addTo(map);
    const gov = L.geoJSON(adm1, {
      style: {color: "#424a53", weight: 1.4, fillColor: "#ffffff", fillOpacity: 0.6},
      onEachFeature: (f, layer) => layer.bindTooltip(el("span", null, f.properties.name_ar + " · " + f.properties.name_en), {sticky: true}),
    }).addTo(map);
    map.fitBounds(gov.getBounds(), {padding: [8, 8]});
    return getJSON(box.dataset.events);
  }).then((events) => {
    // biggest circles first, so small ones stay visible and clickable on top
    events.features.sort((a, b) => (b.properties.killed_max || 0) - (a.properties.killed_max || 0));
    const layer = L.geoJSON(events, {
      pointToLayer: (f, latlng) => L.circleMarker(latlng, style(f.properties)),
      onEachFeature: (f, l) => l.bindPopup(() => popup(f.properties)),
    }).addTo(map);
    box.dataset.markers = String(events.features.length);
    box.classList.add("ready");
    layer.bringToFront();
  }).catch((err) => {
    box.dataset.error = String(err);
    box.classList.add("ready");
  });
})();
