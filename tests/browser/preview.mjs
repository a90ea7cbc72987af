// The full verdict while typing, in real headless Chromium: after a pause
// in typing, lesson 04's Rewrite is checked in full (behaviour included,
// POST /api/preview) and its verdict shown as not saved; nothing is recorded
// until Check.  Usage: node tests/browser/preview.mjs [IDIOM_BINARY]; ends
// with "browser: N passed, N failed".
import { spawn } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const IDIOM = process.argv[2] || "./idiom";
const FIX = "tests/fixtures/run/lesson04";
const SEQUENTIAL = "Does not assume concurrency where plain sequential async work is enough";
const SHOTS = process.env.IDIOM_SCREENSHOTS || "build/screenshots";
const tmp = mkdtempSync(join(tmpdir(), "idiom-preview-"));
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

// Attempts recorded for lesson 04, as GET /api/lessons says.
async function attempts04(page) {
  return page.evaluate(async () => {
    const data = await (await fetch("/api/lessons")).json();
    const list = Array.isArray(data) ? data : data.lessons;
    return list.find((l) => l.number === "04").attempts;
  });
}

const { child, url } = await startServer();
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
const PREVIEW = "#exercise-rewrite .preview";

try {
  await page.goto(`${url}/lessons/04`);
  await page.waitForSelector("body.ready", { timeout: 10000 });

  await test("after a pause in typing, the full verdict shows, marked not saved", async () => {
    expect(await attempts04(page) === 0, "lesson 04 has attempts before any check");
    await setEditor(page, "#exercise-rewrite", readFileSync(`${FIX}/rewrite-sequential.py`, "utf8"));
    await page.waitForSelector(`${PREVIEW} .verdict.pass`, { timeout: 20000 });
    const note = await page.locator(`${PREVIEW} .preview-note`).innerText();
    expect(/not saved/i.test(note) && /Check/.test(note), `note: ${note}`);
    const pass = await page.locator(`${PREVIEW} li.criterion.pass`).count();
    expect(pass === 3, `${pass} criteria pass in the preview`);
    expect(await page.locator("#exercise-rewrite .results .verdict").count() === 0,
      "the preview was shown as the check's result");
    await page.locator("#exercise-rewrite").screenshot({ path: `${SHOTS}/preview.png` });
  });

  await test("the preview records nothing", async () => {
    const n = await attempts04(page);
    expect(n === 0, `${n} attempts recorded by the preview`);
  });

  await test("the preview follows the text: a gather rewrite fails behaviourally", async () => {
    await setEditor(page, "#exercise-rewrite", readFileSync(`${FIX}/rewrite-gather.py`, "utf8"));
    await page.waitForSelector(`${PREVIEW} .verdict.fail`, { timeout: 20000 });
    const title = await page.locator(`${PREVIEW} li.criterion.fail .title`).innerText();
    expect(title === SEQUENTIAL, `failing in the preview: ${title}`);
  });

  await test("Check records and replaces the preview", async () => {
    await page.click("#exercise-rewrite button.check");
    await page.waitForSelector("#exercise-rewrite .results .verdict.fail", { timeout: 20000 });
    expect(await page.locator(PREVIEW).isHidden(), "the preview is still shown after Check");
    const n = await attempts04(page);
    expect(n === 1, `${n} attempts after one Check`);
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
