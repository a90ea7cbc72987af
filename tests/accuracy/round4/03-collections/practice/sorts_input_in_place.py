from collections import defaultdict


def group_by_team(names, teams):
    # alphabetical team order in the result
    teams.sort()
    groups = defaultdict(list)
    for name, team in zip(names, teams):
        groups[team].append(name)
    return dict(groups)
