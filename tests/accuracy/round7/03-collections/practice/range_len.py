from collections import defaultdict


def group_by_team(names, teams):
    groups = defaultdict(list)
    for i in range(len(names)):
        groups[teams[i]].append(names[i])
    return dict(groups)
