from collections import defaultdict


def group_by_team(names, teams):
    result = defaultdict(list)
    for team, name in zip(teams, names):
        result[team].append(name)
    return dict(result)
