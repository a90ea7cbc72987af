// idiom in the browser: turns each .exercise of a lesson page into an
// editor (CodeMirror 6 for Python, a plain textarea for Reflect) with Check,
// live static hints while typing, and progressive hints.  All text from the
// server is inserted with textContent, never as HTML.
import { EditorView, basicSetup } from "codemirror";
import { keymap } from "@codemirror/view";
import { python } from "@codemirror/lang-python";
import { lintGutter, setDiagnostics } from "@codemirror/lint";

const LIVE_DELAY_MS = 350;
// The page's CSP allows only <style> elements that carry its nonce; the
// script element has it (read now: currentScript is gone after this run).
const CSP_NONCE = document.currentScript ? document.currentScript.nonce : "";

async function api(path, body) {
  const init = body === undefined ? {} : {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  };
  const res = await fetch(path, init);
  let data;
  try { data = await res.json(); } catch { data = { error: `HTTP ${res.status}` }; }
  if (!res.ok) throw new Error(data.error || `HTTP ${res.status}`);
  return data;
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

// Diagnostics for CodeMirror from a report: every message that names a line.
function diagnostics(doc, report, severity) {
  const out = [];
  for (const c of report.criteria || []) {
    if (c.status === "pass") continue;
    for (const f of c.feedback || []) {
      if (!f.line || f.line < 1) continue;
      const line = doc.line(Math.min(f.line, doc.lines));
      out.push({ from: line.from, to: Math.max(line.from, line.to), severity,
                 message: `${c.title}: ${f.message}` });
    }
  }
  return out;
}

function renderReport(box, report) {
  box.replaceChildren();
  const crits = report.criteria || [];
  const passing = crits.filter((c) => c.status === "pass").length;
  const head = el("p", `verdict ${report.status}`,
    report.status === "error" ? "Could not be graded fully"
      : `${passing} of ${crits.length} criteria pass`);
  box.append(head);
  const list = el("ul", "criteria");
  for (const c of crits) {
    const li = el("li", `criterion ${c.status}`);
    li.append(el("span", "mark", c.status === "pass" ? "✓" : "✗"), el("span", "title", c.title));
    const fb = (c.feedback || []).filter((f) => f.message);
    if (fb.length) {
      const ul = el("ul", "feedback");
      for (const f of fb) {
        const item = el("li", "message");
        if (f.line) item.append(el("span", "line", `line ${f.line}`), " ");
        item.append(f.message);
        item.dataset.line = f.line || 0;
        ul.append(item);
      }
      li.append(ul);
    }
    list.append(li);
  }
  box.append(list);
  if (report.message) box.append(el("p", "error-message", report.message));
}

function setupExercise(box, answer) {
  const lesson = box.dataset.lesson;
  const exercise = box.dataset.exercise;
  const area = box.querySelector("textarea");
  const results = box.querySelector(".results");
  const live = box.querySelector(".live");
  const checkButton = box.querySelector("button.check");
  let view = null;
  let timer = null;
  let liveSeq = 0;

  const text = () => (view ? view.state.doc.toString() : area.value);

  async function liveHints() {
    const seq = ++liveSeq;
    try {
      const report = await api("/api/hints", { lesson, exercise, answer: text() });
      if (seq !== liveSeq) return;
      const failing = (report.criteria || []).filter((c) => c.status !== "pass");
      live.textContent = failing.length === 0 ? "static rules: nothing to say"
        : `static rules: ${failing.length} to look at`;
      live.className = `live ${failing.length ? "some" : "none"}`;
      if (view) view.dispatch(setDiagnostics(view.state, diagnostics(view.state.doc, report, "warning")));
    } catch (e) {
      live.textContent = e.message;
    }
  }

  function changed() {
    clearTimeout(timer);
    timer = setTimeout(liveHints, LIVE_DELAY_MS);
  }

  async function check() {
    // A live result still on its way must not replace the check's markers.
    clearTimeout(timer);
    liveSeq++;
    checkButton.disabled = true;
    results.replaceChildren(el("p", "pending", "Checking…"));
    try {
      const report = await api("/api/check", { lesson, exercise, answer: text() });
      renderReport(results, report);
      if (view) view.dispatch(setDiagnostics(view.state, diagnostics(view.state.doc, report, "error")));
      const note = box.querySelector(".note");
      if (note) note.hidden = false;
    } catch (e) {
      results.replaceChildren(el("p", "verdict error", e.message));
    } finally {
      checkButton.disabled = false;
    }
  }

  async function hint() {
    try {
      const h = await api("/api/hint", { lesson, exercise });
      const list = box.querySelector(".hints");
      list.replaceChildren();
      if (h.count === 0) list.append(el("li", null, "No hints for this exercise."));
      h.hints.forEach((t, i) => list.append(el("li", null, `Hint ${i + 1} of ${h.count}: ${t}`)));
    } catch (e) {
      live.textContent = e.message;
    }
  }

  if (area.classList.contains("python")) {
    view = new EditorView({
      doc: answer,
      extensions: [
        basicSetup, python(), lintGutter(), EditorView.cspNonce.of(CSP_NONCE || ""),
        keymap.of([{ key: "Mod-Enter", run: () => { check(); return true; } }]),
        EditorView.updateListener.of((u) => { if (u.docChanged) changed(); }),
      ],
    });
    area.hidden = true;
    area.after(view.dom);
    box.editor = view;
  } else {
    area.value = answer;
    area.addEventListener("input", changed);
  }
  checkButton.addEventListener("click", check);
  box.querySelector("button.hint").addEventListener("click", hint);
  box.classList.add("ready");
}

async function setupLesson(page) {
  const data = await api(`/api/lessons/${page.dataset.lesson}`);
  for (const box of page.querySelectorAll(".exercise")) {
    const ex = data.exercises.find((e) => e.name === box.dataset.exercise);
    setupExercise(box, ex ? ex.answer : "");
  }
  document.body.classList.add("ready");
}

const page = document.querySelector(".lesson-page");
if (page) setupLesson(page).catch((e) => { document.body.dataset.error = e.message; });
