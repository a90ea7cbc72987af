from collections import defaultdict

_groups = defaultdict(list)


def group_by_team(names, teams):
    for name, team in zip(names, teams):
        _groups[team].append(name)
    return dict(_groups)
