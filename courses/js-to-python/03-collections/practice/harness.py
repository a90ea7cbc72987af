# Behavioural checks for lesson 03, Practice: `def group_by_team(names,
# teams)` returning a plain dict from each team to its players' names, in
# input order, without changing the two lists.  The data repeats a name on
# two teams (so looking positions up with names.index goes wrong) and has a
# team whose players are not next to each other; the names and teams are
# drawn at random for each check, in that shape.  Runs in the judge: the
# lists cross as plain data and the result comes back as plain data, tagged
# by its exact type.  See docs/harness.md.
import collections

ZIP = "zip"
GROUP = "defaultdict"
PLAIN = "plain-dict"
OWNS = [ZIP, GROUP, PLAIN]

NAME = "group_by_team"
CAMEL = "groupByTeam"
# Never the lesson's own example data (Ada, Grace, Linus, Guido, Barbara;
# red, blue, green).
PEOPLE = ["Alan", "Radia", "Ken", "Hedy", "Edsger", "Margaret", "Donald", "Frances", "Dennis"]
COLOURS = ["gold", "teal", "black", "white", "orange", "purple"]
# The shape of the data: person 0 plays on two teams; team 0 is not contiguous.
WHO = [0, 1, 2, 0, 3, 4]
WHERE = [0, 1, 0, 1, 2, 0]


def draw(h, pool, count):
    picked = []
    while len(picked) < count:
        item = h.random_choice(pool)
        if item not in picked:
            picked.append(item)
    return picked


def out_of_order(h, people):
    """PEOPLE with team 0's three players (people 0, 2, 4) neither sorted
    nor reverse-sorted by name, so an answer that sorts a team's players
    (or the caller's list) fails on every draw, not on five draws of six."""
    low, mid, high = sorted(people[i] for i in (0, 2, 4))
    people = list(people)
    people[0], people[2], people[4] = (low, high, mid) if h.random_int(0, 1) else (mid, high, low)
    return people


def make_data(h):
    """(names, teams, expected groups) drawn at random in the lesson's shape."""
    people, colours = out_of_order(h, draw(h, PEOPLE, 5)), draw(h, COLOURS, 3)
    names = [people[i] for i in WHO]
    teams = [colours[i] for i in WHERE]
    expected = {}
    for name, team in zip(names, teams):
        expected.setdefault(team, []).append(name)
    return names, teams, expected


def members_of(value):
    """The names a group holds: a list, tuple or set is its items; a lone
    string (one name where a list belongs, as `dict(zip(teams, names))`
    leaves) is that name; anything else is None."""
    if type(value) in (list, tuple, set):
        return list(value)
    if type(value) is str:
        return [value]
    return None


def pairs_of(result):
    """The (name, team) pairs RESULT holds, as a Counter, or None."""
    if not isinstance(result, dict):
        return None
    pairs = collections.Counter()
    for team, value in result.items():
        members = members_of(value)
        if members is None:
            return None
        pairs.update((name, team) for name in members)
    return pairs


def shares_one_list(result, names):
    """True when every team (two or more) maps to the whole NAMES list in
    input order: one list object appended to for every player."""
    return len(result) > 1 and all(type(v) is list and v == names for v in result.values())


def in_order(members, names):
    """True when MEMBERS appear in NAMES in the same order."""
    rest = iter(names)
    return all(any(m == n for n in rest) for m in members)


def check_lists_in_order(h, result, names, teams, line):
    """The grouping judged on its own when the pairs are wrong: each key
    maps to a list, its items in input order (the names, or the teams when
    the pairing swapped the two)."""
    for team, members in result.items():
        if type(members) is not list or not (in_order(members, names)
                                             or in_order(members, teams)):
            h.check(GROUP, False, "the %r group is %r; each team maps to a list of names in "
                    "input order: `groups[team].append(name)`" % (team, members), line)
            return
    h.check(GROUP, True, "each team maps to a list of names in input order", line)


def grade(h):
    # An answer that raises is reported by the runner as an error with its
    # line: h.load and h.call raise h.AnswerError, left to propagate.
    module = h.load()
    fn, found = h.find_function(module, NAME, CAMEL)
    if fn is None:
        for criterion in (ZIP, GROUP, PLAIN):
            h.check(criterion, False, "define `def %s(names, teams):`" % NAME, 1)
        return
    line = h.line_of(fn)
    if found == CAMEL:
        h.check(PLAIN, False, "Python names functions in snake_case: `%s`, not `%s`"
                % (NAME, CAMEL), line)
    NAMES, TEAMS, EXPECTED = make_data(h)
    names, teams = list(NAMES), list(TEAMS)
    result = h.call(fn, names, teams)
    h.note("result", repr(result)[:300])

    # Returns a plain dict and leaves the inputs unchanged.
    changed = [label for label, now, before in (("names", names, NAMES), ("teams", teams, TEAMS))
               if now != before]
    if changed:
        h.check(PLAIN, False, "the `%s` list passed in was changed (now %r); read the lists "
                "without changing them: `for name, team in zip(names, teams):`"
                % (changed[0], (names, teams)[changed[0] == "teams"][:6]), line)
    if result is None:
        h.check(PLAIN, False, "returns None; end with `return dict(groups)`", line)
    elif type(result) is dict and not result and NAMES:
        h.check(PLAIN, False, "returns an empty dict for %d players: return the groups once "
                "the loop has filled them (`return dict(groups)` after the loop)"
                % len(NAMES), line)
    elif type(result) is dict:
        if not changed:
            h.check(PLAIN, True, "returns a plain dict and leaves both lists unchanged", line)
    elif isinstance(result, dict):
        h.check(PLAIN, False, "returns a %s, which creates an empty team whenever a caller "
                "indexes a missing one; return a plain dict: `return dict(groups)`"
                % type(result).__name__, line)
    else:
        h.check(PLAIN, False, "returns a %s; the caller looks teams up by name, so return a "
                "dict: `return dict(groups)`" % type(result).__name__, line)

    # Pairs the two lists: every player sits under the team at the same position.
    expected_pairs = collections.Counter(zip(NAMES, TEAMS))
    pairs = pairs_of(result)
    if pairs is None:
        h.check(ZIP, False, "the result does not map teams to lists of names; "
                "`for name, team in zip(names, teams): groups[team].append(name)`", line)
        h.check(GROUP, False, "no groups to check; build them with `defaultdict(list)`", line)
        return
    if not result and NAMES:
        for criterion in (ZIP, GROUP):
            h.check(criterion, False, "not judged: the dict returned is empty", line)
        return
    if pairs != expected_pairs and not pairs - expected_pairs:
        # Names lost, none misplaced (a later name or run overwrote a team's
        # group: `groups[team] = name`, itertools.groupby on unsorted
        # pairs): the pairing is right, the grouping is what loses names.
        h.check(ZIP, True, "every name kept is under the team at the same position", line)
    elif shares_one_list(result, NAMES):
        h.check(ZIP, True, "each player is under the team at the same position (and the "
                "others too)", line)
        h.check(GROUP, False, "every team lists all %d players: the teams share one list "
                "(`dict.fromkeys(teams, [])` or one `[]` passed to `setdefault` is a single "
                "list); give each team its own: `defaultdict(list)`" % len(NAMES), line)
        return
    elif pairs != expected_pairs:
        wrong = sorted((expected_pairs - pairs) or (pairs - expected_pairs))[0]
        h.check(ZIP, False, "%r should be in %r: pair each name with the team at the same "
                "position, `for name, team in zip(names, teams):`" % wrong, line)
        check_lists_in_order(h, result, NAMES, TEAMS, line)
        return
    else:
        h.check(ZIP, True, "every player is under the team at the same position", line)

    # Groups: each team's list holds its players in input order.
    for team, members in EXPECTED.items():
        got = result.get(team)
        if type(got) is str:
            h.check(GROUP, False, "the %r group is the one name %r: each player of a team "
                    "replaced the one before; collect them in a list: "
                    "`groups[team].append(name)`" % (team, got), line)
            return
        if type(got) is not list:
            h.check(GROUP, False, "the %r group is a %s; each team maps to a list of names: "
                    "`groups[team].append(name)`" % (team, type(got).__name__), line)
            return
        if got != members:
            h.check(GROUP, False, "the %r group is %r, expected %r in input order; "
                    "`groups[team].append(name)` keeps the order" % (team, got, members), line)
            return
    h.check(GROUP, True, "each team lists its players in input order", line)
