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
# Tags, file names and how often each tag is used are drawn at random for
# each check (never the lesson's python/cli/stdlib), so a tally written out
# reads no file and fails.
TAGS = ["asyncio", "typing", "pytest", "packaging", "logging", "pathlib", "dataclasses",
        "iterators", "closures", "unicode", "sqlite", "regex"]
STEMS = ["hello", "again", "release", "howto", "notes-on-py", "week", "draft", "recap"]
DECOY = "not-a-post"
GLOB = 'for path in Path(folder).glob("*.json"):'


def random_posts(h):
    """({file name: post}, the tally of the .json posts' tags): two to four
    tagged posts, one without "tags", and a .txt file holding JSON."""
    tags = []
    while len(tags) < 3:
        tag = h.random_choice(TAGS)
        if tag not in tags:
            tags.append(tag)
    stems = []
    while len(stems) < 5:
        stem = h.random_choice(STEMS) + "-%d" % h.random_int(1, 99)
        if stem not in stems:
            stems.append(stem)
    posts, expected = {}, {}
    for n, stem in enumerate(stems[:h.random_int(2, 4)]):
        post_tags = [h.random_choice(tags) for _ in range(h.random_int(1, 4))]
        if n == 0:	# every draw has a tag twice in one post, as the lesson's data does
            post_tags += post_tags[:1]
        posts[stem + ".json"] = {"title": stem.title(), "tags": post_tags}
        for tag in post_tags:
            expected[tag] = expected.get(tag, 0) + 1
    posts[stems[4] + ".json"] = {"title": "No tags here"}
    posts["notes.txt"] = {"tags": [DECOY]}
    return posts, expected


def make_folder(h, posts):
    folder = os.path.abspath("posts-check-%d" % h.random_int(1000, 999999))
    os.makedirs(folder, exist_ok=True)
    for name, post in posts.items():
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

    posts, expected = random_posts(h)
    folder = make_folder(h, posts)
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
    if DECOY in seen:
        h.check(PATH, False, "the tally counts tags from notes.txt: only `.json` files "
                "are posts; `%s` picks them out" % GLOB, line)
    elif not set(expected) <= seen:
        h.check(PATH, False, "some posts were not read (tags %s are missing); `%s` then "
                "`path.read_text(encoding=\"utf-8\")` reads each one"
                % (sorted(set(expected) - seen), GLOB), line)
    else:
        h.check(PATH, True, "read every .json post and skipped notes.txt", line)

    # The counts: notes.txt's tag is the path check's concern (above), so it
    # is left out here rather than failing both criteria for one mistake.
    counted = {k: v for k, v in tally.items() if k != DECOY}
    if counted == expected:
        h.check(PYTHONIC, True, "returns a mapping of tag to count", line)
    else:
        wrong = sorted(str(k) for k in set(counted) | set(expected)
                       if counted.get(k) != expected.get(k))
        h.check(PYTHONIC, False, "the counts for %s are wrong (expected %s); "
                "`counts.update(post.get(\"tags\", []))` adds each tag once per mention"
                % (", ".join(wrong), expected), line)
