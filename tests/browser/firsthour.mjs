// The first hour in the browser: Run shows what the file's __main__ block
// prints (and where it raised), a draft survives a reload until a Check
// records the text, and an unknown page is a page with a way back.
// Usage: node tests/browser/firsthour.mjs [IDIOM_BINARY]
import { mkdirSync } from "node:fs";
import { expect, setEditor, start, test } from "./lib.mjs";

const IDIOM = process.argv[2] || "./idiom";
const SHOTS = process.env.IDIOM_SCREENSHOTS || "build/screenshots";
mkdirSync(SHOTS, { recursive: true });
const { url, page, errors, finish } = await start("browser first hour", IDIOM);

async function openLesson(path = "/lessons/04") {
  await page.goto(`${url}${path}`);
  await page.waitForSelector("body.ready", { timeout: 10000 });
}

const editorText = (box) => page.evaluate((b) => document.querySelector(b).editor.state.doc.toString(), box);

try {
  await test("Run shows what the main block printed", async () => {
    await openLesson();
    await setEditor(page, "#exercise-rewrite",
      'def greet(name):\n    return f"hi {name}"\n\nif __name__ == "__main__":\n    print(greet("Ada"))\n    print("\\x1b[31mred")\n');
    await page.click("#exercise-rewrite button.run");
    await page.waitForSelector("#exercise-rewrite .run-output pre.run-text", { timeout: 20000 });
    const out = await page.locator("#exercise-rewrite .run-output pre.run-text").textContent();
    expect(out === "hi Ada\n\x1b[31mred\n", `output: ${JSON.stringify(out)}`);
    const how = await page.locator("#exercise-rewrite .run-status").first().textContent();
    expect(how.includes("ran to its end"), `status: ${how}`);
    // Nothing was checked: no verdict appeared.
    expect(await page.locator("#exercise-rewrite .results .verdict").count() === 0, "Run showed a verdict");
  });

  await test("a run that raises names the line, and the badge jumps there", async () => {
    await setEditor(page, "#exercise-rewrite",
      'items = {}\n\nif __name__ == "__main__":\n    print("start")\n    print(items["cart"])\n');
    await page.click("#exercise-rewrite button.run");
    await page.waitForSelector("#exercise-rewrite .run-status.failed", { timeout: 20000 });
    const how = await page.locator("#exercise-rewrite .run-status.failed").textContent();
    expect(how.includes("KeyError") && how.includes("line 5"), `status: ${how}`);
    await page.click("#exercise-rewrite .run-status.failed button.line");
    const line = await page.evaluate(() => {
      const view = document.querySelector("#exercise-rewrite").editor;
      return view.state.doc.lineAt(view.state.selection.main.head).number;
    });
    expect(line === 5, `the badge went to line ${line}`);
    await page.locator("#exercise-rewrite").screenshot({ path: `${SHOTS}/run.png` });
  });

  await test("Reflect has no Run button", async () => {
    expect(await page.locator("#exercise-reflect button.run").count() === 0, "Reflect offers Run");
  });

  const draft = "# my unsaved work\nasync def load_user_and_posts(user_id):\n    ...\n";
  await test("a draft survives a reload, and says so", async () => {
    await setEditor(page, "#exercise-practice", draft);
    await page.waitForFunction(() => document.querySelector("#exercise-practice").dataset.draft === "saved",
      null, { timeout: 10000 });
    await openLesson();
    expect(await editorText("#exercise-practice") === draft, "the draft was not restored");
    expect(await page.locator("#exercise-practice .draft-note").isVisible(), "no word that a draft was restored");
  });

  await test("a Check records the text and retires the draft", async () => {
    await page.click("#exercise-practice button.check");
    await page.waitForSelector("#exercise-practice .results .verdict", { timeout: 20000 });
    expect(!(await page.locator("#exercise-practice .draft-note").isVisible()), "the draft note stayed");
    await openLesson();
    expect(await editorText("#exercise-practice") === draft, "the checked text is not the answer");
    expect(!(await page.locator("#exercise-practice .draft-note").isVisible()), "a retired draft came back");
  });

  // Before the 404 page, whose own status Chromium logs as an error.
  await test("no script errors (CSP included)", async () => {
    expect(errors.length === 0, errors.join("\n"));
  });
  await test("an unknown lesson is a 404 page with a way back", async () => {
    const res = await page.goto(`${url}/lessons/13`);
    expect(res.status() === 404, `status ${res.status()}`);
    expect((await page.locator("h1").textContent()) === "No such page", "no heading");
    expect((await page.locator("main").textContent()).includes("numbered 01 to 12"), "no numbering");
    await page.click("main a[href='/']");
    await page.waitForSelector("ol.lessons", { timeout: 10000 });
  });

} finally {
  await finish();
}
