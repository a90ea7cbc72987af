// A check that meets a busy node or a dropped connection (issue 15), in real
// Chromium against `idiom serve --cohort` on a throwaway PostgreSQL of its
// own.  Between the page and the server stands Playwright's request
// routing, playing a proxy: it answers the first try of a check 503 with
// Retry-After itself, or passes the first try to the server and then drops
// the connection before the answer reaches the page.  The page must say
// "Retrying…", send the check again with the same attempt_id, show the
// verdict, and the attempt must be stored exactly once.
// Usage: node tests/browser/retry.mjs [IDIOM_BINARY]
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { counts, expect, setEditor, test } from "./lib.mjs";

const IDIOM = process.argv[2] || "./idiom";
const FIX = "tests/fixtures/run/lesson04";
const PW = "Qv7-tulip-orbit-92x";

const pgDir = mkdtempSync("/tmp/idiom-browser-pg.");
chmodSync(pgDir, 0o755);
const tmp = mkdtempSync(join(tmpdir(), "idiom-browser-"));
let server = null;
process.on("exit", () => {
  if (server) server.kill("SIGTERM");
  try { execFileSync("scripts/pg.sh", ["destroy", pgDir], { stdio: "ignore" }); } catch { /* gone */ }
  rmSync(tmp, { recursive: true, force: true });
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(2));

function startServer(store) {
  const child = spawn(IDIOM, ["serve", "--cohort", "--store", store, "--port", "0"], {
    env: { ...process.env, IDIOM_HOME: join(tmp, "home") },
    stdio: ["ignore", "pipe", "inherit"],
  });
  server = child;
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no URL from idiom serve: ${out}`)), 15000);
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/(http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on("exit", (code) => reject(new Error(`idiom serve exited ${code}: ${out}`)));
  });
}

const store = execFileSync("scripts/pg.sh", ["start", pgDir], { encoding: "utf8" }).trim();
execFileSync(IDIOM, ["admin", "create-instructor", "ada", "--store", store], { input: `${PW}\n` });
const url = await startServer(store);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const errors = [];

// Attempts stored for the learner, by id: { id: count }.
function stored(user) {
  const out = execFileSync("psql", ["-qtA", "-F", " ", store, "-c",
    `SELECT s.id, count(*) FROM store_attempt s JOIN account a ON a.id = s.learner_id
     WHERE a.username = '${user}' GROUP BY s.id`], { encoding: "utf8" });
  return Object.fromEntries(out.trim().split("\n").filter(Boolean).map((r) => {
    const [id, n] = r.split(" ");
    return [id, Number(n)];
  }));
}

// A signed-in learner's page on lesson 04 (the account made through the API).
async function learnerPage(user) {
  const teacher = await browser.newContext();
  let res = await teacher.request.post(`${url}/api/login`, { data: { username: "ada", password: PW } });
  expect(res.status() === 200, `instructor login: ${res.status()}`);
  res = await teacher.request.post(`${url}/api/cohorts`, { data: { name: `retry ${user}` } });
  const invite = (await res.json()).invite;
  await teacher.close();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  res = await context.request.post(`${url}/api/signup`,
    { data: { invite, username: user, password: PW } });
  expect(res.status() === 201, `sign-up: ${res.status()}`);
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${url}/lessons/04`);
  await page.waitForSelector("body.ready", { timeout: 10000 });
  await setEditor(page, "#exercise-rewrite", readFileSync(`${FIX}/rewrite-gather.py`, "utf8"));
  return page;
}

// Routes /api/check through FIRST for the first try, then to the server;
// returns the attempt_id of every try.
async function proxyChecks(page, first) {
  const ids = [];
  await page.route("**/api/check", async (route) => {
    ids.push(JSON.parse(route.request().postData() || "{}").attempt_id);
    if (ids.length === 1) await first(route);
    else await route.continue();
  });
  return ids;
}

// Clicks Check; waits for "Retrying…" and then the verdict.
async function checkThroughTrouble(page) {
  await page.click("#exercise-rewrite button.check");
  const retrying = page.locator("#exercise-rewrite .results .retrying");
  await retrying.waitFor({ timeout: 10000 });
  const said = await retrying.innerText();
  const verdict = page.locator("#exercise-rewrite .results .verdict");
  await verdict.waitFor({ timeout: 30000 });
  return { said, verdict: await verdict.innerText() };
}

try {
  await test("a check answered 503 + Retry-After says retrying, then shows the verdict", async () => {
    const page = await learnerPage("busy");
    const ids = await proxyChecks(page, (route) => route.fulfill({
      status: 503,
      headers: { "Retry-After": "1", "Content-Type": "application/json" },
      body: JSON.stringify({ error: "the server is busy; try again shortly" }),
    }));
    const { said, verdict } = await checkThroughTrouble(page);
    expect(/Retrying/.test(said) && /busy/.test(said), `said: ${said}`);
    expect(/criteria pass/.test(verdict), `verdict: ${verdict}`);
    expect(await page.locator("#exercise-rewrite .results .verdict.error").count() === 0,
      "an error was shown");
    expect(ids.length === 2 && ids[0] && ids[0] === ids[1], `attempt ids: ${ids}`);
    const rows = stored("busy");
    expect(Object.keys(rows).length === 1 && Object.values(rows)[0] === 1,
      `stored: ${JSON.stringify(rows)}`);
  });

  await test("a check whose answer is lost on the way is sent again and recorded once", async () => {
    const page = await learnerPage("dropped");
    const ids = await proxyChecks(page, async (route) => {
      // The server grades and records it; the page never hears back.
      const res = await route.fetch();
      expect(res.status() === 200, `the first try reached the server: ${res.status()}`);
      await route.abort("connectionreset");
    });
    const { said, verdict } = await checkThroughTrouble(page);
    expect(/Retrying/.test(said) && /connection/.test(said), `said: ${said}`);
    expect(/criteria pass/.test(verdict), `verdict: ${verdict}`);
    expect(ids.length === 2 && ids[0] && ids[0] === ids[1], `attempt ids: ${ids}`);
    const rows = stored("dropped");
    const id = ids[0].replaceAll("-", "");
    expect(Object.keys(rows).length === 1 && rows[id] === 1, `stored: ${JSON.stringify(rows)}`);
  });

  await test("no script errors", async () => {
    expect(errors.length === 0, errors.join("\n"));
  });
} finally {
  await browser.close();
  console.log(`browser retry: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed ? 1 : 0);
}
