// Article view: click or hover a highlight to see its records and their evidence; click a record
// in the side panel to light up its spans. Text only ever goes into the page via textContent.
(function () {
  "use strict";
  const dataEl = document.getElementById("result-data");
  if (!dataEl) return;
  const data = JSON.parse(dataEl.textContent);
  const result = data.result;
  const original = Array.from(data.original); // code points, like the contract's spans
  const slice = (sp) => (sp ? original.slice(sp[0], sp[1]).join("") : "");

  const byId = (list) => Object.fromEntries((list || []).map((x) => [x.id, x]));
  const places = byId(result.places), claims = byId(result.claims), events = byId(result.events);

  // kind:ref -> [record, [spans of its evidence]]
  function lookup(token) {
    const i = token.indexOf(":");
    const kind = token.slice(0, i), ref = token.slice(i + 1);
    if (kind === "place") { const p = places[ref]; return p && [kind, p, p.spans || []]; }
    if (kind === "claim" || kind === "cue" || kind === "speaker") {
      const c = claims[ref];
      return c && ["claim", c, [c.speaker && c.speaker.span, c.cue && c.cue.span, c.content && c.content.span].filter(Boolean)];
    }
    if (kind === "event") { const e = events[ref]; return e && [kind, e, e.evidence || []]; }
    if (kind === "figure") {
      const [eid, f] = ref.split(".f");
      const e = events[eid]; const fat = e && (e.fatalities || [])[+f];
      return fat && [kind, Object.assign({event: eid}, fat), [fat.span]];
    }
    if (kind === "repair") {
      const r = (result.repairs || [])[+ref.slice(1)];
      return r && [kind, r, [r.span]];
    }
    return null;
  }

  const detail = document.getElementById("detail");
  const body = document.getElementById("detail-body");
  const el = (tag, cls, text) => { const n = document.createElement(tag); if (cls) n.className = cls; if (text != null) n.textContent = text; return n; };

  function show(tokens) {
    body.replaceChildren();
    const seen = new Set();
    for (const t of tokens) {
      const hit = lookup(t);
      if (!hit) continue;
      const key = hit[0] + ":" + (hit[1].id || t);
      if (seen.has(key)) continue;
      seen.add(key);
      const box = el("section", "rec");
      box.append(el("h3", null, hit[0] + " " + (hit[1].id || t.split(":")[1])));
      const ev = el("div", "evidence");
      for (const sp of hit[2]) ev.append(el("blockquote", null, slice(sp)));
      box.append(el("h4", null, "الدليل · evidence"), ev);
      box.append(el("pre", "json", JSON.stringify(hit[1], null, 2)));
      body.append(box);
    }
    detail.hidden = body.childElementCount === 0;
  }

  function focus(tokens) {
    document.querySelectorAll(".hl.focus").forEach((n) => n.classList.remove("focus"));
    const want = new Set(tokens);
    let first = null;
    document.querySelectorAll("#article .hl").forEach((n) => {
      const refs = n.dataset.refs.split(" ");
      // a claim's record lights up its speaker and cue too
      if (refs.some((r) => want.has(r) || want.has(r.replace(/^(cue|speaker):/, "claim:")))) {
        n.classList.add("focus"); first = first || n;
      }
    });
    return first;
  }

  const article = document.getElementById("article");
  article.addEventListener("click", (ev) => {
    const n = ev.target.closest(".hl");
    if (!n) return;
    const tokens = n.dataset.refs.split(" ");
    show(tokens);
    focus(tokens);
  });
  article.addEventListener("keydown", (ev) => { if (ev.key === "Enter" && ev.target.classList.contains("hl")) ev.target.click(); });
  document.getElementById("detail-close").addEventListener("click", () => { detail.hidden = true; focus([]); });

  document.querySelectorAll(".side [data-ref]").forEach((n) => {
    n.addEventListener("click", (ev) => {
      ev.stopPropagation();
      const tokens = [n.dataset.ref];
      show(tokens);
      const first = focus(tokens);
      if (first) first.scrollIntoView({block: "center", behavior: "smooth"});
    });
  });

  document.querySelectorAll("#legend input[data-kind]").forEach((box) => {
    box.addEventListener("change", () => article.classList.toggle("hide-" + box.dataset.kind, !box.checked));
  });
})();
