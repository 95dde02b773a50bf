"""The scorecard page: static HTML that reads /assessment/{year}/scorecard and draws SVG bars.

The page holds no data: it asks for a token (GOV_OFFICE, SUPERVISION or PERSONNEL), keeps it
in the tab's sessionStorage and sends it as a Bearer token. No CDN, no library: the charts are
inline SVG built with createElementNS, every text set with textContent (no HTML from data).
"""

# The page runs only its own inline script and talks only to this origin.
PAGE_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'none'"
)

PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>绩效评估 · Assessment</title>
<style>
  body { font: 14px/1.45 system-ui, "Noto Sans CJK SC", sans-serif; margin: 0; color: #1d2330;
         background: #f4f6fa; }
  header { background: #1f3a5f; color: #fff; padding: 12px 24px; display: flex; gap: 16px;
           align-items: center; flex-wrap: wrap; }
  header h1 { font-size: 18px; margin: 0; font-weight: 600; }
  header form { display: flex; gap: 8px; margin-left: auto; }
  header input { padding: 5px 8px; border-radius: 4px; border: 0; }
  #token { width: 300px; }
  #year, #quarter { width: 70px; }
  header button { padding: 5px 14px; border-radius: 4px; border: 0; background: #f0b429;
                  font-weight: 600; cursor: pointer; }
  main { padding: 16px 24px; display: grid; gap: 16px; }
  section { background: #fff; border-radius: 6px; padding: 12px 16px;
            box-shadow: 0 1px 2px rgba(0,0,0,.08); overflow: auto; }
  h2 { font-size: 15px; margin: 0 0 8px; }
  #status { font-size: 13px; opacity: .9; }
  #status.bad { color: #ffb4a8; font-weight: 600; }
  table { border-collapse: collapse; width: 100%; font-size: 13px; }
  th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e6e9ef;
           white-space: nowrap; }
  th { color: #5b6575; font-weight: 600; }
  td.failing { color: #b42318; font-weight: 700; }
  svg text { font-size: 12px; fill: #1d2330; }
</style>
</head>
<body>
<header>
  <h1>绩效评估 · Assessment</h1>
  <span id="status">Enter a token of GOV_OFFICE, SUPERVISION or PERSONNEL.</span>
  <form id="login">
    <input id="year" type="number" min="2000" max="2100" placeholder="year">
    <input id="quarter" type="number" min="1" max="4" placeholder="quarter">
    <input id="token" type="password" placeholder="Bearer token" autocomplete="off">
    <button type="submit">Show</button>
  </form>
</header>
<main id="kinds"></main>
<script>
"use strict";
const SVG = "http://www.w3.org/2000/svg";
const $ = (id) => document.getElementById(id);
$("year").value = sessionStorage.getItem("assessment-year") || new Date().getFullYear();
$("token").value = sessionStorage.getItem("assessment-token") || "";

function el(tag, attrs, text) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4))
                                      : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function chart(cards, max) {
  const row = 22, left = 180, width = 520;
  const svg = el("svg:svg", { width: left + width + 80, height: cards.length * row + 10,
                              role: "img", "aria-label": "total by unit" });
  cards.forEach((c, i) => {
    const y = i * row + 4;
    const g = el("svg:g", { "class": "bar", "data-department": c.department, "data-kind": c.kind,
                            "data-total": c.total, "data-rank": c.rank });
    g.appendChild(el("svg:text", { x: 0, y: y + 14 }, `${c.rank}. ${c.name}`));
    const fail = c.indicators.some((s) => s.failing);
    g.appendChild(el("svg:rect", { x: left, y, height: row - 6,
      width: Math.max(1, width * c.total / max), fill: fail ? "#d92d20" : "#2e6fb7" }));
    g.appendChild(el("svg:text", { x: left + width * c.total / max + 6, y: y + 14 },
      c.change === null ? c.total : `${c.total} (${c.change >= 0 ? "+" : ""}${c.change})`));
    svg.appendChild(g);
  });
  return svg;
}

function table(cards) {
  const t = el("table");
  const head = el("tr");
  ["#", "unit", "total", "change", ...cards[0].indicators.map((s) => s.code)]
    .forEach((h) => head.appendChild(el("th", {}, h)));
  t.appendChild(head);
  for (const c of cards) {
    const tr = el("tr", { "data-department": c.department });
    [c.rank, c.department, c.total, c.change === null ? "" : c.change]
      .forEach((v) => tr.appendChild(el("td", {}, v)));
    for (const s of c.indicators) {
      tr.appendChild(el("td", s.failing ? { "class": "failing" } : {}, s.score));
    }
    t.appendChild(tr);
  }
  return t;
}

async function show() {
  const year = $("year").value, quarter = $("quarter").value, token = $("token").value;
  sessionStorage.setItem("assessment-year", year);
  sessionStorage.setItem("assessment-token", token);
  const query = quarter ? `?quarter=${encodeURIComponent(quarter)}` : "";
  const response = await fetch(`/assessment/${encodeURIComponent(year)}/scorecard${query}`,
    { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    $("status").textContent = `${response.status}: ${problem.detail || response.statusText}`;
    $("status").className = "bad";
    return;
  }
  const card = await response.json();
  const main = $("kinds");
  main.replaceChildren();
  const kinds = [...new Set(card.cards.map((c) => c.kind))];
  for (const kind of kinds) {
    const cards = card.cards.filter((c) => c.kind === kind);
    const section = el("section", { "data-kind": kind });
    section.appendChild(el("h2", {}, `${kind} · ${cards.length}`));
    section.appendChild(chart(cards, card.total_points));
    section.appendChild(table(cards));
    main.appendChild(section);
  }
  $("status").className = "";
  $("status").textContent = `Shown: ${card.year}${card.quarter ? " Q" + card.quarter : ""}` +
    (card.final ? " (final)" : " (running)");
}

$("login").addEventListener("submit", (event) => { event.preventDefault(); show(); });
</script>
</body>
</html>
"""
