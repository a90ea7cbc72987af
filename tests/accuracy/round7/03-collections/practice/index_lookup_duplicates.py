from collections import defaultdict


def group_by_team(names, teams):
    groups = defaultdict(list)
    for name in names:
        groups[teams[names.index(name)]].append(name)
    return dict(groups)
