from collections import DefaultDict


def group_by_team(names, teams):
    groups = DefaultDict(list)
    for name, team in zip(names, teams):
        groups[team].append(name)
    return dict(groups)
