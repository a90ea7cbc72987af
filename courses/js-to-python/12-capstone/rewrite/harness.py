# Behavioural checks for lesson 12, Rewrite: `def count_tags(folder)`.
# The answer runs on a real folder in the check's scratch /tmp: two posts with
# tags, one post without "tags", and a .txt file holding JSON that must be
# ignored.  The harness judges which files were read (by the tags that came
# back) and the shape and values of the tally.  "Tallies with
# `collections.Counter`" is judged by the static rules only: a plain dict
# with the right counts is a correct result, just not the idiomatic one.
# See docs/harness.md for the harness API.
import json
import os
import re
from collections.abc import Mapping

PATH = "pathlib"
PYTHONIC = "pythonic-names"
OWNS = [PATH, PYTHONIC]	# the criteria this harness judges (the judge model)

NAME = "count_tags"
CAMEL = "countTags"
POSTS = {
    "first.json": {"title": "Hello", "tags": ["python", "cli"]},
    "second.json": {"title": "Again", "tags": ["python", "stdlib", "python"]},
    "untagged.json": {"title": "No tags here"},
    "notes.txt": {"tags": ["not-a-post"]},
}
EXPECTED = {"python": 3, "cli": 1, "stdlib": 1}
GLOB = 'for path in Path(folder).glob("*.json"):'


def make_folder():
    folder = os.path.abspath("posts-check")
    os.makedirs(folder, exist_ok=True)
    for name, post in POSTS.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            json.dump(post, f)
    return folder


# What an exception says when finding or reading the files went wrong: a str
# folder used as a Path, a file that is not there.
PATH_ERROR = re.compile(r"(has no attribute '(glob|rglob|iterdir|read_text|read_bytes|open|"
                        r"suffix|stem|name|exists|is_file)'|^the answer raised "
                        r"(FileNotFoundError|IsADirectoryError|NotADirectoryError))")


def charge_error(h, exc, line):
    """count_tags raised: one criterion fails, the one the failure is about
    (issue 12: one bug is not charged to every criterion)."""
    where = exc.line or line
    if PATH_ERROR.search(exc.message):
        h.check(PATH, False, str(exc), where)
        h.check(PYTHONIC, True, "the tally is judged once count_tags gets past the files",
                line)
    else:
        h.check(PATH, True, "count_tags walks the folder (it raised later, judged under the "
                "tally)", line)
        h.check(PYTHONIC, False, "%s; no tally came back" % exc, where)


def tags_seen(tally):
    """The tags a tally shows, a tuple or list of tags counted as one key
    included: which files were read is told apart from how they were counted."""
    seen = set()
    for key in tally:
        seen.update(key if type(key) in (tuple, list, frozenset) else [key])
    return seen


def grade(h):
    module = h.load()
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        for criterion in (PATH, PYTHONIC):
            h.check(criterion, False, "define `def %s(folder):`" % NAME)
        return
    line = h.line_of(fn)
    if found == CAMEL:
        h.check(PYTHONIC, False, "Python names functions in snake_case: `%s`, not `%s`"
                % (NAME, CAMEL), line)

    folder = make_folder()
    try:
        result = h.call(fn, folder)
    except h.AnswerError as exc:
        charge_error(h, exc, line)
        return

    if result is None:
        h.check(PATH, False, "nothing came back, so no file can be seen to be read; "
                "walk the folder with `%s`" % GLOB, line)
        h.check(PYTHONIC, False, "returns None; end with `return counts`", line)
        return
    if not isinstance(result, Mapping):
        kind = type(result).__name__
        h.check(PATH, True, "returned a %s" % kind, line)
        h.check(PYTHONIC, False, "returns a %s; callers look a tag up by name "
                "(`counts[\"python\"]`), so return the Counter itself: `return counts`"
                % kind, line)
        return

    tally = dict(result)
    h.note("tally", {str(k): v for k, v in tally.items()})
    seen = tags_seen(tally)
    if "not-a-post" in seen:
        h.check(PATH, False, "the tally counts tags from notes.txt: only `.json` files "
                "are posts; `%s` picks them out" % GLOB, line)
    elif not {"python", "cli", "stdlib"} <= seen:
        h.check(PATH, False, "some posts were not read (tags %s are missing); `%s` then "
                "`path.read_text(encoding=\"utf-8\")` reads each one"
                % (sorted({"python", "cli", "stdlib"} - seen), GLOB), line)
    else:
        h.check(PATH, True, "read every .json post and skipped notes.txt", line)

    # The counts: notes.txt's tag is the path check's concern (above), so it
    # is left out here rather than failing both criteria for one mistake.
    counted = {k: v for k, v in tally.items() if k != "not-a-post"}
    if counted == EXPECTED:
        h.check(PYTHONIC, True, "returns a mapping of tag to count", line)
    else:
        wrong = sorted(str(k) for k in set(counted) | set(EXPECTED)
                       if counted.get(k) != EXPECTED.get(k))
        h.check(PYTHONIC, False, "the counts for %s are wrong (expected %s); "
                "`counts.update(post.get(\"tags\", []))` adds each tag once per mention"
                % (", ".join(wrong), EXPECTED), line)
