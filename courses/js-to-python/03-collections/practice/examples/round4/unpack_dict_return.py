from collections import defaultdict


def group_by_team(names, teams):
    # defaultdict(list) gives every new team an empty list automatically
    groups = defaultdict(list)
    # zip walks both lists together: ("Ada", "red"), ("Grace", "blue"), ...
    for name, team in zip(names, teams):
        groups[team].append(name)
    # {**groups} copies into a normal dict for the caller
    return {**groups}
