"""Lesson 03 · Practice

Design `group_by_team(names, teams)`.  The two lists have the same length: the
player at position i of `names` plays for the team at position i of `teams`.
Return a dict mapping each team to the list of its players' names, in the
order they appear:

    group_by_team(["Ada", "Grace", "Linus"], ["red", "blue", "red"])
    == {"red": ["Ada", "Linus"], "blue": ["Grace"]}

Walk the two lists together, group without checking keys by hand, hand the
caller a plain dict, and leave the lists you were given unchanged.
"""


def group_by_team(names, teams):
    # Your Python here.
    pass


if __name__ == "__main__":
    print(group_by_team(["Ada", "Grace", "Linus"], ["red", "blue", "red"]))
