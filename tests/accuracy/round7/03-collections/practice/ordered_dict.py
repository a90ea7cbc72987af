from collections import OrderedDict


def group_by_team(names, teams):
    groups = OrderedDict()
    for name, team in zip(names, teams):
        groups.setdefault(team, []).append(name)
    return groups
