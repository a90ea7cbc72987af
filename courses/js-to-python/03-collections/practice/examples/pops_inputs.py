from collections import defaultdict


def group_by_team(names, teams):
    groups = defaultdict(list)
    while names:
        groups[teams.pop(0)].append(names.pop(0))
    return dict(groups)
