# Behavioural checks for lesson 03, Rewrite: `def top_tags(posts, limit)`
# counting the tags of the published posts and returning the `limit` most
# used as (tag, count) tuples, most used first.  The posts are fresh dicts for
# every call; unpublished posts carry tags that would change the ranking if
# they were counted; one post lists a tag twice (counted twice, as the
# JavaScript does).  Counts never tie, so the expected order is unique.
# See docs/harness.md for the harness API.
import copy

COUNT = "counter-or-get"
CHAIN = "comprehension"
RETURN = "sorted-tuples"
OWNS = [COUNT, CHAIN, RETURN]	# the criteria this harness judges (the judge model)

NAME = "top_tags"
CAMEL = "topTags"
POSTS = [
    {"title": "Lists", "published": True, "tags": ["python", "lists"]},
    # A post may list a tag twice: the JavaScript counts every occurrence.
    {"title": "Dicts", "published": True, "tags": ["python", "dicts", "lists", "python"]},
    {"title": "Sets", "published": True, "tags": ["python", "sets"]},
    {"title": "Tuples", "published": True, "tags": ["python", "lists", "dicts"]},
    {"title": "Draft 1", "published": False, "tags": ["drafts", "sets"]},
    {"title": "Draft 2", "published": False, "tags": ["drafts", "sets"]},
    {"title": "Draft 3", "published": False, "tags": ["drafts", "sets"]},
]
EXPECTED = [("python", 5), ("lists", 3), ("dicts", 2), ("sets", 1)]
# Each check renames the tags at random (the counts and the shape stay, so
# counts never tie): a ranking written out for the lesson's tags fails.
TAG_POOL = ["asyncio", "typing", "pytest", "regex", "sqlite", "unicode", "closures", "logging",
            "pathlib", "generators", "decorators", "packaging", "iterators", "testing"]
RESULT_WORDS = ("sorted(", ".sort(", "most_common", "slice", "[:", "reverse")
LAZY = ("map", "filter", "generator", "zip", "dict_items", "dict_keys", "dict_values",
        "list_iterator", "reversed")


def as_pairs(result):
    """RESULT as a list of (tag, count), or None if it is not a sequence of pairs."""
    pairs = []
    for item in result:
        if isinstance(item, dict) and {"tag", "count"} <= set(item):
            pairs.append((item["tag"], item["count"]))
        elif isinstance(item, (tuple, list)) and len(item) == 2:
            pairs.append(tuple(item))
        else:
            return None
    return pairs


def random_names(h):
    """{lesson's tag: the name it has in this check}, drawn in the judge."""
    names = {}
    for tag in ("python", "lists", "dicts", "sets", "drafts"):
        name = h.random_choice(TAG_POOL)
        while name in names.values():
            name = h.random_choice(TAG_POOL)
        names[tag] = name
    return names


def renamed(names):
    """(POSTS, EXPECTED) with each tag renamed by NAMES."""
    posts = [dict(post, tags=[names[t] for t in post["tags"]]) for post in POSTS]
    return posts, [(names[t], c) for t, c in EXPECTED]


def check_result(h, result, limit, line, names):
    """One call's result, against EXPECTED[:limit] (its tags renamed by NAMES)."""
    every = renamed(names)[1]
    expected = every[:limit]
    kind = type(result).__name__
    if type(result).__name__ in LAZY:
        h.check(CHAIN, False, "returns a lazy `%s` object, not a list; build the list itself "
                "with a comprehension, or return `counts.most_common(limit)`" % kind, line)
        result = list(result)
    if isinstance(result, dict):
        h.check(RETURN, False, "returns the whole %s, unsorted and not cut at the limit; "
                "return `counts.most_common(limit)`: a list of (tag, count) tuples, "
                "most used first" % kind, line)
        check_counts(h, dict(result), every, names, line)	# the tags it holds
        return False
    if result is None:
        h.check(RETURN, False, "returns None; end with `return counts.most_common(limit)`", line)
        return False
    if not isinstance(result, (list, tuple)):
        h.check(RETURN, False, "returns %s; return a list of (tag, count) tuples: "
                "`counts.most_common(limit)`" % kind, line)
        return False
    pairs = as_pairs(result)
    if pairs is None:
        h.check(RETURN, False, "the items of the result are not (tag, count) pairs; "
                "return `counts.most_common(limit)`", line)
        return False
    counts = dict(pairs)
    right = dict(every)
    check_counts(h, counts, every, names, line)
    if set(counts) - set(right):
        return False
    if len(pairs) != len(expected):
        h.check(RETURN, False, "top_tags(posts, %d) returned %d pairs; stop at the limit: "
                "`counts.most_common(limit)` or `[:limit]`" % (limit, len(pairs)), line)
        return False
    if [c for _, c in pairs] != sorted((c for _, c in pairs), reverse=True):
        h.check(RETURN, False, "the pairs are not most used first; `most_common` sorts them, "
                "or `sorted(..., key=lambda item: item[1], reverse=True)`", line)
        return False
    if any(isinstance(item, dict) for item in result):
        h.check(RETURN, False, "returns dicts like JavaScript objects; the JavaScript returned "
                "pairs, and a pair in Python is a tuple: `(tag, count)`", line)
        return False
    if any(isinstance(item, list) for item in result):
        h.check(RETURN, False, "returns [tag, count] lists like JavaScript's entries; a fixed "
                "pair in Python is a tuple: `(tag, count)`", line)
        return False
    return True


def check_counts(h, counts, every, names, line):
    """The counts of the tags returned, against the published posts' (EVERY).
    Counts that are those of every post, drafts included, are the dropped
    filter's fault: the `filter` the comprehension or loop replaces."""
    right = dict(every)
    wrong = [t for t in counts if t in right and counts[t] != right[t]]
    drafts = names["drafts"]
    with_drafts = dict(right, **{names["sets"]: right[names["sets"]] + 3, drafts: 3})
    if (wrong or drafts in counts) and all(with_drafts.get(t) == c for t, c in counts.items()):
        h.check(CHAIN, False, "counts the tags of the unpublished posts too (%s); keep only "
                "the published ones: `for post in posts if post[\"published\"]`"
                % ", ".join("%r %d times" % (t, counts[t]) for t in counts
                            if counts[t] != right.get(t)), line)
        h.check(COUNT, True, "counts the tags of the posts it kept", line)
    elif wrong:
        tag = wrong[0]
        h.check(COUNT, False, "counted %r %r times, expected %r" % (tag, counts[tag], right[tag]),
                line)
    elif set(counts) - set(right) - {drafts}:
        h.check(COUNT, False, "returned tags no post has (%s); count the tags of the posts "
                "passed in: `Counter(tag for post in posts if post[\"published\"] for tag "
                "in post[\"tags\"])`" % ", ".join(sorted(map(repr, set(counts) - set(right)))),
                line)
    else:
        h.check(COUNT, True, "counts the tags of the published posts", line)


def crash_criterion(h, line):
    """The criterion whose code is on LINE, where a call raised: the filter
    (a line reading "published"), the result (a return, sort or slice),
    else the counting."""
    lines = h.source.splitlines()
    text = lines[line - 1] if line and 0 < line <= len(lines) else ""
    if "published" in text:
        return CHAIN
    if text.strip().startswith("return") or any(w in text for w in RESULT_WORDS):
        return RETURN
    return COUNT


class Collect:
    """Collects the checks of both calls, then reports each criterion once:
    its failures (each message once), or its first pass when nothing failed."""

    def __init__(self, h):
        self.h, self.checks = h, []

    def check(self, criterion, passed, message="", line=None):
        if (criterion, passed, message, line) not in self.checks:
            self.checks.append((criterion, passed, message, line))

    def failed(self, criterion):
        return any(c == criterion and not p for c, p, _, _ in self.checks)

    def report(self):
        passed = set()
        for criterion, ok, message, line in self.checks:
            if not ok:
                self.h.check(criterion, False, message, line)
            elif not self.failed(criterion) and criterion not in passed:
                passed.add(criterion)
                self.h.check(criterion, True, message, line)


def grade(h):
    # An answer that raises (here or in a call below) is reported by the
    # runner as an error with its line: h.load and h.call raise
    # h.AnswerError, and it is left to propagate.
    module = h.load()
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        for criterion in (COUNT, CHAIN, RETURN):
            h.check(criterion, False, "define `def %s(posts, limit):`" % NAME, 1)
        return
    line = h.line_of(fn)
    if found == CAMEL:
        h.check(RETURN, False, "Python names functions in snake_case: `%s`, not `%s`"
                % (NAME, CAMEL), line)
    out = Collect(h)
    names = random_names(h)
    given = renamed(names)[0]
    for limit in (2, 10):
        posts = copy.deepcopy(given)
        try:
            result = h.call(fn, posts, limit)
        except h.AnswerError as err:
            # The crash fails the criterion whose code raised; the others
            # saw no result to compare and are judged from the code.
            out.check(crash_criterion(h, err.line), False, str(err), err.line or line)
            for criterion in OWNS:
                out.check(criterion, True, "judged from the code: the call raised before its "
                          "result could be compared", line)
            break
        h.note("result_%d" % limit, repr(result)[:200])
        if check_result(out, result, limit, line, names):
            out.check(RETURN, True, "returns (tag, count) tuples, most used first, cut at "
                      "the limit", line)
        if posts != given:
            out.check(CHAIN, False, "the posts passed in were changed; filter into a new "
                      "collection (a comprehension or generator) and leave the input alone",
                      line)
    out.check(CHAIN, True, "leaves the posts passed in unchanged", line)
    out.report()
