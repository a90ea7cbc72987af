from collections import defaultdict


def group_by_team(names, teams):
    groups = defaultdict(list)
    result = dict(groups)
    for name, team in zip(names, teams):
        groups[team].append(name)
    return result
