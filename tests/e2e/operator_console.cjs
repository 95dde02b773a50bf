// Drives the operator console in Debian's headless chromium (playwright-core from tools/npm).
// node operator_console.cjs URL TOKEN CORRELATION_ID SCREENSHOT
// Prints "connected" once the page polls live, then (after the test filed a referral with
// that correlation id) one JSON line with what the page shows for it, and saves a screenshot.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { chromium } = require("playwright-core");

const [url, token, correlationId, screenshot] = process.argv.slice(2);

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "console-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1500, height: 950 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    await page.goto(url);
    await page.fill("#token", token);
    await page.click("#login button");
    await page.waitForFunction(
      () => document.getElementById("status").textContent.startsWith("Live"), null,
      { timeout: 30000 });
    console.log("connected");
    const mine = `#events tr[data-correlationid="${correlationId}"]`;
    await page.waitForSelector(`${mine}[data-type="referrals.report.filed.v1"]`,
      { timeout: 60000 });
    await page.waitForSelector(`${mine}[data-type="notifications.item.delivered.v1"]`,
      { timeout: 60000 });
    await page.waitForTimeout(1500); // lets the highlight fade in the screenshot
    const rows = await page.$$eval(mine, (trs) =>
      trs.map((tr) => [...Array.from(tr.cells, (td) => td.textContent), tr.dataset.subject]));
    const lags = await page.$$eval("#lags tbody tr", (trs) =>
      trs.map((tr) => Array.from(tr.cells, (td) => td.textContent)));
    const status = await page.textContent("#status");
    await page.screenshot({ path: screenshot });
    console.log(JSON.stringify({ rows, lags, status }));
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
