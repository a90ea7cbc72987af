// idiom in the browser: turns each .exercise of a lesson page into an
// editor (CodeMirror 6 for Python, a plain textarea for Reflect) with Check,
// live static hints while typing, the full verdict (not recorded) after a
// pause in typing, and progressive hints.  All text from the
// server is inserted with textContent, never as HTML.
import { EditorView, basicSetup } from "codemirror";
import { keymap } from "@codemirror/view";
import { indentMore, indentLess, temporarilySetTabFocusMode } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";

const LIVE_DELAY_MS = 350;
// After this pause in typing, the full check (behaviour included) runs and
// its verdict is shown, not recorded: Check records.
const PREVIEW_DELAY_MS = 600;
// A draft is kept this long after the last keystroke (not on every one).
const DRAFT_DELAY_MS = 1000;
// The page's CSP allows only <style> elements that carry its nonce; the
// script element has it (read now: currentScript is gone after this run).
const CSP_NONCE = document.currentScript ? document.currentScript.nonce : "";

// CSRF: the page's token (data-csrf), sent as X-CSRF-Token where a route
// asks for one.  RAW: BODY is sent as it is (already JSON text).
async function api(path, body, csrf, raw) {
  const headers = { "Content-Type": "application/json" };
  if (csrf) headers["X-CSRF-Token"] = csrf;
  const init = body === undefined ? {} : {
    method: "POST",
    headers,
    body: raw ? body : JSON.stringify(body),
  };
  const res = await fetch(path, init);
  let data;
  try { data = await res.json(); } catch { data = { error: `HTTP ${res.status}` }; }
  if (!res.ok) throw new Error(data.error || `HTTP ${res.status}`);
  return data;
}

// A check is sent again, with the same attempt_id (so the server records it
// once), after a 503 (waiting what its Retry-After says, capped), a 502 or
// 504 from a proxy, or a dropped connection, for up to CHECK_RETRY_FOR_MS.
const CHECK_RETRY_FOR_MS = 120000;
const RETRY_AFTER_CAP_S = 30;

// A random (version 4) UUID; crypto.randomUUID exists only in secure
// contexts, and a cohort server may be plain http on a LAN name.
function newAttemptId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// Seconds to wait before trying again after RES (a Response, or null for a
// dropped connection), or -1 when it is not worth another try.
function retryDelay(res, tries) {
  if (!res) return Math.min(1 + tries, 5);
  if (res.status === 502 || res.status === 504) return Math.min(1 + tries, 5);
  if (res.status !== 503) return -1;
  const s = Number.parseFloat(res.headers.get("Retry-After") || "");
  return Number.isFinite(s) && s >= 0 ? Math.min(s, RETRY_AFTER_CAP_S) : 2;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// POSTs BODY to PATH until an answer that is not retried; ONRETRY(why,
// seconds) is told before each wait.  Returns the JSON like api().
async function postRetrying(path, body, onRetry) {
  const init = {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  };
  const giveUpAt = Date.now() + CHECK_RETRY_FOR_MS;
  for (let tries = 0; ; tries++) {
    let res = null;
    let dropped = null;
    try { res = await fetch(path, init); } catch (e) { dropped = e; }
    const wait = retryDelay(res, tries);
    if (wait < 0 || Date.now() + wait * 1000 > giveUpAt) {
      if (!res) throw new Error(`the connection to the server was lost (${dropped.message})`);
      let data;
      try { data = await res.json(); } catch { data = { error: `HTTP ${res.status}` }; }
      if (!res.ok) throw new Error(data.error || `HTTP ${res.status}`);
      return data;
    }
    onRetry(res ? (res.status === 503 ? "the server is busy" : `HTTP ${res.status}`)
      : "the connection dropped", wait);
    await sleep(wait * 1000);
  }
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

// Appends TEXT to PARENT with each `span` in backticks as a <code> element
// (text nodes only: nothing from the server is parsed as HTML).
function withCode(parent, text) {
  const parts = String(text).split("`");
  // An odd number of backticks leaves the last one unpaired: keep it as text.
  if (parts.length % 2 === 0) parts[parts.length - 2] += "`" + parts.pop();
  parts.forEach((part, i) => {
    if (!part) return;
    parent.append(i % 2 ? el("code", null, part) : part);
  });
  return parent;
}

function textEl(tag, cls, text) {
  return withCode(el(tag, cls), text);
}

// CodeMirror's severity for a feedback item's level (the report ranks and
// levels every message; src/grade/rank.c): ESSENTIAL is what the caller
// says (an error after a check, a warning while typing); a ✓ is not marked.
function severityOf(level, essential) {
  return { essential, actionable: "warning", informative: "info" }[level || "essential"];
}

// Diagnostics for CodeMirror from a report: every message that names a line.
function diagnostics(doc, report, essential) {
  const out = [];
  for (const c of report.criteria || []) {
    for (const f of c.feedback || []) {
      const severity = severityOf(f.level, essential);
      if (!f.line || f.line < 1 || !severity) continue;
      if (!f.level && c.status === "pass") continue;  // a report without levels
      const line = doc.line(Math.min(f.line, doc.lines));
      out.push({ from: line.from, to: Math.max(line.from, line.to), severity,
                 message: `${c.title}: ${f.message}` });
    }
  }
  return out;
}

// Moves the cursor of VIEW to line N, selects it and scrolls it into sight.
function jumpToLine(view, n) {
  const line = view.state.doc.line(Math.max(1, Math.min(n, view.state.doc.lines)));
  view.dispatch({ selection: { anchor: line.from, head: line.to }, scrollIntoView: true });
  view.focus();
}

function feedbackItem(f, view) {
  const item = el("li", `message ${f.level || "essential"}`);
  if (f.line && view) {
    const badge = el("button", "line", `line ${f.line}`);
    badge.type = "button";
    badge.title = `Go to line ${f.line} in the editor`;
    badge.addEventListener("click", () => jumpToLine(view, f.line));
    item.append(badge, " ");
  } else if (f.line) {
    item.append(el("span", "line", `line ${f.line}`), " ");
  }
  withCode(item, f.message);
  item.dataset.line = f.line || 0;
  item.dataset.level = f.level || "essential";
  return item;
}

// A criterion's feedback in the report's (ranked) order: the first `shown`
// items, then "and N more", which shows the rest.
function feedbackList(c, view) {
  const fb = (c.feedback || []).filter((f) => f.message);
  const shown = Number.isInteger(c.shown) ? c.shown : fb.length;
  const ul = el("ul", "feedback");
  fb.forEach((f, i) => {
    const item = feedbackItem(f, view);
    item.hidden = i >= shown;
    ul.append(item);
  });
  if (fb.length > shown) {
    const more = el("button", "more", `and ${fb.length - shown} more`);
    more.type = "button";
    more.addEventListener("click", () => {
      for (const item of ul.querySelectorAll("li.message")) item.hidden = false;
      more.remove();
    });
    ul.append(el("li", "more-row"));
    ul.lastChild.append(more);
  }
  return fb.length ? ul : null;
}

function renderReport(box, report, view) {
  box.replaceChildren();
  const crits = report.criteria || [];
  const passing = crits.filter((c) => c.status === "pass").length;
  const head = el("p", `verdict ${report.status}`,
    report.status === "error" ? "Could not be graded fully"
      : `${passing} of ${crits.length} criteria pass`);
  box.append(head);
  // The error (a syntax error) first: nothing below counts until it runs.
  if (report.message) box.append(el("p", "error-message", report.message));
  const list = el("ul", "criteria");
  for (const c of crits) {
    const li = el("li", `criterion ${c.status}`);
    li.append(el("span", "mark", c.status === "pass" ? "✓" : "✗"), textEl("span", "title", c.title));
    const ul = feedbackList(c, view);
    if (ul) li.append(ul);
    list.append(li);
  }
  box.append(list);
}

// Shows what running the answer printed, and how it ended.  The output is
// the answer's own bytes: text nodes only.
function renderRun(box, run, view) {
  box.replaceChildren();
  const how = el("p", `run-status ${run.ran ? "ran" : "failed"}`);
  if (!run.ran && run.line && view) {
    const badge = el("button", "line", `line ${run.line}`);
    badge.type = "button";
    badge.title = `Go to line ${run.line} in the editor`;
    badge.addEventListener("click", () => jumpToLine(view, run.line));
    how.append(badge, " ");
  }
  withCode(how, run.message || (run.ran ? "it ran to its end" : "it stopped"));
  const out = el("pre", "run-text", run.output || "(it printed nothing)");
  if (!run.output) out.classList.add("empty");
  box.append(how, out);
  if (run.truncated) box.append(el("p", "run-status", "The output was cut here."));
  box.hidden = false;
}

function setupExercise(box, answer, draft) {
  const lesson = box.dataset.lesson;
  const exercise = box.dataset.exercise;
  const area = box.querySelector("textarea");
  const results = box.querySelector(".results");
  const live = box.querySelector(".live");
  const checkButton = box.querySelector("button.check");
  const runButton = box.querySelector("button.run");
  const runBox = box.querySelector(".run-output");
  const draftNote = box.querySelector(".draft-note");
  let view = null;
  let timer = null;
  let draftTimer = null;
  let liveSeq = 0;
  let previewTimer = null;
  let previewSeq = 0;
  // Python exercises only: a Reflect answer has no behaviour to run.
  const preview = area.classList.contains("python") ? el("div", "preview") : null;
  if (preview) {
    preview.hidden = true;
    preview.setAttribute("aria-live", "polite");
    results.before(preview);
  }

  const text = () => (view ? view.state.doc.toString() : area.value);

  async function liveHints() {
    const seq = ++liveSeq;
    try {
      const report = await api("/api/hints", { lesson, exercise, answer: text() });
      if (seq !== liveSeq) return;
      const failing = (report.criteria || []).filter((c) => c.status !== "pass");
      live.replaceChildren();
      if (report.status === "error") {
        // Not parseable yet (mid-edit, usually): say why, not "3 to look at".
        live.append("static rules: ");
        withCode(live, report.message || "the answer does not parse yet");
      } else if (failing.length === 0) {
        live.append("static rules: nothing to say");
      } else if (failing.length === 1) {
        // One thing to look at: say what it is, not only that it exists.
        const f = (failing[0].feedback || []).find((x) => x.message);
        live.append("static rules: 1 to look at: ");
        if (f && f.line) live.append(`line ${f.line}: `);
        withCode(live, f ? f.message : failing[0].title);
      } else {
        live.append(`static rules: ${failing.length} to look at`);
      }
      live.className = `live ${failing.length ? "some" : "none"}`;
      if (view) view.dispatch(setDiagnostics(view.state, diagnostics(view.state.doc, report, "warning")));
    } catch (e) {
      live.textContent = e.message;
    }
  }

  // The full verdict while typing, marked as not saved.
  async function fullPreview() {
    const seq = ++previewSeq;
    if (!answered(text())) {
      preview.hidden = true;
      return;
    }
    try {
      const report = await api("/api/preview", { lesson, exercise, answer: text() });
      if (seq !== previewSeq) return;
      const shown = el("div", "preview-report");
      renderReport(shown, report, view);
      preview.replaceChildren(el("p", "preview-note", "Not saved — press Check to record"), shown);
      preview.hidden = false;
    } catch (e) {
      if (seq === previewSeq) preview.replaceChildren(el("p", "preview-note", e.message));
    }
  }

  async function saveDraft() {
    try {
      await api("/api/draft", { lesson, exercise, answer: text() });
      box.dataset.draft = "saved";
    } catch (e) {
      box.dataset.draft = "failed";
    }
  }

  function changed() {
    clearTimeout(timer);
    timer = setTimeout(liveHints, LIVE_DELAY_MS);
    clearTimeout(draftTimer);
    box.dataset.draft = "pending";
    draftTimer = setTimeout(saveDraft, DRAFT_DELAY_MS);
    if (preview) {
      clearTimeout(previewTimer);
      previewSeq++;	// a verdict for older text is not shown
      previewTimer = setTimeout(fullPreview, PREVIEW_DELAY_MS);
    }
  }

  async function run() {
    runButton.disabled = true;
    runBox.hidden = false;
    runBox.replaceChildren(el("p", "pending", "Running…"));
    try {
      renderRun(runBox, await api("/api/run", { lesson, exercise, answer: text() }), view);
    } catch (e) {
      runBox.replaceChildren(el("p", "run-status failed", e.message));
    } finally {
      runButton.disabled = false;
    }
  }

  async function check() {
    // A live result still on its way must not replace the check's markers.
    clearTimeout(timer);
    liveSeq++;
    if (preview) {	// the recorded verdict replaces the unsaved one
      clearTimeout(previewTimer);
      previewSeq++;
      preview.hidden = true;
      preview.replaceChildren();
    }
    checkButton.disabled = true;
    // A check records the text: the draft saved before it is dropped.
    clearTimeout(draftTimer);
    draftNote.hidden = true;
    results.replaceChildren(el("p", "pending", "Checking…"));
    // One id for every try of this check: the server records it once.
    const body = { lesson, exercise, answer: text(), attempt_id: newAttemptId() };
    try {
      const report = await postRetrying("/api/check", body, (why, seconds) => {
        results.replaceChildren(el("p", "pending retrying",
          `Retrying… (${why}; trying again in ${Math.ceil(seconds)} s)`));
      });
      renderReport(results, report, view);
      if (view) view.dispatch(setDiagnostics(view.state, diagnostics(view.state.doc, report, "error")));
      // The strong-answer note answers an attempt: an empty box is none.
      const note = box.querySelector(".note");
      if (note && answered(text())) note.hidden = false;
      box.dispatchEvent(new CustomEvent("checked"));
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
      h.hints.forEach((t, i) => list.append(textEl("li", null, `Hint ${i + 1} of ${h.count}: ${t}`)));
    } catch (e) {
      live.textContent = e.message;
    }
  }

  const start = typeof draft === "string" ? draft : answer;
  if (typeof draft === "string") {
    draftNote.textContent = "Restored your unsaved draft. Check saves it as your answer.";
    draftNote.hidden = false;
  }
  if (area.classList.contains("python")) {
    view = new EditorView({
      doc: start,
      extensions: [
        basicSetup, python(), lintGutter(), EditorView.cspNonce.of(CSP_NONCE || ""),
        keymap.of([
          { key: "Mod-Enter", run: () => { check(); return true; } },
          // Tab indents; Escape then Tab leaves the editor (keyboard users).
          { key: "Tab", run: indentMore, shift: indentLess },
          { key: "Escape", run: temporarilySetTabFocusMode },
        ]),
        editorTheme(), syntaxHighlighting(codeColours),
        EditorView.updateListener.of((u) => { if (u.docChanged) changed(); }),
      ],
    });
    area.hidden = true;
    area.after(view.dom);
    box.editor = view;
  } else {
    area.value = start;
    area.addEventListener("input", changed);
    area.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); check(); }
    });
  }
  checkButton.addEventListener("click", check);
  if (runButton) runButton.addEventListener("click", run);
  box.querySelector("button.hint").addEventListener("click", hint);
  box.classList.add("ready");
}

// Is TEXT an attempt?  Not when it is empty once HTML comments (the
// starter's instructions) and white space are gone.
function answered(text) {
  return text.replace(/<!--[\s\S]*?(-->|$)/g, "").trim().length > 0;
}

// Code colours from the page's variables, the same as the lesson's own
// highlighted code, so they follow the light or dark theme.
const codeColours = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword], color: "var(--hl-kw)" },
  { tag: [t.string, t.special(t.string)], color: "var(--hl-str)" },
  { tag: t.comment, color: "var(--hl-com)", fontStyle: "italic" },
  { tag: [t.number, t.bool, t.null], color: "var(--hl-num)" },
  { tag: [t.function(t.variableName), t.function(t.definition(t.variableName))], color: "var(--hl-fn)" },
  { tag: [t.className, t.typeName, t.definition(t.className)], color: "var(--hl-ty)" },
  { tag: t.invalid, color: "var(--fail)" },
]);

// The editor's colours follow the page's (light or dark) through its CSS
// variables; `dark` tells CodeMirror which default highlight colours to use.
function editorTheme() {
  const dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  return EditorView.theme({
    "&": { color: "var(--fg)", backgroundColor: "var(--card)" },
    ".cm-gutters": { backgroundColor: "var(--code)", color: "var(--muted)", borderRight: "1px solid var(--line)" },
    ".cm-activeLine": { backgroundColor: "var(--active)" },
    ".cm-activeLineGutter": { backgroundColor: "var(--active)" },
    "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": { backgroundColor: "var(--select)" },
    ".cm-cursor": { borderLeftColor: "var(--fg)" },
    ".cm-tooltip": { maxWidth: "min(36rem, 90vw)", whiteSpace: "normal" },
  }, { dark });
}

async function setupLesson(page) {
  const data = await api(`/api/lessons/${page.dataset.lesson}`);
  for (const box of page.querySelectorAll(".exercise")) {
    const ex = data.exercises.find((e) => e.name === box.dataset.exercise);
    setupExercise(box, ex ? ex.answer : "", ex ? ex.draft : undefined);
  }
  // On a cohort server (signed in), a learner's instructor notes.
  if (document.querySelector("header button.signout")) {
    await Promise.all([...page.querySelectorAll(".exercise")].map(setupReview));
  }
  document.body.classList.add("ready");
}

// ---- answer review: what the instructor said about the learner's answer
// (a comment on its shape, overrides of the grader's verdicts), and the
// instructor's shapes page.

function overrideLine(o) {
  const p = el("p", "override");
  p.append(el("strong", null, o.author), " overrode ");
  withCode(p, `“${o.criterion}”`);
  p.append(": the grader said ", el("span", `badge ${o.grader || ""}`, o.grader || "?"),
    ", your instructor says ", el("span", `badge ${o.verdict}`, o.verdict), ". ");
  withCode(p, o.comment);
  return p;
}

async function showReview(box) {
  let data;
  try {
    data = await api(`/api/review/${box.dataset.lesson}/${box.dataset.exercise}`);
  } catch {
    return; // an instructor reading the lesson: nothing of theirs to show
  }
  let panel = box.querySelector(".review");
  if (!panel) {
    panel = el("div", "review");
    panel.setAttribute("role", "note");
    box.querySelector(".results").before(panel);
  }
  panel.replaceChildren(el("h4", null, "From your instructor"));
  for (const c of data.comments) {
    const p = el("p", "shape-comment");
    p.append(el("strong", null, c.author), ", on answers like yours: ");
    panel.append(withCode(p, c.comment));
  }
  for (const o of data.overrides) panel.append(overrideLine(o));
  panel.hidden = data.comments.length + data.overrides.length === 0;
}

async function setupReview(box) {
  box.addEventListener("checked", () => showReview(box));
  await showReview(box);
}

function setupShapeComment(section, root) {
  const form = section.querySelector("form.shape-comment");
  const saved = form.querySelector(".saved");
  onSubmit(form, async (v) => {
    saved.hidden = true;
    await api(root.dataset.api, { shape: section.dataset.shape, comment: v.comment, csrf: root.dataset.csrf });
    saved.hidden = false;
  });
}

function setupAnswer(answer, root) {
  const who = { learner: answer.dataset.learner, attempt: answer.dataset.attempt, csrf: root.dataset.csrf };
  for (const li of answer.querySelectorAll("li.criterion")) {
    onSubmit(li.querySelector("form.override"), async (v) => {
      await api("/api/overrides", { ...who, criterion: li.dataset.criterion, verdict: v.verdict, comment: v.comment });
      location.reload();
    });
  }
  const out = answer.querySelector("pre.exported");
  answer.querySelector("button.export").addEventListener("click", async () => {
    try {
      const d = await api("/api/examples/export", who);
      out.textContent = `Save the answer as ${d.folder}/${d.file}:\n\n${d.answer}\n` +
        `Add under examples: in ${d.folder}/expected.yaml:\n\n${d.expected}\n` +
        "Then `idiom lint` names each criterion where the grader disagrees with you.\n" +
        `(Or run: idiom examples export --store URL --learner ${who.learner} --attempt ${who.attempt})`;
    } catch (e) {
      out.textContent = e.message;
    }
    out.hidden = false;
  });
}

function setupShapes(root) {
  for (const section of root.querySelectorAll("section.shape")) setupShapeComment(section, root);
  for (const answer of root.querySelectorAll("li.answer")) setupAnswer(answer, root);
}

// ---- cohort pages: sign-in, sign-up, sign-out, the instructor's cohorts.
// Each form is posted as JSON through api(), so the server's Origin and
// Content-Type checks guard it like any other state-changing request.

function formError(form, message) {
  const box = form.querySelector(".form-error");
  box.textContent = message;
  box.hidden = !message;
}

// Where an account lands once signed in.
function home(account) {
  return account.role === "learner" ? "/" : "/cohorts";
}

function inviteLink(token) {
  return `${location.origin}/signup?invite=${encodeURIComponent(token)}`;
}

// Runs SUBMIT(form values) on FORM's submit, showing any error inline.
function onSubmit(form, submit) {
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const button = form.querySelector("button[type=submit]");
    const values = Object.fromEntries(new FormData(form));
    formError(form, "");
    button.disabled = true;
    try {
      await submit(values);
    } catch (e) {
      formError(form, e.message);
    } finally {
      button.disabled = false;
    }
  });
}

function setupLogin(form) {
  onSubmit(form, async (v) => {
    const who = await api("/api/login", { username: v.username, password: v.password });
    location.assign(home(who));
  });
}

function setupSignup(form) {
  const invite = new URLSearchParams(location.search).get("invite") || "";
  form.querySelector("#invite").value = invite;
  if (!invite) formError(form, "This page needs the invite link your instructor sent you.");
  onSubmit(form, async (v) => {
    if (v.password !== v.password2) throw new Error("The two passwords differ.");
    const who = await api("/api/signup", { invite: v.invite, username: v.username, password: v.password });
    location.assign(home(who));
  });
}

function showInvite(box, token) {
  const input = el("input", "invite");
  input.readOnly = true;
  input.value = inviteLink(token);
  input.setAttribute("aria-label", "Invite link");
  const copy = el("button", "copy", "Copy");
  copy.type = "button";
  copy.addEventListener("click", () => copyLink(input, copy));
  box.replaceChildren(input, copy);
}

async function copyLink(input, button) {
  input.select();
  try {
    await navigator.clipboard.writeText(input.value);
    button.textContent = "Copied";
  } catch {
    button.textContent = "Select and copy";
  }
}

function setupCohorts(root) {
  for (const row of root.querySelectorAll("tr[data-cohort]")) {
    const id = row.dataset.cohort;
    const out = row.querySelector(".invite-out");
    row.querySelector(".new-invite").addEventListener("click", async () => {
      try { showInvite(out, (await api(`/api/cohorts/${id}/invites`, {})).invite); }
      catch (e) { out.textContent = e.message; }
    });
    row.querySelector(".revoke").addEventListener("click", async () => {
      try {
        const r = await api(`/api/cohorts/${id}/revoke`, {});
        out.textContent = `${r.revoked} invite link${r.revoked === 1 ? "" : "s"} revoked`;
      } catch (e) { out.textContent = e.message; }
    });
  }
  const form = root.querySelector("#new-cohort");
  const created = root.querySelector(".created");
  onSubmit(form, async (v) => {
    const c = await api("/api/cohorts", { name: v.name });
    const link = created.querySelector(".cohort-link");
    link.textContent = v.name;
    link.href = `/cohorts/${c.id}`;
    created.querySelector("input.invite").value = inviteLink(c.invite);
    created.hidden = false;
    form.reset();
  });
  const copy = created.querySelector("button.copy");
  copy.addEventListener("click", () => copyLink(created.querySelector("input.invite"), copy));
}

function setupSignout(button) {
  button.addEventListener("click", async () => {
    try { await api("/api/logout", {}); } catch { /* signed out already */ }
    location.assign("/login");
  });
}

// ---- a learner's page (reset links), using a reset link, importing ----

function setupLearnerTools(box) {
  const out = box.querySelector(".reset-out");
  box.querySelector(".make-reset").addEventListener("click", async () => {
    try {
      const r = await api(`/api/learners/${box.dataset.learner}/reset`, {}, box.dataset.csrf);
      const input = el("input", "reset-link");
      input.readOnly = true;
      input.value = `${location.origin}${r.link}`;
      input.setAttribute("aria-label", "Password-reset link");
      const copy = el("button", "copy", "Copy");
      copy.type = "button";
      copy.addEventListener("click", () => copyLink(input, copy));
      out.replaceChildren(input, copy);
    } catch (e) { out.textContent = e.message; }
  });
}

function setupReset(form) {
  const token = new URLSearchParams(location.search).get("token") || "";
  form.querySelector("#token").value = token;
  if (!token) formError(form, "This page needs the reset link your instructor gave you.");
  onSubmit(form, async (v) => {
    if (v.password !== v.password2) throw new Error("The two passwords differ.");
    await api("/api/reset", { token: v.token, password: v.password });
    location.assign("/login");
  });
}

function setupImport(form) {
  const out = document.querySelector(".import-out");
  onSubmit(form, async () => {
    const file = form.querySelector("#file").files[0];
    if (!file) throw new Error("Choose the file idiom progress --export wrote.");
    const r = await api("/api/import", await file.text(), form.dataset.csrf, true);
    out.textContent = `${r.added} record${r.added === 1 ? "" : "s"} added, ${r.skipped} already here.`;
  });
}

const page = document.querySelector(".lesson-page");
if (page) setupLesson(page).catch((e) => { document.body.dataset.error = e.message; });
const signout = document.querySelector("header button.signout");
if (signout) setupSignout(signout);
const loginForm = document.querySelector("form#login");
if (loginForm) setupLogin(loginForm);
const signupForm = document.querySelector("form#signup");
if (signupForm) setupSignup(signupForm);
if (document.body.classList.contains("cohorts")) setupCohorts(document.querySelector("main"));
const learnerTools = document.querySelector(".learner-tools");
if (learnerTools) setupLearnerTools(learnerTools);
const resetForm = document.querySelector("form#reset");
if (resetForm) setupReset(resetForm);
const importForm = document.querySelector("form#import");
if (importForm) setupImport(importForm);
const shapes = document.querySelector(".shapes[data-csrf]");
if (shapes) setupShapes(shapes);
if (!page) document.body.classList.add("ready");
