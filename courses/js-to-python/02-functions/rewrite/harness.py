# Behavioural checks for lesson 02, Rewrite: `def make_user(name, *,
# role="member", tags=None)` returning {"name", "role", "tags"} with the role
# appended to a new list.  The signature is read with inspect; then the
# function is called twice with the defaults (a shared default list shows up
# in the second result) and once with a list of the caller's own (which must
# come back unchanged).  The names, role and tags are drawn at random for
# each check.  Runs in the judge: the probes below run in the answer's
# process and report plain data.  See docs/harness.md for the harness API.
import inspect

KWONLY = "keyword-only"
DEFAULTS = "no-mutable-default"
NAMES = "pythonic-names"
OWNS = [KWONLY, DEFAULTS, NAMES]
# Never the lesson's own example values ("ada", "bob", "admin", "ops"), so an
# answer that writes them out fails.
POOL = ["grace", "linus", "guido", "radia", "ken", "hedy", "alan", "edsger", "barbara"]
ROLES = ["editor", "owner", "viewer", "auditor", "maintainer"]
TEAMS = ["web", "data", "infra", "mobile", "design"]

NAME = "make_user"
CAMEL = "makeUser"
SIGNATURE = '`def make_user(name, *, role="member", tags=None):`'
SHAPE = '`return {"name": name, "role": role, "tags": tags}`'
FRESH = "`tags = [*(tags or []), role]`"
MUTABLE = (list, dict, set, bytearray)


def field(value, key):
    if isinstance(value, dict):
        return value.get(key)
    return getattr(value, key, None)


def check_shape(h, result, line):
    """True when RESULT has the three named fields."""
    if isinstance(result, dict):
        keys = set(result)
        if {"name", "role", "tags"} <= keys:
            h.check(NAMES, True, 'returns a dict with "name", "role" and "tags"', line)
            return True
        if any(isinstance(k, str) and k != k.lower() for k in keys):
            h.check(NAMES, False, "the dict keys are not snake_case; write " + SHAPE, line)
        else:
            h.check(NAMES, False, "the dict has keys %s; callers expect \"name\", \"role\" "
                    "and \"tags\": %s" % (sorted(map(str, keys)), SHAPE), line)
        return False
    named = all(hasattr(result, k) for k in ("name", "role", "tags"))	# a named tuple too
    if isinstance(result, (list, tuple)) and not named:
        h.check(NAMES, False, "returns a %s, so callers must remember the order; name the "
                "parts: %s" % (type(result).__name__, SHAPE), line)
        return False
    if result is None:
        h.check(NAMES, False, "returns None; end with " + SHAPE, line)
        return False
    if named:
        h.check(NAMES, True, "returns %s with .name, .role and .tags"
                % ("a named tuple" if isinstance(result, tuple) else "an object"), line)
        return True
    h.check(NAMES, False, "returns %s; %s" % (type(result).__name__, SHAPE), line)
    return False


def read_signature(a, found):
    """reading make_user's signature"""
    try:
        params = inspect.signature(a.module.__dict__[found]).parameters
    except (TypeError, ValueError):
        return None
    return [{"name": p.name, "kind": p.kind.name,
             "mutable": isinstance(p.default, MUTABLE),
             "default_type": type(p.default).__name__} for p in params.values()]


def default_calls(a, found, first, second):
    """calling make_user twice with the defaults"""
    fn = a.module.__dict__[found]
    one, two = a.call(fn, first), a.call(fn, second)
    return [one, two, field(one, "tags") is field(two, "tags") and field(one, "tags") is not None]


def call_with_options(a, found, name, role, tags):
    """calling make_user with a role and the caller's own tags"""
    value = a.call(a.module.__dict__[found], name, role=role, tags=tags)
    return [value, tags]


def check_signature(h, found, line):
    """(keyword-only?, mutable default?): whether role and tags are
    keyword-only parameters, and whether a default is a list, dict or set."""
    params = h.probe(read_signature, found)
    if type(params) is not list:
        h.check(KWONLY, False, "define " + SIGNATURE, line)
        return False, False
    params = {p["name"]: p for p in params}
    mutable = False
    for p in params.values():
        if p["mutable"] is True:
            mutable = True
            h.check(DEFAULTS, False, "the default of `%s` is one %s, built when `def` ran and "
                    "shared by every call; default it to None: `%s=None`"
                    % (p["name"], p["default_type"], p["name"]), line)
    kinds = {name: params[name]["kind"] for name in ("role", "tags") if name in params}
    if len(kinds) == 2 and all(k == "KEYWORD_ONLY" for k in kinds.values()):
        h.check(KWONLY, True, "role and tags are keyword-only parameters", line)
        return True, mutable
    if any(p["kind"] == "VAR_KEYWORD" for p in params.values()):
        h.check(KWONLY, False, "`**%s` hides the options from the signature and accepts any "
                "typo; name them after a bare `*`: %s"
                % (next(p["name"] for p in params.values() if p["kind"] == "VAR_KEYWORD"),
                   SIGNATURE), line)
    elif kinds:
        h.check(KWONLY, False, "role and tags can be passed by position "
                "(`make_user(\"ada\", \"admin\")`); put a bare `*` before them: " + SIGNATURE,
                line)
    else:
        h.check(KWONLY, False, "the options arrive in one object, so Python cannot check their "
                "names; make them keyword-only parameters: " + SIGNATURE, line)
    return False, mutable


def grade(h):
    # An answer that raises (at load or in a call) is reported as an error
    # with its line: h.load and h.call raise h.AnswerError, left to propagate.
    module = h.load()
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        for criterion in (KWONLY, DEFAULTS, NAMES):
            h.check(criterion, False, "define " + SIGNATURE)
        return
    line = h.line_of(fn)
    if found == CAMEL:
        h.check(NAMES, False, "Python names functions in snake_case: `%s`, not `%s`"
                % (NAME, CAMEL), line)
    keyword_only, mutable = check_signature(h, found, line)

    one = h.random_choice(POOL)
    two = h.random_choice([n for n in POOL if n != one])
    try:
        first, second, same_tags = h.probe(default_calls, found, one, two)
    except h.AnswerError as err:
        # Only the calls with the defaults raised (`tags.copy()` on None):
        # the default's handling is at fault; the record is judged below.
        h.check(DEFAULTS, False, "%s: with `tags=None`, build the list from nothing on each "
                "call: %s" % (err, FRESH), err.line or line)
        if keyword_only:
            check_options(h, found, line, shape=True)
        return
    h.note("default_calls", [repr(first), repr(second)])
    if not check_shape(h, first, line):
        if not mutable:
            h.check(DEFAULTS, True, "no mutable default (the result has no tags to compare)",
                    line)
        return
    if field(first, "tags") == [] and field(second, "tags") == []:
        # Both calls agree, so nothing is shared: the role was never added.
        h.check(NAMES, False, "make_user(%r) returned tags []: the JavaScript puts the role in "
                "the user's tags, so the record holds tags [\"member\"]: %s"
                % (one, FRESH), line)
        if same_tags is not True and not mutable:
            h.check(DEFAULTS, True, "each call starts from a fresh list", line)
    elif field(second, "tags") != ["member"] or type(field(second, "tags")) is not list:
        h.check(DEFAULTS, False, "a second call, make_user(%r), returned tags %r: the "
                "default list is shared between calls; default to None and build a new "
                "list: %s" % (two, field(second, "tags"), FRESH), line)
    elif same_tags is True:
        h.check(DEFAULTS, False, "two calls returned the very same tags list; build a new "
                "one on each call: " + FRESH, line)
    elif not mutable:
        h.check(DEFAULTS, True, "each call starts from a fresh list", line)
    if field(first, "name") != one or field(first, "role") != "member":
        h.check(NAMES, False, "make_user(%r) returned %r; expected name %r and role "
                "\"member\"" % (one, first, one), line)

    if keyword_only:
        check_options(h, found, line)


def check_options(h, found, line, shape=False):
    """Calls make_user with a role and the caller's own list; SHAPE: the
    record is judged on this call alone (the calls with defaults raised)."""
    name, role, team = h.random_choice(POOL), h.random_choice(ROLES), h.random_choice(TEAMS)
    third, mine = h.probe(call_with_options, found, name, role, [team])
    if shape and not check_shape(h, third, line):
        return
    if mine != [team]:
        h.check(DEFAULTS, False, "make_user(%r, role=%r, tags=team) changed the "
                "caller's list `team` from %r to %r (JavaScript's `push` does too); leave "
                "it alone and build a new one: %s" % (name, role, [team], mine, FRESH), line)
    if (field(third, "tags") == [team] and field(third, "role") == role
            and field(third, "name") == name):
        # The options arrived; the record leaves the role out of its tags.
        h.check(KWONLY, True, "make_user(%r, role=%r, tags=[%r]) takes its options"
                % (name, role, team), line)
        h.check(NAMES, False, "make_user(%r, role=%r, tags=[%r]) returned tags [%r]; the "
                "JavaScript adds the role to them: [%r, %r]" % (name, role, team, team, team,
                                                                 role), line)
    elif (field(third, "tags") != [team, role] or type(field(third, "tags")) is not list
            or field(third, "role") != role or field(third, "name") != name):
        h.check(KWONLY, False, "make_user(%r, role=%r, tags=[%r]) returned %r; expected "
                "name %r, role %r and tags [%r, %r]"
                % (name, role, team, third, name, role, team, role), line)
    else:
        h.check(KWONLY, True, "make_user(%r, role=%r, tags=[%r]) works" % (name, role, team),
                line)
