// Drives the assessment page in Debian's headless chromium (playwright-core from tools/npm).
// node assessment_page.cjs URL TOKEN YEAR SCREENSHOT
// Prints one JSON line with what the chart and the table show, and saves a screenshot.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { chromium } = require("playwright-core");

const [url, token, year, screenshot] = process.argv.slice(2);

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "assessment-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    const errors = [];
    page.on("pageerror", (err) => errors.push(String(err)));
    await page.goto(url);
    await page.fill("#year", year);
    await page.fill("#token", token);
    await page.click("#login button");
    await page.waitForSelector("section[data-kind] svg g.bar", { timeout: 30000 });
    const bars = await page.$$eval("svg g.bar", (gs) => gs.map((g) => ({
      department: g.dataset.department, kind: g.dataset.kind, total: Number(g.dataset.total),
      rank: Number(g.dataset.rank), width: Number(g.querySelector("rect").getAttribute("width")),
      fill: g.querySelector("rect").getAttribute("fill") })));
    const kinds = await page.$$eval("section[data-kind]", (ss) => ss.map((s) => s.dataset.kind));
    const status = await page.textContent("#status");
    await page.screenshot({ path: screenshot, fullPage: false });
    console.log(JSON.stringify({ bars, kinds, status, errors }));
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
