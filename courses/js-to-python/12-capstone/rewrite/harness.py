# Behavioural checks for lesson 12, Rewrite: `def count_tags(folder)`.
# The answer runs on a real folder in the check's scratch /tmp: two posts with
# tags, one post without "tags", a .txt file holding JSON and a post in a
# subfolder, both of which must be ignored.  The harness judges which files
# were read (the files the answer opened, seen by a probe; else the tags that
# came back), the shape of the tally (Pythonic names and tally) and its values,
# on a second call too (a tally kept between calls grows) ("Tallies with
# `collections.Counter`": a wrong count is a tallying mistake, whatever type
# holds it; that Counter is the type is judged by the static rules, as a
# plain dict with the right counts is a correct result, just not the
# idiomatic one).  See docs/harness.md for the harness API.
import json
import os
import re
from collections.abc import Mapping

PATH = "pathlib"
COUNTER = "counter"
PYTHONIC = "pythonic-names"
OWNS = [PATH, COUNTER, PYTHONIC]	# the criteria this harness judges (the judge model)

NAME = "count_tags"
CAMEL = "countTags"
# Tags, file names and how often each tag is used are drawn at random for
# each check (never the lesson's python/cli/stdlib), so a tally written out
# reads no file and fails.
TAGS = ["asyncio", "typing", "pytest", "packaging", "logging", "pathlib", "dataclasses",
        "iterators", "closures", "unicode", "sqlite", "regex"]
STEMS = ["hello", "again", "release", "howto", "notes-on-py", "week", "draft", "recap"]
DECOY = "not-a-post"
NESTED = "nested-post"	# the tag of a post in a subfolder: readdirSync never sees it
GLOB = 'for path in Path(folder).glob("*.json"):'


def random_posts(h):
    """({file name: post}, the tally of the .json posts' tags): two to four
    tagged posts, one without "tags", a .txt file holding JSON, and a post
    in a subfolder (archive/), which the JavaScript's readdirSync never reads."""
    tags = []
    while len(tags) < 3:
        tag = h.random_choice(TAGS)
        if tag not in tags:
            tags.append(tag)
    stems = []
    while len(stems) < 6:
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
    posts["archive/%s.json" % stems[5]] = {"title": "Archived", "tags": [NESTED]}
    return posts, expected


def make_folder(h, posts):
    folder = os.path.abspath("posts-check-%d" % h.random_int(1000, 999999))
    os.makedirs(folder, exist_ok=True)
    for name, post in posts.items():
        os.makedirs(os.path.dirname(os.path.join(folder, name)), exist_ok=True)
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            json.dump(post, f)
    return folder


# What an exception says when finding or reading the files went wrong: a str
# folder used as a Path, a file that is not there.
PATH_ERROR = re.compile(r"(has no attribute '(glob|rglob|iterdir|read_text|read_bytes|open|"
                        r"suffix|stem|name|exists|is_file)'|^the answer raised "
                        r"(FileNotFoundError|IsADirectoryError|NotADirectoryError))")


# What an exception says when the counting itself went wrong: a post without
# "tags" read as post["tags"], a tag list used as a key or added to an int.
TALLY_ERROR = re.compile(r"^the answer raised (KeyError|TypeError)")


def charge_error(h, exc, line):
    """count_tags raised: one criterion fails, the one the failure is about
    (issue 12: one bug is not charged to every criterion): finding or
    reading the files, the tallying (a post without "tags"), else the
    returned tally (none came back)."""
    where = exc.line or line
    if PATH_ERROR.search(exc.message):
        h.check(PATH, False, str(exc), where)
        h.check(COUNTER, True, "the tally is judged once count_tags gets past the files",
                line)
        h.check(PYTHONIC, True, "the tally's shape is judged once count_tags returns", line)
        return
    h.check(PATH, True, "count_tags walks the folder (it raised later, judged under the "
            "tally)", line)
    if TALLY_ERROR.search(exc.message):	# the counting went wrong: the tally's fault
        h.check(COUNTER, False, "%s; no tally came back (a post without \"tags\" counts "
                "nothing: `counts.update(post.get(\"tags\", []))`)" % exc, where)
        h.check(PYTHONIC, True, "the tally's shape is judged once count_tags returns", line)
    else:	# anything else (a missing import): no tally came back
        h.check(COUNTER, True, "the counts are judged once count_tags returns them", line)
        h.check(PYTHONIC, False, "%s; no tally came back" % exc, where)


def opened_files(a, name, folder):
    """reading the posts"""
    import builtins
    import io
    a.load_module()
    real = io.open
    seen = []

    def spy(file, *args, **kwargs):
        text = os.fspath(file) if isinstance(file, (str, os.PathLike)) else None
        if type(text) is str and len(seen) < 50:
            seen.append(os.path.basename(text)[:80])
        return real(file, *args, **kwargs)
    builtins.open = io.open = spy
    try:
        a.call(getattr(a.module, name), folder)
    except Exception:  # the answer's own failure is judged by h.call
        pass
    finally:
        builtins.open = io.open = real
    return seen


def read_every_post(h, found, folder, posts):
    """True when the answer opened every .json post of FOLDER (as seen by a
    probe that records open), None when it opened none (read some other way:
    the tags decide)."""
    try:
        seen = h.probe(opened_files, found, folder)
    except h.AnswerError:
        return None
    names = {n for n in seen if type(n) is str} if type(seen) is list else set()
    posts = {n for n in posts if n.endswith(".json") and "/" not in n}
    if not names & posts:
        return None
    return posts <= names


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
    read_all = read_every_post(h, found, folder, posts)	# after: the call judged is the first

    if result is None:
        h.check(PATH, read_all is True, "read every .json post" if read_all else
                "nothing came back, so no file can be seen to be read; "
                "walk the folder with `%s`" % GLOB, line)
        h.check(COUNTER, True, "the counts are judged once count_tags returns them", line)
        h.check(PYTHONIC, False, "returns None; end with `return counts`", line)
        return
    if not isinstance(result, Mapping):
        kind = type(result).__name__
        h.check(PATH, True, "returned a %s" % kind, line)
        h.check(COUNTER, True, "the counts are judged once count_tags returns a mapping", line)
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
    elif NESTED in seen:
        h.check(PATH, False, "the tally counts a post in a subfolder (archive/): the "
                "JavaScript's readdirSync reads only the folder itself, so walk it with "
                "`%s`, not `rglob`" % GLOB, line)
    elif read_all is True:	# every post opened: a missing tag is the tally's fault
        h.check(PATH, True, "read every .json post and skipped notes.txt", line)
    elif read_all is False or not set(expected) <= seen:
        missing = sorted(set(expected) - seen)
        h.check(PATH, False, "some posts were not read%s; `%s` then "
                "`path.read_text(encoding=\"utf-8\")` reads each one"
                % (" (tags %s are missing)" % missing if missing else "", GLOB), line)
    else:
        h.check(PATH, True, "read every .json post and skipped notes.txt", line)

    # The counts: notes.txt's tag is the path check's concern (above), so it
    # is left out here rather than failing both criteria for one mistake.
    counted = {k: v for k, v in tally.items() if k not in (DECOY, NESTED)}
    h.check(PYTHONIC, True, "returns a mapping of tag to count", line)
    if counted == expected:
        check_fresh_tally(h, fn, found, folder, tally, line)
    else:
        wrong = sorted(str(k) for k in set(counted) | set(expected)
                       if counted.get(k) != expected.get(k))
        h.check(COUNTER, False, "the counts for %s are wrong (expected %s); "
                "`counts.update(post.get(\"tags\", []))` adds each tag once per mention"
                % (", ".join(wrong), expected), line)


def mutable_defaults(a, name):
    """reading count_tags's defaults"""
    import inspect
    try:
        params = inspect.signature(getattr(a.module, name)).parameters.values()
    except (TypeError, ValueError):
        return []
    return [p.name for p in params
            if isinstance(p.default, (list, dict, set, bytearray))]


def check_fresh_tally(h, fn, found, folder, tally, line):
    """The first call counted right: a later call on the same folder must
    count the same (a Counter kept at module level, or in a default
    argument, goes on growing: the second caller gets the first one's tags
    too).  A default argument is the mutable-default habit, which the rules
    charge to the Pythonic criterion (round 1's label); a tally kept
    anywhere else is the tallying's fault (round 6's)."""
    try:
        again = h.call(fn, folder)
    except h.AnswerError as exc:
        h.check(COUNTER, False, "counting the same folder a second time raised: %s" % exc,
                exc.line or line)
        return
    again = dict(again) if isinstance(again, Mapping) else again
    if again == tally:
        h.check(COUNTER, True, "counts each tag once per mention", line)
        return
    try:
        defaults = h.probe(mutable_defaults, found)
    except h.AnswerError:
        defaults = []
    said = ("count_tags(folder) counted right the first time but returned %r for the same "
            "folder later: the tally outlives the call" % (again,))
    if type(defaults) is list and defaults:
        h.check(COUNTER, True, "counts each tag once per mention on the first call", line)
        h.check(PYTHONIC, False, "%s (the default of `%s` is made once, when `def` runs); "
                "start a new one inside: `counts = Counter()`" % (said, defaults[0]), line)
        return
    h.check(COUNTER, False, "%s (a Counter kept at module level?); start a new one inside "
            "count_tags: `counts = Counter()`" % said, line)
