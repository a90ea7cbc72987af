// End-to-end tests in real headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core): the catalogue, lesson 04's Rewrite checked
// sequential (three passing criteria) and with gather (the concurrency
// criterion fails, its message marked on the right line), and Reflect.
// Saves screenshots to docs/screenshots/.  Usage: node tests/browser/lesson.mjs
// [IDIOM_BINARY]; IDIOM_SCREENSHOTS=DIR says where; ends with "browser: N passed, N failed".
import { spawn } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const IDIOM = process.argv[2] || "./idiom";
const FIX = "tests/fixtures/run/lesson04";
const SEQUENTIAL = "Does not assume concurrency where plain sequential async work is enough";
// `make browser-test` refreshes the README's screenshots; `make test` keeps
// its own in build/ so the tree stays clean.
const SHOTS = process.env.IDIOM_SCREENSHOTS || "build/screenshots";
const tmp = mkdtempSync(join(tmpdir(), "idiom-browser-"));
let passed = 0, failed = 0;
mkdirSync(SHOTS, { recursive: true });

function startServer() {
  const child = spawn(IDIOM, ["serve", "--port", "0"], {
    env: { ...process.env, IDIOM_HOME: join(tmp, "home") },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no URL from idiom serve: ${out}`)), 10000);
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/(http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1] }); }
    });
    child.on("exit", (code) => reject(new Error(`idiom serve exited ${code}: ${out}`)));
  });
}

// With IDIOM_TEST_RESULTS set, each result is appended to that file
// (`ok NAME` / `fail NAME`): tests/run-all.sh counts those.
function record(verdict, name) {
  if (process.env.IDIOM_TEST_RESULTS)
    appendFileSync(process.env.IDIOM_TEST_RESULTS, `${verdict} ${name}\n`);
}

async function test(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
    record("ok", name);
  } catch (e) {
    failed++;
    record("fail", name);
    console.log(`FAIL ${name}\n     ${String(e.stack || e).split("\n").slice(0, 4).join("\n     ")}`);
  }
}

function expect(cond, message) {
  if (!cond) throw new Error(message);
}

// Replaces the whole text of exercise BOX's CodeMirror editor with TEXT, as
// one input (no auto-indent or bracket closing on the way).
async function setEditor(page, box, text) {
  const content = page.locator(`${box} .cm-content`);
  await content.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

const { child, url } = await startServer();
// Whatever ends this script (a timeout's SIGTERM included) ends the server.
process.on("exit", () => child.kill("SIGTERM"));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(2));
const context = await chromium.launchPersistentContext(join(tmp, "profile"), {
  executablePath: "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = context.pages()[0] || await context.newPage();
const errors = [];
page.on("pageerror", (e) => errors.push(String(e)));
page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });

try {
  await test("the catalogue lists every lesson", async () => {
    await page.goto(`${url}/`);
    const n = await page.locator("li.lesson").count();
    expect(n >= 7, `${n} lessons listed`);
    expect(await page.locator('a[href="/lessons/04"]').count() === 1, "no link to lesson 04");
    await page.screenshot({ path: `${SHOTS}/catalogue.png`, fullPage: true });
  });

  await test("lesson 04 renders with editors", async () => {
    await page.goto(`${url}/lessons/04`);
    await page.waitForSelector("body.ready", { timeout: 10000 });
    expect(await page.locator("#exercise-rewrite .cm-editor").count() === 1, "no CodeMirror editor");
    expect(await page.locator(".pair .side.js pre.code").count() >= 1, "no side-by-side code");
    await page.locator(".sec-deeper").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/lesson.png` });
    // CodeMirror's theme is a <style> element the CSP allows by its nonce:
    // were it refused, the editor would lose its layout (and log an error).
    const display = await page.locator("#exercise-rewrite .cm-editor").evaluate((e) => getComputedStyle(e).display);
    expect(display === "flex", `the editor's theme did not apply (display: ${display})`);
    const text = await page.locator("#exercise-rewrite .cm-content").innerText();
    expect(text.includes("async def load_config_and_user"), "starter not loaded");
  });

  await test("the sequential rewrite passes three criteria", async () => {
    await setEditor(page, "#exercise-rewrite", readFileSync(`${FIX}/rewrite-sequential.py`, "utf8"));
    await page.click("#exercise-rewrite button.check");
    await page.waitForSelector("#exercise-rewrite .results .verdict.pass", { timeout: 20000 });
    const pass = await page.locator("#exercise-rewrite li.criterion.pass").count();
    const fail = await page.locator("#exercise-rewrite li.criterion.fail").count();
    expect(pass === 3 && fail === 0, `${pass} pass, ${fail} fail`);
    await page.locator("#exercise-rewrite").screenshot({ path: `${SHOTS}/passing-check.png` });
  });

  await test("a gather rewrite fails the concurrency criterion on its line", async () => {
    await setEditor(page, "#exercise-rewrite", readFileSync(`${FIX}/rewrite-gather.py`, "utf8"));
    await page.click("#exercise-rewrite button.check");
    await page.waitForSelector("#exercise-rewrite .results .verdict.fail", { timeout: 20000 });
    const failing = page.locator("#exercise-rewrite li.criterion.fail");
    expect(await failing.count() === 1, `${await failing.count()} failing criteria`);
    const title = await failing.locator(".title").innerText();
    expect(title === SEQUENTIAL, `failing: ${title}`);
    const lines = await failing.locator("li.message").evaluateAll((els) => els.map((e) => e.dataset.line));
    expect(lines.includes("13"), `messages name lines ${lines}`);
    // The editor marks line 13 (the gather call) with an error range.
    await page.waitForSelector("#exercise-rewrite .cm-lintRange-error", { timeout: 5000 });
    await page.waitForTimeout(600);	// past the live-hint delay: the markers stay the check's
    const marked = await page.locator("#exercise-rewrite .cm-line").nth(12).locator(".cm-lintRange-error").count();
    expect(marked >= 1, "line 13 is not marked");
    await page.locator("#exercise-rewrite").screenshot({ path: `${SHOTS}/failing-check.png` });
  });

  await test("live static hints appear while typing", async () => {
    await setEditor(page, "#exercise-rewrite", "def load_config_and_user(userId):\n    return None\n");
    await page.waitForFunction(() => /static rules: \d+ to look at/.test(
      document.querySelector("#exercise-rewrite .live").textContent), null, { timeout: 5000 });
  });

  await test("a Reflect answer gets feedback and the strong-answer note", async () => {
    await page.fill("#exercise-reflect textarea", readFileSync("courses/js-to-python/04-async/reflect/reference.md", "utf8"));
    await page.click("#exercise-reflect button.check");
    await page.waitForSelector("#exercise-reflect .results .verdict", { timeout: 20000 });
    expect(await page.locator("#exercise-reflect li.criterion").count() >= 1, "no criteria shown");
    expect(await page.locator("#exercise-reflect .note").isVisible(), "note hidden");
  });

  await test("progressive hints, one more per click", async () => {
    await page.click("#exercise-practice button.hint");
    await page.waitForSelector("#exercise-practice ol.hints li");
    await page.click("#exercise-practice button.hint");
    await page.waitForFunction(() => document.querySelectorAll("#exercise-practice ol.hints li").length >= 2
      || /No hints/.test(document.querySelector("#exercise-practice ol.hints").textContent), null, { timeout: 5000 });
  });

  await test("the progress page charts time and failing criteria", async () => {
    await page.goto(`${url}/progress`);
    expect(await page.locator(".chart .row").count() >= 7, "no chart rows");
    const width = await page.locator(".chart .bar.est").first().evaluate((e) => e.querySelector("rect").getBoundingClientRect().width);
    expect(width > 20, `the estimate bar is ${width}px wide`);
    expect((await page.locator("table.failing").innerText()).includes(SEQUENTIAL), "failing criterion not listed");
    await page.screenshot({ path: `${SHOTS}/progress.png`, fullPage: true });
  });

  await test("no script errors (CSP included)", async () => {
    expect(errors.length === 0, errors.join("\n"));
  });
} finally {
  await context.close();
  child.kill("SIGTERM");
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
