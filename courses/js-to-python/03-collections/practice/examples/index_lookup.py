from collections import defaultdict


def group_by_team(names, teams):
    groups = defaultdict(list)
    for name in names:
        team = teams[names.index(name)]
        groups[team].append(name)
    return dict(groups)
