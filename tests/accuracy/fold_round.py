#!/usr/bin/env python3
"""Fold a measured round of labelled answers into the graded examples.

    tests/accuracy/fold_round.py ./idiom tests/accuracy/round1 round1
    tests/accuracy/fold_round.py ./idiom tests/accuracy/round3 round3 \
        --lessons 07,08,09,10,11,12 --exercises rewrite,practice

For every exercise of the round, each answer whose labelled verdicts (every
criterion, and the status) all agree with the grader is copied into
courses/.../EXERCISE/examples/ROUND/ and listed in examples/expected.yaml
with the LABELLED verdicts, so `idiom lint` guards them from then on.  An
answer the grader still disagrees with is NOT relabelled: it stays out and
is printed (docs/ACCURACY.md lists them).  Criteria are written by id.
Each folded entry also gets the `behavioural` list the static-only examples
test needs (docs/rules.md, tests/unit/test_examples.c): the criteria whose
labelled verdict the static and concept rules alone (`idiom check --static`)
do not give, and `status` for a labelled error only a run sees (the code
parses), so `build/asan/unit-tests --filter 'examples/*'` passes right after
a fold.
Running it again replaces the round's own entries and files.  --lessons
(two-digit numbers) and --exercises limit it to those, so helpers who own
different lessons can each fold their own.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

import yaml

EXERCISES = ("reflect", "rewrite", "practice")


def criterion_ids(lesson_md):
    """title -> id for every `... {#id}` line, and the Reflect rubric."""
    ids = {}
    for line in open(lesson_md, encoding="utf-8"):
        m = re.match(r"^(?:- )?(.*\S)\s*\{#([a-z0-9-]+)\}\s*$", line.rstrip("\n"))
        if m:
            ids[m.group(1)] = m.group(2)
    return ids


def grade(idiom, course, lesson, exercise, files, static=False):
    """The reports of FILES, graded by IDIOM with the course COURSE (the one
    folded into); STATIC: by the static and concept rules alone."""
    flags = ["--static"] if static else []
    env = dict(os.environ, IDIOM_COURSE=os.path.abspath(course), IDIOM_NO_HELPER="1")
    out = subprocess.run([idiom, "check", lesson, exercise, *files, "--json", "--plain", *flags],
                         capture_output=True, text=True, check=False, env=env).stdout
    reports = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    if len(reports) != len(files):
        sys.exit(f"{lesson} {exercise}: {len(files)} answers, {len(reports)} reports")
    return reports


def quote(text):
    return "'" + text.replace("'", "''") + "'"


def behavioural(label, static_report, ids):
    """What only the run decides for an answer labelled LABEL, given the
    static rules' own report: every criterion whose static verdict is not
    the label's, and `status` when the label says error and the code parses
    (a crash at run time).  Ids, in the label's order."""
    got = {}
    for c in static_report["criteria"]:
        got[c["title"]] = got[ids.get(c["title"], c["title"])] = c["status"]
    run = []
    if label.get("status") == "error" and static_report["status"] != "error":
        run.append("status")
    run += [ids.get(t, t) for t, v in label["criteria"].items() if got.get(t) != v]
    return run


def entry(name, label, ids, round_name, run=()):
    lines = [f"  {name}:"]
    if label.get("note"):
        lines.append(f"    note: {quote(round_name.replace('round', 'round ') + ': ' + str(label['note']))}")
    lines.append(f"    status: {label['status']}")
    lines.append("    criteria:")
    for title, verdict in label["criteria"].items():
        lines.append(f"      {ids.get(title, title)}: {verdict}")
    if run:
        lines.append("    behavioural: [" + ", ".join(run) + "]")
    return "\n".join(lines)


def disagreements(label, report, ids):
    """The criteria (and the status) where LABEL and REPORT differ; a label
    names a criterion by its title or by its id (IDS: title -> id)."""
    got = {}
    for c in report["criteria"]:
        got[c["title"]] = got[ids.get(c["title"], c["title"])] = c["status"]
    bad = [t for t, v in label["criteria"].items() if got.get(t) != v]
    if label.get("status") != report["status"]:
        bad.append(f"status (labelled {label.get('status')}, graded {report['status']})")
    return bad


def strip_round(expected_text, round_name):
    """The expected.yaml text without entries of ROUND_NAME/ (a rerun)."""
    out, skip = [], False
    for line in expected_text.split("\n"):
        if re.match(r"^  \S", line):
            skip = line.strip().startswith(round_name + "/")
        header = line.startswith(f"  # {round_name}: unseen answers")
        if not skip and not header:   # a rerun writes its header again
            out.append(line)
    return "\n".join(out).rstrip("\n") + "\n"


def fold_exercise(idiom, lesson_dir, labels_dir, exercise, round_name, left_out):
    labels = yaml.safe_load(open(os.path.join(labels_dir, "labels.yaml"), encoding="utf-8"))
    ids = criterion_ids(os.path.join(lesson_dir, "lesson.md"))
    names = list(labels["examples"])
    files = [os.path.join(labels_dir, n) for n in names]
    lesson = os.path.basename(lesson_dir)[:2]
    course = os.path.dirname(lesson_dir)
    reports = grade(idiom, course, lesson, exercise, files)
    statics = grade(idiom, course, lesson, exercise, files, static=True)
    ex_dir = os.path.join(lesson_dir, exercise, "examples")
    dest = os.path.join(ex_dir, round_name)
    shutil.rmtree(dest, ignore_errors=True)
    os.makedirs(dest)
    entries = []
    for name, report, static in zip(names, reports, statics):
        label = labels["examples"][name]
        bad = disagreements(label, report, ids)
        if bad:
            left_out.append((os.path.join(labels_dir, name), bad))
            continue
        shutil.copy(os.path.join(labels_dir, name), os.path.join(dest, name))
        entries.append(entry(f"{round_name}/{name}", label, ids, round_name,
                             behavioural(label, static, ids)))
    path = os.path.join(ex_dir, "expected.yaml")
    text = strip_round(open(path, encoding="utf-8").read(), round_name)
    if entries:
        text += f"  # {round_name}: unseen answers, labelled before grading (docs/ACCURACY.md)\n"
        text += "\n".join(entries) + "\n"
    open(path, "w", encoding="utf-8").write(text)
    return len(entries)


def main():
    parser = argparse.ArgumentParser(description="Fold a labelled round into the graded examples.")
    parser.add_argument("idiom")
    parser.add_argument("round_dir")
    parser.add_argument("round_name")
    parser.add_argument("course", nargs="?", default="courses/js-to-python")
    parser.add_argument("--lessons", help="comma-separated lesson numbers, e.g. 07,08")
    parser.add_argument("--exercises", help="comma-separated exercises, e.g. rewrite,practice")
    args = parser.parse_args()
    lessons = set(args.lessons.split(",")) if args.lessons else None
    exercises = args.exercises.split(",") if args.exercises else EXERCISES
    left_out, folded = [], 0
    for lesson in sorted(d for d in os.listdir(args.round_dir)
                         if os.path.isdir(os.path.join(args.round_dir, d))):
        if lessons is not None and lesson[:2] not in lessons:
            continue
        lesson_dir = os.path.join(args.course, lesson)
        for exercise in exercises:
            labels_dir = os.path.join(args.round_dir, lesson, exercise)
            if os.path.exists(os.path.join(labels_dir, "labels.yaml")):
                folded += fold_exercise(args.idiom, lesson_dir, labels_dir, exercise,
                                        args.round_name, left_out)
    print(f"{folded} answers folded into the graded examples; {len(left_out)} left out:")
    for path, bad in left_out:
        print(f"  {path}: " + "; ".join(bad))


if __name__ == "__main__":
    main()
