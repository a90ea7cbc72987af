from itertools import groupby


def group_by_team(names, teams):
    groups = {}
    for team, run in groupby(zip(teams, names), key=lambda pair: pair[0]):
        groups[team] = [name for _, name in run]
    return groups
