from collections import defaultdict


def group_by_team(names, teams):
    groups = defaultdict(list)
    for team in zip(teams):
        groups[team[0]].append(names.pop(0))
    return dict(groups)
