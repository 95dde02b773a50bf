"""The operator console page: static HTML that polls /operator/flow every second.

The page holds no data: it asks for an operator token, keeps it in the tab's sessionStorage,
and sends it as a Bearer token. Everything it shows is set with textContent (no HTML from data).
"""

PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>事件流 · Operator console</title>
<style>
  body { font: 14px/1.45 system-ui, "Noto Sans CJK SC", sans-serif; margin: 0; color: #1d2330;
         background: #f4f6fa; }
  header { background: #1f3a5f; color: #fff; padding: 12px 24px; display: flex; gap: 24px;
           align-items: center; flex-wrap: wrap; }
  header h1 { font-size: 18px; margin: 0; font-weight: 600; }
  header form { display: flex; gap: 8px; margin-left: auto; }
  header input { width: 320px; padding: 5px 8px; border-radius: 4px; border: 0; }
  header button { padding: 5px 14px; border-radius: 4px; border: 0; background: #f0b429;
                  font-weight: 600; cursor: pointer; }
  main { padding: 16px 24px; display: grid; gap: 16px; grid-template-columns: 2fr 1fr; }
  section { background: #fff; border-radius: 6px; padding: 12px 16px;
            box-shadow: 0 1px 2px rgba(0,0,0,.08); overflow: auto; }
  section.wide { grid-column: 1 / -1; }
  section.scroll { max-height: 68vh; }
  h2 { font-size: 15px; margin: 0 0 8px; }
  #status { font-size: 13px; opacity: .9; }
  #status.bad { color: #ffb4a8; font-weight: 600; }
  .services { display: flex; gap: 12px; justify-content: space-between; }
  .svc { flex: 1; border: 2px solid #c9d3e3; border-radius: 8px; padding: 10px; text-align: center;
         transition: background .6s, border-color .6s; }
  .svc b { display: block; font-size: 15px; }
  .svc span { font-size: 12px; color: #5b6575; }
  .svc.hot { background: #fff3c4; border-color: #f0b429; }
  table { border-collapse: collapse; width: 100%; font-size: 13px; }
  th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e6e9ef;
           white-space: nowrap; }
  th { color: #5b6575; font-weight: 600; }
  td.mono { font-family: ui-monospace, monospace; font-size: 12px; }
  tr.new { animation: flash 1.5s ease-out; }
  @keyframes flash { from { background: #fff3c4; } to { background: transparent; } }
  .lag { font-weight: 700; color: #b42318; }
  .ok { color: #067647; }
  .arrow { color: #5b6575; }
</style>
</head>
<body>
<header>
  <h1>事件流 · Operator console</h1>
  <span id="status">Enter an operator token to start.</span>
  <form id="login">
    <input id="token" type="password" placeholder="Bearer token (operator role)" autocomplete="off">
    <button type="submit">Connect</button>
  </form>
</header>
<main>
  <section class="wide">
    <h2>Services (highlighted when they publish)</h2>
    <div class="services" id="services"></div>
  </section>
  <section class="scroll">
    <h2>Live events (newest first)</h2>
    <table id="events"><thead><tr><th>time</th><th>type</th><th>from → to</th>
      <th>topic</th><th>subject</th><th>correlation id</th></tr></thead><tbody></tbody></table>
  </section>
  <section>
    <h2>Consumer lag per group and topic</h2>
    <table id="lags"><thead><tr><th>group</th><th>topic</th><th>committed</th><th>lag</th>
      </tr></thead><tbody></tbody></table>
    <h2 style="margin-top:16px">Waiting (held until the directory knows what they name)</h2>
    <table id="waiting"><thead><tr><th>since</th><th>group</th><th>type</th><th>waits for</th>
      <th>tries</th></tr></thead><tbody></tbody></table>
    <h2 style="margin-top:16px">Records per topic</h2>
    <table id="topics"><thead><tr><th>topic</th><th>records</th></tr></thead><tbody></tbody>
    </table>
  </section>
</main>
<script>
"use strict";
const SERVICES = ["registry", "complaints", "referrals", "notifications"];
const state = { after: 0, events: [], consumers: {}, timer: null };
const $ = (id) => document.getElementById(id);

function cell(row, text, cls) {
  const td = row.insertCell();
  td.textContent = text == null ? "" : String(text);
  if (cls) td.className = cls;
  return td;
}

function short(text) {
  return text && text.length > 14 ? text.slice(0, 13) + "…" : text;
}

function drawServices(counts) {
  const box = $("services");
  if (!box.children.length) {
    for (const s of SERVICES) {
      const div = document.createElement("div");
      div.className = "svc"; div.id = "svc-" + s;
      div.appendChild(document.createElement("b")).textContent = s;
      div.appendChild(document.createElement("span"));
      box.appendChild(div);
    }
  }
  for (const s of SERVICES) {
    $("svc-" + s).querySelector("span").textContent = (counts[s] || 0) + " events published";
  }
}

function flash(service) {
  const div = $("svc-" + service);
  if (!div) return;
  div.classList.add("hot");
  setTimeout(() => div.classList.remove("hot"), 900);
}

function drawEvents(fresh) {
  const body = $("events").tBodies[0];
  for (const e of fresh) {
    const row = body.insertRow(0);
    row.className = "new";
    row.dataset.type = e.type; row.dataset.subject = e.subject || "";
    row.dataset.correlationid = e.correlationid || "";
    cell(row, e.time ? new Date(e.time).toLocaleTimeString() : "");
    cell(row, e.type, "mono");
    const to = (state.consumers[e.topic] || []).join(", ") || "—";
    cell(row, (e.source || "?") + " → " + to, "arrow");
    cell(row, e.topic, "mono");
    cell(row, short(e.subject), "mono").title = e.subject || "";
    cell(row, short(e.correlationid), "mono").title = e.correlationid || "";
    flash(e.source);
  }
  while (body.rows.length > 200) body.deleteRow(-1);
}

function drawLags(lags, topics) {
  const consumers = {};
  const body = $("lags").tBodies[0];
  body.replaceChildren();
  for (const l of lags) {
    (consumers[l.topic] = consumers[l.topic] || []).push(l.group);
    const row = body.insertRow();
    row.dataset.group = l.group; row.dataset.topic = l.topic;
    cell(row, l.group); cell(row, l.topic, "mono"); cell(row, l.committed);
    cell(row, l.lag, l.lag > 0 ? "lag" : "ok");
  }
  state.consumers = consumers;
  const tbody = $("topics").tBodies[0];
  tbody.replaceChildren();
  for (const t of topics) {
    const row = tbody.insertRow();
    cell(row, t.topic, "mono"); cell(row, t.records);
  }
}

function drawWaiting(waiting) {
  const body = $("waiting").tBodies[0];
  body.replaceChildren();
  for (const w of waiting || []) {
    const row = body.insertRow();
    row.dataset.event = w.event_id;
    cell(row, new Date(w.since).toLocaleTimeString()); cell(row, w.group);
    cell(row, w.type, "mono"); cell(row, w.detail, "lag"); cell(row, w.tries);
  }
}

async function poll() {
  const token = sessionStorage.getItem("operatorToken");
  if (!token) return;
  try {
    const url = location.pathname.replace(/\\/?$/, "/flow?after=") + state.after;
    const res = await fetch(url, {
      headers: { Authorization: "Bearer " + token }, cache: "no-store" });
    if (!res.ok) {
      const problem = await res.json().catch(() => ({}));
      throw new Error(res.status + " " + (problem.detail || problem.title || res.statusText));
    }
    const snap = await res.json();
    drawLags(snap.lags, snap.topics);
    drawWaiting(snap.waiting);
    drawEvents(snap.events);
    for (const e of snap.events) state.after = Math.max(state.after, e.seq);
    state.events = state.events.concat(snap.events).slice(-500);
    const counts = {};
    for (const e of state.events) counts[e.source] = (counts[e.source] || 0) + 1;
    drawServices(counts);
    const at = new Date(snap.at).toLocaleTimeString();
    $("status").textContent = snap.error
      || ("Live · updated " + at + " · " + state.events.length + " events seen");
    $("status").className = snap.error ? "bad" : "";
  } catch (err) {
    $("status").textContent = "Not connected: " + err.message;
    $("status").className = "bad";
  }
}

$("login").addEventListener("submit", (ev) => {
  ev.preventDefault();
  sessionStorage.setItem("operatorToken", $("token").value.trim());
  $("token").value = "";
  poll();
});
drawServices({});
state.timer = setInterval(poll, 1000);
poll();
</script>
</body>
</html>
"""
