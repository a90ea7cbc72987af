// What the browser suites share: an `idiom serve` in a temporary
// IDIOM_HOME, headless Debian Chromium through playwright-core, and a tiny
// test runner whose results tests/run-all.sh reads from IDIOM_TEST_RESULTS.
import { spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

export const counts = { passed: 0, failed: 0 };

function record(verdict, name) {
  if (process.env.IDIOM_TEST_RESULTS)
    appendFileSync(process.env.IDIOM_TEST_RESULTS, `${verdict} ${name}\n`);
}

export async function test(name, fn) {
  try {
    await fn();
    counts.passed++;
    console.log(`ok   ${name}`);
    record("ok", name);
  } catch (e) {
    counts.failed++;
    record("fail", name);
    console.log(`FAIL ${name}\n     ${String(e.stack || e).split("\n").slice(0, 4).join("\n     ")}`);
  }
}

export function expect(cond, message) {
  if (!cond) throw new Error(message);
}

function startServer(binary, home) {
  const child = spawn(binary, ["serve", "--port", "0"], {
    env: { ...process.env, IDIOM_HOME: home },
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

// Starts a server and a browser; returns { url, page, context, errors,
// finish }.  finish() closes both, removes the temporary folder and exits
// with the suite's status after printing "NAME: N passed, N failed".
export async function start(name, binary) {
  const tmp = mkdtempSync(join(tmpdir(), "idiom-browser-"));
  const { child, url } = await startServer(binary, join(tmp, "home"));
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
  async function finish() {
    await context.close();
    child.kill("SIGTERM");
    rmSync(tmp, { recursive: true, force: true });
    console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
    process.exit(counts.failed ? 1 : 0);
  }
  return { url, page, context, errors, finish };
}

// Replaces the whole text of exercise BOX's CodeMirror editor with TEXT.
export async function setEditor(page, box, text) {
  await page.locator(`${box} .cm-content`).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}
