// The cohort server in real Chromium, against a throwaway PostgreSQL of its
// own (scripts/pg.sh) and its own `idiom serve --cohort`: an instructor made
// with `idiom admin create-instructor` signs in, makes a cohort and copies
// its invite link; a learner signs up through it, checks an answer and sees
// the verdict; the instructor sees the learner in the gradebook, opens the
// learner's page (two attempts and the diff between them) and makes a
// password-reset link that the learner uses; the instructor opens the
// answer's shape, comments on it and overrides a verdict, which the learner
// then sees on the exercise; both sign out.  Whatever ends the script stops
// the server and the cluster.
// Saves the instructor's pages to $IDIOM_SCREENSHOTS (build/screenshots).
// Usage: node tests/browser/cohort.mjs [IDIOM_BINARY]
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { counts, expect, setEditor, test } from "./lib.mjs";

const IDIOM = process.argv[2] || "./idiom";
const SHOTS = process.env.IDIOM_SCREENSHOTS || "build/screenshots";
const FIX = "tests/fixtures/run/lesson04";
const PW = "Qv7-tulip-orbit-92x";
mkdirSync(SHOTS, { recursive: true });

// PostgreSQL runs as `postgres` under root: its folder must be reachable.
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
async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: url });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  return page;
}
const teacher = await newPage();
const learner = await newPage();
let invite = "";

async function signIn(page, user, password) {
  await page.goto(`${url}/login`);
  await page.waitForSelector("body.ready");
  await page.fill("#username", user);
  await page.fill("#password", password);
  await page.click("form#login button[type=submit]");
}

try {
  await test("a page without a session leads to the sign-in page", async () => {
    await teacher.goto(`${url}/cohorts`);
    expect(new URL(teacher.url()).pathname === "/login", `landed on ${teacher.url()}`);
    expect(await teacher.locator("form#login").count() === 1, "no sign-in form");
    expect(await teacher.locator("header button.signout").count() === 0, "sign-out shown to nobody");
  });

  await test("a wrong password is refused inline", async () => {
    await signIn(teacher, "ada", "not-the-password-at-all");
    const err = teacher.locator("form#login .form-error");
    await err.waitFor({ state: "visible" });
    expect((await err.innerText()).includes("wrong user name or password"), await err.innerText());
    expect(new URL(teacher.url()).pathname === "/login", "left the page");
  });

  await test("the instructor signs in and makes a cohort", async () => {
    await signIn(teacher, "ada", PW);
    await teacher.waitForURL(`${url}/cohorts`);
    expect((await teacher.locator("header .who").innerText()) === "ada", "header does not name ada");
    await teacher.fill("#name", "Spring 2027 <Node → Python>");
    await teacher.click("form#new-cohort button[type=submit]");
    await teacher.locator(".created").waitFor({ state: "visible" });
    await teacher.click(".created button.copy");
    invite = await teacher.locator(".created input.invite").inputValue();
    expect(/\/signup\?invite=[A-Za-z0-9_-]{43}$/.test(invite), `invite link ${invite}`);
    const copied = await teacher.evaluate(() => navigator.clipboard.readText().catch(() => ""));
    expect(copied === invite, `clipboard holds ${copied}`);
    await teacher.goto(`${url}/cohorts`);
    const link = teacher.locator("table.cohorts a", { hasText: "Spring 2027 <Node → Python>" });
    expect(await link.count() === 1, "the new cohort is not listed (or its name not escaped)");
  });

  await test("a new invite and revoking it", async () => {
    const row = teacher.locator("tr[data-cohort]").first();
    await row.locator("button.new-invite").click();
    const fresh = await row.locator(".invite-out input.invite").inputValue();
    expect(fresh.includes("/signup?invite=") && fresh !== invite, `new invite ${fresh}`);
    await teacher.screenshot({ path: `${SHOTS}/cohorts.png`, fullPage: true });
    await row.locator("button.revoke").click();
    await row.locator(".invite-out", { hasText: "revoked" }).waitFor();
    // The revoked links no longer admit anyone; make the learner's anew.
    await row.locator("button.new-invite").click();
    invite = await row.locator(".invite-out input.invite").inputValue();
  });

  await test("a learner signs up through the invite", async () => {
    await learner.goto(invite);
    await learner.waitForSelector("body.ready");
    expect((await learner.locator("ul.rules").innerText()).includes("at least 12 characters"),
      "the password rules are not said up front");
    await learner.fill("#username", "bob");
    await learner.fill("#password", "short");
    await learner.fill("#password2", "short");
    await learner.click("form#signup button[type=submit]");
    await learner.locator("form#signup .form-error").waitFor({ state: "visible" });
    await learner.fill("#password", PW);
    await learner.fill("#password2", PW);
    await learner.click("form#signup button[type=submit]");
    await learner.waitForURL(`${url}/`);
    expect(await learner.locator("li.lesson").count() >= 7, "no catalogue after sign-up");
  });

  await test("the learner checks an answer and sees the verdict", async () => {
    await learner.goto(`${url}/lessons/04`);
    await learner.waitForSelector("body.ready", { timeout: 10000 });
    await setEditor(learner, "#exercise-rewrite", readFileSync(`${FIX}/rewrite-gather.py`, "utf8"));
    await learner.click("#exercise-rewrite button.check");
    const verdict = learner.locator("#exercise-rewrite .results .verdict");
    await verdict.waitFor({ timeout: 30000 });
    expect(/criteria pass/.test(await verdict.innerText()), await verdict.innerText());
    expect(await learner.locator("#exercise-rewrite li.criterion.fail").count() >= 1, "no failing criterion");
    await learner.click("#exercise-rewrite button.hint");
    await learner.locator("#exercise-rewrite ol.hints li").first().waitFor();
    expect((await learner.locator("#exercise-rewrite ol.hints li").first().innerText()).startsWith("Hint 1 of"),
      "no hint");
    await learner.goto(`${url}/progress`);
    expect(await learner.locator("table.failing td").count() >= 2, "progress shows no failed criterion");
  });

  await test("the instructor sees the learner in the gradebook", async () => {
    await teacher.goto(`${url}/`);
    expect(new URL(teacher.url()).pathname === "/cohorts", `the instructor's home is ${teacher.url()}`);
    await teacher.locator("table.cohorts a").first().click();
    const row = teacher.locator("table.gradebook tbody tr", { hasText: "bob" });
    expect(await row.count() === 1, "bob is not in the gradebook");
    expect((await row.innerText()).includes("1 attempt"), await row.innerText());
    expect(await teacher.locator("h3", { hasText: "Lesson 04, rewrite" }).count() === 1,
      "no failing criteria for 04 rewrite");
    await teacher.click('table.gradebook th a[href="?sort=04"]');
    expect(new URL(teacher.url()).search === "?sort=04", teacher.url());
    const csv = await teacher.locator(".exports a", { hasText: "CSV" }).getAttribute("href");
    const res = await teacher.request.get(`${url}${csv}`);
    expect((await res.text()).includes('"bob","04","started",1'), "bob's row missing from the CSV");
    await teacher.screenshot({ path: `${SHOTS}/gradebook.png`, fullPage: true });
  });

  await test("the learner's page shows both attempts and the diff between them", async () => {
    await learner.goto(`${url}/lessons/04`);
    await learner.waitForSelector("body.ready", { timeout: 10000 });
    const second = `${readFileSync(`${FIX}/rewrite-gather.py`, "utf8")}# <b>second</b> try\n`;
    await setEditor(learner, "#exercise-rewrite", second);
    await learner.click("#exercise-rewrite button.check");
    await learner.locator("#exercise-rewrite .results .verdict").waitFor({ timeout: 30000 });
    await teacher.goto(`${url}/cohorts`);
    await teacher.locator("table.cohorts a").first().click();
    await teacher.locator("table.gradebook th.learner a", { hasText: "bob" }).click();
    await teacher.waitForSelector("body.ready");
    expect((await teacher.locator("h1").innerText()) === "bob", "not bob's page");
    const section = teacher.locator('section[data-exercise="04-rewrite"]');
    expect(await section.locator("article.attempt").count() === 2, "not two attempts");
    expect((await section.locator(".meta").innerText()).includes("1 hint taken"),
      await section.locator(".meta").innerText());
    expect(await section.locator("article.attempt").first().locator("ul.criteria li.fail").count() >= 1,
      "the first attempt's report has no failing criterion");
    const added = section.locator("pre.diff span.add");
    expect(await added.count() === 1, `${await added.count()} added lines`);
    expect((await added.innerText()).includes("+ # <b>second</b> try"), await added.innerText());
    expect(await section.locator("pre.diff b").count() === 0, "the learner's text became HTML");
    // Lines 1-11 are unchanged and far from the change: folded, 12-14 shown.
    const fold = section.locator("pre.diff span.fold");
    expect((await fold.innerText()).includes("11 unchanged lines"), await fold.innerText());
    expect(await section.locator("pre.diff span.same").count() === 3, "not three lines of context");
    await teacher.screenshot({ path: `${SHOTS}/learner.png`, fullPage: true });
  });

  await test("a reset link from the learner's page sets a new password", async () => {
    await teacher.click(".learner-tools button.make-reset");
    const link = await teacher.locator(".reset-out input.reset-link").inputValue();
    expect(/\/reset\?token=[A-Za-z0-9_-]{43}$/.test(link), `reset link ${link}`);
    const fresh = await newPage();
    await fresh.goto(link);
    await fresh.waitForSelector("body.ready");
    const NEW = "Kx4-lantern-meadow-57q";
    await fresh.fill("#password", NEW);
    await fresh.fill("#password2", NEW);
    await fresh.click("form#reset button[type=submit]");
    await fresh.waitForURL(`${url}/login`);
    const res = await learner.request.get(`${url}/api/progress`);
    expect(res.status() === 401, `the learner's old session after the reset: ${res.status()}`);
    await signIn(learner, "bob", NEW);
    await learner.waitForURL(`${url}/`);
  });

  await test("the instructor comments on an answer shape and overrides a verdict", async () => {
    await teacher.goto(`${url}/cohorts`);
    await teacher.locator("table.cohorts a").first().click();
    await teacher.waitForSelector("body.ready");
    await teacher.locator('ul.shape-links a[href$="/04/rewrite"]').click();
    await teacher.waitForSelector("body.ready");
    const shape = teacher.locator("section.shape").first();
    expect((await shape.locator("h2").innerText()).startsWith("1 learner"), await shape.locator("h2").innerText());
    expect((await shape.locator("pre.shape-text").innerText()).includes("asyncio.gather"),
      "the normalised text is not shown");
    await shape.locator("form.shape-comment textarea").fill("Both calls are independent: `gather` is fine.");
    await shape.locator("form.shape-comment button[type=submit]").click();
    await shape.locator("form.shape-comment .saved").waitFor({ state: "visible" });
    const failing = shape.locator("li.criterion", { has: teacher.locator(".badge.fail") }).first();
    const title = await failing.getAttribute("data-criterion");
    await failing.locator("select").selectOption("pass");
    await failing.locator("input[name=comment]").fill("Independent calls: gather is right here.");
    await Promise.all([teacher.waitForEvent("load"), failing.locator("button[type=submit]").click()]);
    const now = teacher.locator(`li.criterion[data-criterion="${title}"] .override-now`);
    expect((await now.innerText()).includes("Overridden to pass by ada"), await now.innerText());
    await teacher.locator("li.answer button.export").first().click();
    const out = teacher.locator("li.answer pre.exported").first();
    await out.waitFor({ state: "visible" });
    expect((await out.innerText()).includes("04-async/rewrite/examples/cohort-bob-"), await out.innerText());
    await teacher.screenshot({ path: `${SHOTS}/shapes.png`, fullPage: true });
  });

  await test("the learner sees the comment and the override on the exercise", async () => {
    await learner.goto(`${url}/lessons/04`);
    await learner.waitForSelector("body.ready", { timeout: 10000 });
    const review = learner.locator("#exercise-rewrite .review");
    await review.waitFor({ state: "visible" });
    const text = await review.innerText();
    expect(text.includes("Both calls are independent: gather is fine."), text);
    expect(/the grader said fail, your instructor says pass\. Independent calls/.test(text), text);
    expect(await learner.locator("#exercise-reflect .review:visible").count() === 0,
      "a note shown on an exercise nobody reviewed");
    await review.evaluate((e) => e.scrollIntoView({ block: "center" }));
    await learner.screenshot({ path: `${SHOTS}/learner-review.png`, fullPage: false });
  });

  await test("the learner may not see the instructor's pages", async () => {
    const res = await learner.request.get(`${url}/cohorts/1`);
    expect(res.status() === 403, `learner got ${res.status()}`);
  });

  await test("sign-out ends both sessions", async () => {
    for (const page of [learner, teacher]) {
      await page.click("header button.signout");
      await page.waitForURL(`${url}/login`);
      const res = await page.request.get(`${url}/api/progress`);
      expect(res.status() === 401, `after sign-out: ${res.status()}`);
    }
  });

  await test("no script errors", async () => {
    expect(errors.length === 0, errors.join("\n"));
  });
} finally {
  await browser.close();
  console.log(`browser cohort: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed ? 1 : 0);
}
