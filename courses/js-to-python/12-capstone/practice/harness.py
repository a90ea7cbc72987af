# Behavioural checks for lesson 12, Practice: `def main(argv=None)` for the
# tagcount tool.  The harness builds a scratch folder of posts (one of them
# broken JSON, plus a .txt file), calls main() with its own argv, reads
# what it prints (stdout and stderr) and captures every logging record (a handler on
# the root logger, set to DEBUG for the call), and judges:
#   - argparse from argv: main(argv) runs, and --top changes how many lines
#   - logging: the broken file is reported by a WARNING (or higher) record,
#     not by print
#   - most_common: the printed lines are the top tags, most common first
# The posts, tags and the broken file's name are drawn at random for each
# check.  Runs in the judge: the probe calls main in the answer's process and
# reports the log records as plain data; what main printed (stdout, stderr)
# the judge reads itself (h.answer_output).  See docs/harness.md.
import json
import logging
import os
import re
import sys

ARGS = "argparse"
LOGGING = "logging"
TOP = "most-common"
OWNS = [ARGS, LOGGING, TOP]

TAGS = ["python", "cli", "stdlib", "testing", "typing", "asyncio", "packaging", "logging",
        "web", "data"]
PARSE = 'args = parser.parse_args(argv)'
# What main raises when it does not skip the broken post.
BROKEN_FILE_ERROR = re.compile(r"^the answer raised (JSONDecodeError|UnicodeDecodeError|ValueError)\b")
NOT_A_POST = "notes.txt"	# in the folder beside the posts: never read, never reported
WARN = 'log.warning("skipping %s: %s", path.name, err)'


class Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


def random_posts(h):
    """(posts {file: post}, expected [(tag, count)] most common first): four
    tags (more than the example's three, fewer than the default five) with
    distinct counts spread over three posts, and a post with none."""
    names = []
    while len(names) < 4:
        tag = h.random_choice(TAGS)
        if tag not in names:
            names.append(tag)
    counts = [h.random_int(1, 2)]
    while len(counts) < 4:
        counts.insert(0, counts[0] + h.random_int(1, 2))
    occurrences = []
    for tag, count in zip(names, counts):
        occurrences.extend([tag] * count)
    spread = [[], [], []]
    for tag in occurrences:
        spread[h.random_int(0, 2)].append(tag)
    posts = {"post-%d.json" % (i + 1): {"title": "Post %d" % (i + 1), "tags": tags}
             for i, tags in enumerate(spread)}
    posts["post-4.json"] = {"title": "No tags"}
    return posts, list(zip(names, counts))


def make_folder(h):
    """The posts folder: (folder, broken file's name, expected)."""
    posts, expected = random_posts(h)
    folder = os.path.abspath("tagcount-check-%d" % h.random_int(100, 99999))
    broken = "broken-%d.json" % h.random_int(100, 9999)
    os.makedirs(folder, exist_ok=True)
    for name, post in posts.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            json.dump(post, f)
    with open(os.path.join(folder, broken), "w", encoding="utf-8") as f:
        f.write('{"title": "cut off", "tags": ["pyth')
    with open(os.path.join(folder, NOT_A_POST), "w", encoding="utf-8") as f:
        f.write("not a post\n")
    return folder, broken, expected


def run_main(a, argv):
    """calling main(argv)"""
    handler = Records()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    saved_argv = sys.argv
    sys.argv = ["tagcount"] + list(argv)	# what the command line of such a run holds
    try:
        a.call(a.module.__dict__["main"], argv)
    except a.AnswerError as exc:
        if exc.message == "the answer called sys.exit()":
            return None
        return {"raised": str(exc), "line": exc.line,
                "broken_file": bool(BROKEN_FILE_ERROR.search(exc.message))}
    finally:
        sys.argv = saved_argv
        root.removeHandler(handler)
        root.setLevel(old_level)
    records = []
    for r in handler.records:
        try:
            message = r.getMessage()
        except Exception:  # a record whose arguments do not fit its format
            message = str(r.msg)
        records.append([r.levelno, r.levelname, message])
    return records


def loaded(a, argv):
    """importing the answer"""
    sys.argv = list(argv)	# an answer reading sys.argv sees no arguments
    a.load_module()
    return True


def parse_lines(text, loose=False):
    """[(tag, count)] from the `tag count` lines of TEXT.  Other lines (a
    skipped file reported with print) are left to the logging check.  LOOSE
    also reads a printed tuple, `('python', 3)`: how many lines --top gave is
    told apart from how each line is written (the top tags' concern)."""
    pattern = (r"^\s*\(?\s*['\"]?(\S+?)['\"]?[\s:,=]+(\d+)\s*\)?\s*$" if loose
               else r"^\s*(\S+?)[\s:,=]+(\d+)\s*$")
    pairs = []
    for line in text.splitlines():
        match = re.match(pattern, line)
        if match:
            pairs.append((match.group(1), int(match.group(2))))
    return pairs


def run(h, argv):
    """(stdout, stderr, [[level, level name, message]]) of main(argv);
    None when main exited.  What it printed is read by the judge itself
    (h.answer_output), the log records are the probe's report."""
    with h.hold_output():
        seen = h.probe(run_main, argv)
    if type(seen) is dict:
        return seen	# main raised on the broken post
    if type(seen) is not list:
        return None
    out, err = h.answer_output()
    return (out, err, [r for r in seen if type(r) is list and len(r) == 3])


def broke_on_post(h, raised, line):
    """main raised on the broken post: the skipped-file criterion's fault
    (the arguments and the top tags are judged on the posts without it)."""
    where = raised.get("line") if type(raised.get("line")) is int else line
    h.check(LOGGING, False, "a broken post stops the tool: %s; catch `json.JSONDecodeError`, "
            "then `%s` and go on" % (raised.get("raised"), WARN), where)


def grade(h):
    h.probe(loaded, ["tagcount"])
    module = h.load()   # loaded by the probe already: the same module, not run again
    fn, found = h.find_function(module, "main")
    if fn is None:
        for criterion in (ARGS, LOGGING, TOP):
            h.check(criterion, False, "define `def main(argv=None):`")
        return
    line = h.line_of(fn)
    folder, BROKEN, EXPECTED = make_folder(h)
    clean = clean_copy(folder, BROKEN)

    first = run(h, [folder, "--top", "2"])
    if first is None:
        alone = run(h, [clean, "--top", "2"])
        if alone is not None:
            # main exits on the broken post, not on its arguments: without
            # it main gets past, and the rest is judged on the posts without it
            h.check(LOGGING, False, "a broken post makes main exit; skip that file instead: "
                    "catch `json.JSONDecodeError`, then `%s` and `continue`" % WARN, line)
            judge_output(h, alone, run(h, [clean]), EXPECTED, BROKEN, line)
            return
        h.check(ARGS, False, "main([folder, \"--top\", \"2\"]) exited: the arguments it was "
                "given never reached the parser; build an `argparse.ArgumentParser` and "
                "call `%s`" % PARSE, line)
        judge_without_option(h, run(h, [folder]), EXPECTED, BROKEN, line)
        return
    if type(first) is dict and first.get("broken_file") is True:
        alone = run(h, [clean, "--top", "2"])
        if not (type(alone) is dict and alone.get("broken_file") is True):
            # the broken post, not the arguments: without it main gets past
            broke_on_post(h, first, line)	# the rest is judged on the posts without it
            judge_output(h, alone, run(h, [clean]), EXPECTED, BROKEN, line)
            return
    second = run(h, [folder])
    second = second if type(second) is tuple else None
    if type(first) is tuple:
        check_logging(h, first[0], first[1], first[2], BROKEN, line)
    elif second is not None:
        check_logging(h, second[0], second[1], second[2], BROKEN, line)
    if second is not None and parse_lines(second[0], loose=True) != EXPECTED:
        alone = run(h, [clean])
        if type(alone) is tuple and parse_lines(alone[0], loose=True) == EXPECTED:
            h.check(LOGGING, False, "with the broken post in the folder, the other posts were "
                    "not all counted (without it they are): skip only that file, with the "
                    "`try` around one file's read and `continue` in the `except`", line)
            judge_output(h, run(h, [clean, "--top", "2"]), alone, EXPECTED, BROKEN, line)
            return
    judge_output(h, first, second, EXPECTED, BROKEN, line)


def judge_without_option(h, second, expected, broken, line):
    """--top broke main (an option it does not know, judged under argparse):
    the skipping and the top tags are judged on main([folder]) alone, so one
    bug in the parser is not charged to every criterion."""
    if type(second) is not tuple:
        for criterion in (LOGGING, TOP):
            h.check(criterion, False, "main() exited before doing any work", line)
        return
    check_logging(h, second[0], second[1], second[2], broken, line)
    pairs = parse_lines(second[0])
    if pairs == expected and not stray_lines(second[0], broken):
        h.check(TOP, True, "main([folder]) prints the top tags, most common first", line)
    else:
        h.check(TOP, False, "main([folder]) printed %r, expected %s; `for tag, count in "
                "counts.most_common(args.top): print(tag, count)`"
                % (second[0].strip()[:80], "; ".join("%s %d" % p for p in expected)), line)


def clean_copy(folder, broken):
    """FOLDER's posts without the broken one: main's arguments and output are
    judged there too, so a broken post that upsets the count is the skipping's
    fault (logging), not the option's or the top tags'."""
    import shutil
    clean = folder + "-clean"
    shutil.copytree(folder, clean, dirs_exist_ok=True)
    os.remove(os.path.join(clean, broken))
    return clean


def judge_output(h, first, second, expected, broken, line):
    """argparse (--top 2, the default) and the top tags, from main's runs
    FIRST (--top 2) and SECOND (no option)."""
    if first is None:
        for criterion in (ARGS, TOP):
            h.check(criterion, False, "main([folder, \"--top\", \"2\"]) exited before "
                    "printing; call `%s`" % PARSE, line)
        return
    second = second if type(second) is tuple else None
    check_args(h, first, second, len(expected), line)
    if type(first) is dict:
        # --top broke main (judged above); the rest is judged on the default run
        if second is None:
            h.check(TOP, False, "main([folder]) did not finish either", line)
            return
        first, pairs = second, None
    else:
        pairs = parse_lines(first[0])
    h.note("stdout", first[0][:2000])
    default_pairs = parse_lines(second[0]) if second else None

    # most_common: the lines are the top tags, most common first.
    stray = stray_lines(first[0], broken) + (stray_lines(second[0], broken) if second else [])
    if stray and (pairs or default_pairs or parse_lines(first[0], loose=True)):
        h.check(TOP, False, "prints %r, which is not a `tag count` line; print each tag "
                "and nothing else: `for tag, count in counts.most_common(args.top): "
                "print(tag, count)`" % stray[0][:80], line)
    elif ((pairs is None or pairs[:2] == expected[:2])
            and (default_pairs is None or default_pairs == expected)
            and (pairs is not None or default_pairs is not None)):
        h.check(TOP, True, "prints the top tags, most common first", line)
        check_default(h, line)	# a wrong count of lines that TOP missed is the option's
    else:
        shown = "; ".join("%s %s" % p for p in (default_pairs or pairs or [])) or "nothing"
        if shown == "nothing" and (second or first)[0].strip():
            shown = repr((second or first)[0].strip()[:80])
        h.check(TOP, False, "printed %s, expected %s; `for tag, count in "
                "counts.most_common(args.top): print(tag, count)`"
                % (shown, "; ".join("%s %d" % p for p in expected)), line)


def stray_lines(text, broken):
    """The printed lines that are not `tag count` (a header, `tag: count`);
    a line naming the broken file is the logging check's concern."""
    return [line.strip() for line in text.splitlines()
            if line.strip() and broken not in line
            and not re.match(r"^\s*[^\s:=,]+[ \t]+\d+\s*$", line)]


def many_tags_folder(h):
    """A folder of seven tags with distinct counts, one post per tag use
    count: main([folder]) must print exactly the default five."""
    names = []
    while len(names) < 7:
        tag = h.random_choice(TAGS)
        if tag not in names:
            names.append(tag)
    folder = os.path.abspath("tagcount-many-%d" % h.random_int(100, 99999))
    os.makedirs(folder, exist_ok=True)
    for i, tag in enumerate(names):
        with open(os.path.join(folder, "p%d.json" % i), "w", encoding="utf-8") as f:
            json.dump({"title": tag, "tags": [tag] * (7 - i)}, f)
    return folder


def check_default(h, line):
    """--top's default is 5: a folder of seven tags prints five."""
    many = run(h, [many_tags_folder(h)])
    if type(many) is tuple:
        count = len(shown_tags(many[0]))
        if count != 5:
            h.check(ARGS, False, "without `--top`, seven tags gave %d lines, not 5; "
                    "`parser.add_argument(\"--top\", type=int, default=5)`" % count, line)


def check_args(h, first, second, tags, line):
    """argparse from argv: --top 2 gives two lines, the default gives more."""
    if type(first) is dict:
        where = first.get("line") if type(first.get("line")) is int else line
        h.check(ARGS, False, "main([folder, \"--top\", \"2\"]) failed: %s; give the option "
                "its type: `parser.add_argument(\"--top\", type=int, default=5)`"
                % first.get("raised"), where)
        return
    pairs = shown_tags(first[0])
    default_pairs = shown_tags(second[0]) if second else None
    if second is None:
        h.check(ARGS, False, "main([folder]) exited: `--top` should be optional, "
                "`parser.add_argument(\"--top\", type=int, default=5)`", line)
    elif len(pairs) != 2:
        h.check(ARGS, False, "with `--top 2` main printed %d tag lines, not 2; "
                "`parser.add_argument(\"--top\", type=int, default=5)` then "
                "`counts.most_common(args.top)`" % len(pairs), line)
    elif len(default_pairs) != tags:
        h.check(ARGS, False, "without `--top`, main printed %d tag lines; the posts hold %d "
                "tags and the default is 5, so all %d should show"
                % (len(default_pairs), tags, tags), line)
    else:
        h.check(ARGS, True, "main(argv) honours the folder and --top", line)


def shown_tags(text):
    """The tags a run printed, for counting how many --top gave: its `tag
    count` lines, or when none is one (a list printed whole, `${tag}` from
    a JavaScript template), the known tags it names.  How the lines are
    written is the top tags' concern, not the option's."""
    pairs = parse_lines(text, loose=True)
    if pairs:
        return pairs
    return [tag for tag in TAGS if re.search(r"(?<![A-Za-z0-9_-])%s(?![A-Za-z0-9_-])"
                                              % re.escape(tag), text)]


def check_logging(h, stdout, stderr, records, broken, line):
    """The broken file is a WARNING record, not a printed line."""
    warned = [r for r in records if type(r[2]) is str and broken in r[2]]
    printed = broken in stdout or broken in stderr
    if any(type(r[2]) is str and NOT_A_POST in r[2] for r in records) or NOT_A_POST in stderr:
        h.check(LOGGING, False, "%s was reported as a bad post: it is not a post at all; "
                "read only the `.json` files (`folder.glob(\"*.json\")`) and warn only "
                "about those that do not parse" % NOT_A_POST, line)
    elif any(type(r[0]) is int and r[0] >= logging.WARNING for r in warned):
        h.check(LOGGING, True, "the broken file is logged as a warning", line)
    elif warned:
        h.check(LOGGING, False, "the broken file is logged at %s; a skipped file is a "
                "warning: `%s`" % (warned[0][1], WARN), line)
    elif printed:
        h.check(LOGGING, False, "the broken file is written out by hand (print or a stream write), with no "
                "level to filter on; log it instead: `%s`" % WARN, line)
    else:
        h.check(LOGGING, False, "nothing reported %s, which is not valid JSON; catch "
                "`json.JSONDecodeError` and `%s`" % (broken, WARN), line)
