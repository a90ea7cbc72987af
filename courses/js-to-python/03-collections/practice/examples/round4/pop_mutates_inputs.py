from collections import defaultdict


def group_by_team(names, teams):
    groups = defaultdict(list)
    while names:
        name = names.pop(0)
        team = teams.pop(0)
        groups[team].append(name)
    return dict(groups)
