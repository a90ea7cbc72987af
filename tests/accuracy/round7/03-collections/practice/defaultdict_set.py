from collections import defaultdict


def group_by_team(names, teams):
    groups = defaultdict(set)
    for name, team in zip(names, teams):
        groups[team].add(name)
    return dict(groups)
