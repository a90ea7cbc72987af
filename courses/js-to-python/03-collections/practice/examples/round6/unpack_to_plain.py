from collections import defaultdict


def group_by_team(names, teams):
    groups = defaultdict(list)
    for name, team in zip(names, teams):
        groups[team].append(name)
    return {**groups}
