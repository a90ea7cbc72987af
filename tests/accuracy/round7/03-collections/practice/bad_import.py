from collections import defaultdic


def group_by_team(names, teams):
    groups = defaultdic(list)
    for name, team in zip(names, teams):
        groups[team].append(name)
    return dict(groups)
