from collections import defaultdict


def group_by_team(names, teams):
    # strict=True: lists of different lengths are a bug, so say so loudly.
    members = defaultdict(list)
    for name, team in zip(names, teams, strict=True):
        members[team].append(name)
    # A plain dict for the caller: no surprise keys on lookup.
    return dict(members)
