// Feedback a learner can act on, in real Chromium: inline code, line badges
// that jump to the line, the keyboard (Ctrl+Enter, Tab, Escape then Tab),
// the Reflect note only for an attempt, dark mode and a 390 px screen.
// Usage: node tests/browser/feedback.mjs [IDIOM_BINARY]
import { mkdirSync, readFileSync } from "node:fs";
import { expect, setEditor, start, test } from "./lib.mjs";

const IDIOM = process.argv[2] || "./idiom";
const SHOTS = process.env.IDIOM_SCREENSHOTS || "build/screenshots";
const FIX = "courses/js-to-python/04-async/rewrite/examples";
mkdirSync(SHOTS, { recursive: true });
const { url, page, errors, finish } = await start("browser feedback", IDIOM);

async function openLesson(path = "/lessons/04") {
  await page.goto(`${url}${path}`);
  await page.waitForSelector("body.ready", { timeout: 10000 });
}

try {
  await test("backticks in criteria and messages become code", async () => {
    await openLesson();
    await setEditor(page, "#exercise-rewrite", readFileSync(`${FIX}/gather.py`, "utf8"));
    await page.click("#exercise-rewrite button.check");
    await page.waitForSelector("#exercise-rewrite .results .verdict", { timeout: 20000 });
    const results = page.locator("#exercise-rewrite .results");
    const raw = await results.evaluate((e) => e.textContent.includes("`"));
    expect(!raw, "a backtick is shown raw in the results");
    expect(await results.locator("ul.feedback code").count() >= 1, "no <code> in the messages");
  });

  await test("a line badge selects that line in the editor", async () => {
    const badge = page.locator("#exercise-rewrite li.criterion.fail button.line").first();
    const label = await badge.innerText();
    const n = Number(label.replace(/\D/g, ""));
    await badge.click();
    const got = await page.evaluate(() => {
      const view = document.querySelector("#exercise-rewrite").editor;
      const sel = view.state.selection.main;
      return { line: view.state.doc.lineAt(sel.head).number, empty: sel.empty, focused: view.hasFocus };
    });
    expect(got.line === n && !got.empty && got.focused, `badge ${label}: ${JSON.stringify(got)}`);
  });

  await test("Tab indents in the editor; Escape then Tab leaves it", async () => {
    await setEditor(page, "#exercise-rewrite", "x = 1");
    await page.keyboard.press("Home");
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => document.querySelector("#exercise-rewrite").editor.state.doc.toString());
    expect(/^\s+x = 1$/.test(text), `after Tab: ${JSON.stringify(text)}`);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    const inEditor = await page.evaluate(() => document.activeElement.closest(".cm-editor") !== null);
    expect(!inEditor, "focus stayed in the editor after Escape, Tab");
  });

  await test("Ctrl+Enter checks the Reflect answer", async () => {
    await page.fill("#exercise-reflect textarea", "Keep code synchronous unless many network calls must wait at once.");
    await page.focus("#exercise-reflect textarea");
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector("#exercise-reflect .results .verdict", { timeout: 20000 });
  });

  await test("an empty Reflect answer does not reveal the strong-answer note", async () => {
    await openLesson();
    await page.fill("#exercise-reflect textarea", "<!-- your answer here -->\n\n");
    await page.click("#exercise-reflect button.check");
    await page.waitForSelector("#exercise-reflect .results .verdict", { timeout: 20000 });
    expect(!(await page.locator("#exercise-reflect .note").isVisible()), "the note is shown for an empty answer");
  });

  await test("one static finding is named, not only counted", async () => {
    await setEditor(page, "#exercise-rewrite", "async def load_config_and_user(user_id):\n    config = await load_config()\n    user = await fetch_user(user_id)\n    return {'config': config, 'user': user} if user != None else None\n");
    await page.waitForFunction(() => /static rules: 1 to look at: line \d+: ./.test(
      document.querySelector("#exercise-rewrite .live").textContent), null, { timeout: 5000 });
  });

  // The same ranked order as `idiom check` (tests/golden/check): the error
  // first, then per criterion what fails before what passes, four shown and
  // "and N more" for the rest.
  await test("feedback is ranked: the error first, essential first, and N more", async () => {
    // Lesson 01's JavaScript pasted as it is: a syntax error and fifteen
    // findings under the first criterion (tests/golden/check/01-rewrite.txt).
    await openLesson("/lessons/01");
    await setEditor(page, "#exercise-rewrite", readFileSync("tests/golden/check/01-rewrite.py", "utf8"));
    await page.click("#exercise-rewrite button.check");
    await page.waitForSelector("#exercise-rewrite .results .verdict", { timeout: 20000 });
    const order = await page.locator("#exercise-rewrite .results > *").evaluateAll(
      (els) => els.map((e) => e.className));
    expect(order[1] === "error-message", `the error is not first: ${order.join(", ")}`);
    const names = page.locator("#exercise-rewrite li.criterion").nth(0);
    const visible = async () => names.locator("li.message:visible").count();
    expect(await visible() === 4, `${await visible()} messages shown, 4 expected`);
    const more = names.locator("button.more");
    expect(/^and \d+ more$/.test(await more.innerText()), "no \"and N more\"");
    await more.click();
    expect(await visible() > 4, "\"and N more\" showed nothing");
    await openLesson();
    await setEditor(page, "#exercise-rewrite", readFileSync("tests/golden/check/04-rewrite.py", "utf8"));
    await page.click("#exercise-rewrite button.check");
    await page.waitForSelector("#exercise-rewrite .results .verdict", { timeout: 20000 });
    const levels = await page.locator("#exercise-rewrite li.criterion").first()
      .locator("li.message").evaluateAll((els) => els.map((e) => e.dataset.level));
    const rank = ["essential", "actionable", "informative", "celebratory"];
    const sorted = levels.every((l, i) => i === 0 || rank.indexOf(levels[i - 1]) <= rank.indexOf(l));
    expect(levels.includes("celebratory") && levels[0] === "essential" && sorted,
      `levels out of order: ${levels.join(", ")}`);
  });

  await test("dark mode follows the system", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openLesson();
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g).map(Number);
    expect(r + g + b < 150, `body background ${bg} is not dark`);
    const editorBg = await page.locator("#exercise-rewrite .cm-editor").evaluate((e) => getComputedStyle(e).backgroundColor);
    const [er, eg, eb] = editorBg.match(/\d+/g).map(Number);
    expect(er + eg + eb < 200, `editor background ${editorBg} is not dark`);
    await page.locator("#exercise-rewrite").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/dark.png` });
    await page.emulateMedia({ colorScheme: "light" });
  });

  await test("at 390 px nothing scrolls sideways", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ["/", "/lessons/04", "/lessons/07", "/progress"]) {
      await page.goto(`${url}${path}`);
      if (path.startsWith("/lessons")) await page.waitForSelector("body.ready", { timeout: 10000 });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide <= 390, `${path} is ${wide}px wide at 390`);
      if (path === "/lessons/04") await page.screenshot({ path: `${SHOTS}/phone.png` });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await test("no script errors (CSP included)", async () => {
    expect(errors.length === 0, errors.join("\n"));
  });
} finally {
  await finish();
}
