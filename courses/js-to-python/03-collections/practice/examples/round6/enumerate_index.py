from collections import defaultdict


def group_by_team(names, teams):
    groups = defaultdict(list)
    for i, name in enumerate(names):
        groups[teams[i]].append(name)
    return dict(groups)
