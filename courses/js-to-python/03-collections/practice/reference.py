"""Lesson 03 · Practice: reference answer.

zip walks the two lists side by side (strict=True, Python 3.10+, raises if
their lengths differ instead of silently dropping the extra players), and
defaultdict(list) starts every new team with an empty list.  The function
converts it to a plain dict before returning it, so a caller who looks up a
team that does not exist gets a KeyError rather than a new, empty team.
"""
from collections import defaultdict


def group_by_team(names, teams):
    groups = defaultdict(list)
    for name, team in zip(names, teams, strict=True):
        groups[team].append(name)
    return dict(groups)


if __name__ == "__main__":
    print(group_by_team(["Ada", "Grace", "Linus"], ["red", "blue", "red"]))
