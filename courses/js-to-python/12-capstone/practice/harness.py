# Behavioural checks for lesson 12, Practice: `def main(argv=None)` for the
# tagcount tool.  The harness builds a scratch folder of posts (one of them
# broken JSON, plus a .txt file), calls main() with its own argv, captures
# what it prints (stdout and stderr) and every logging record (a handler on
# the root logger, set to DEBUG for the call), and judges:
#   - argparse from argv: main(argv) runs, and --top changes how many lines
#   - logging: the broken file is reported by a WARNING (or higher) record,
#     not by print
#   - most_common: the printed lines are the top tags, most common first
# See docs/harness.md for the harness API.
import contextlib
import io
import json
import logging
import os
import re
import sys

ARGS = "argparse"
LOGGING = "logging"
TOP = "most-common"

POSTS = {
    "a.json": {"title": "One", "tags": ["python", "cli"]},
    "b.json": {"title": "Two", "tags": ["python", "stdlib", "python"]},
    "c.json": {"title": "Three", "tags": ["cli", "python"]},
    "d.json": {"title": "No tags"},
}
BROKEN = "broken.json"
EXPECTED = [("python", 4), ("cli", 2), ("stdlib", 1)]
PARSE = 'args = parser.parse_args(argv)'
WARN = 'log.warning("skipping %s: %s", path.name, err)'


class Records(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.records = []

    def emit(self, record):
        self.records.append(record)


def make_folder():
    folder = os.path.abspath("tagcount-check")
    os.makedirs(folder, exist_ok=True)
    for name, post in POSTS.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            json.dump(post, f)
    with open(os.path.join(folder, BROKEN), "w", encoding="utf-8") as f:
        f.write('{"title": "cut off", "tags": ["pyth')
    with open(os.path.join(folder, "notes.txt"), "w", encoding="utf-8") as f:
        f.write("not a post\n")
    return folder


def parse_lines(text):
    """[(tag, count)] from the `tag count` lines of TEXT.  Other lines (a
    skipped file reported with print) are left to the logging check."""
    pairs = []
    for line in text.splitlines():
        match = re.match(r"^\s*(\S+?)[\s:,=]+(\d+)\s*$", line)
        if match:
            pairs.append((match.group(1), int(match.group(2))))
    return pairs


def run(h, fn, argv):
    """(stdout, stderr, records) of main(argv); None when main exited."""
    handler = Records()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            h.call(fn, argv)
    except h.AnswerError as exc:
        if exc.message != "the answer called sys.exit()":
            raise
        return None
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    return out.getvalue(), err.getvalue(), handler.records


def grade(h):
    sys.argv = ["tagcount"]	# an answer reading sys.argv sees no arguments
    module = h.load()
    fn, found = h.find_function(module, "main")
    if fn is None:
        for criterion in (ARGS, LOGGING, TOP):
            h.check(criterion, False, "define `def main(argv=None):`")
        return
    line = h.line_of(fn)
    folder = make_folder()

    first = run(h, fn, [folder, "--top", "2"])
    if first is None:
        h.check(ARGS, False, "main([folder, \"--top\", \"2\"]) exited: the arguments it was "
                "given never reached the parser; build an `argparse.ArgumentParser` and "
                "call `%s`" % PARSE, line)
        for criterion in (LOGGING, TOP):
            h.check(criterion, False, "main() exited before doing any work", line)
        return
    stdout, stderr, records = first
    h.note("stdout", stdout[:2000])
    second = run(h, fn, [folder])
    pairs = parse_lines(stdout)
    default_pairs = parse_lines(second[0]) if second else None

    # argparse from argv: --top 2 gives two lines, the default gives more.
    if second is None:
        h.check(ARGS, False, "main([folder]) exited: `--top` should be optional, "
                "`parser.add_argument(\"--top\", type=int, default=5)`", line)
    elif len(pairs) != 2:
        h.check(ARGS, False, "with `--top 2` main printed %d tag lines, not 2; "
                "`parser.add_argument(\"--top\", type=int, default=5)` then "
                "`counts.most_common(args.top)`" % len(pairs), line)
    elif len(default_pairs) != len(EXPECTED):
        h.check(ARGS, False, "without `--top`, main printed %d tag lines; the posts hold %d "
                "tags and the default is 5, so all %d should show"
                % (len(default_pairs), len(EXPECTED), len(EXPECTED)), line)
    else:
        h.check(ARGS, True, "main(argv) honours the folder and --top", line)

    # logging: the broken file is a WARNING record, not a printed line.
    warned = [r for r in records if BROKEN in r.getMessage()]
    printed = BROKEN in stdout or BROKEN in stderr
    if any(r.levelno >= logging.WARNING for r in warned):
        h.check(LOGGING, True, "the broken file is logged as a warning", line)
    elif warned:
        h.check(LOGGING, False, "the broken file is logged at %s; a skipped file is a "
                "warning: `%s`" % (warned[0].levelname, WARN), line)
    elif printed:
        h.check(LOGGING, False, "the broken file is written out by hand (print or a stream write), with no "
                "level to filter on; log it instead: `%s`" % WARN, line)
    else:
        h.check(LOGGING, False, "nothing reported %s, which is not valid JSON; catch "
                "`json.JSONDecodeError` and `%s`" % (BROKEN, WARN), line)

    # most_common: the lines are the top tags, most common first.
    if pairs[:2] == EXPECTED[:2] and (default_pairs is None or default_pairs == EXPECTED):
        h.check(TOP, True, "prints the top tags, most common first", line)
    else:
        shown = "; ".join("%s %s" % p for p in (default_pairs or pairs)) or "nothing"
        h.check(TOP, False, "printed %s, expected %s; `for tag, count in "
                "counts.most_common(args.top): print(tag, count)`"
                % (shown, "; ".join("%s %d" % p for p in EXPECTED)), line)
