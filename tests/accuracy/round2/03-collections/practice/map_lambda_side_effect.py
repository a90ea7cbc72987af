from collections import defaultdict


def group_by_team(names, teams):
    groups = defaultdict(list)
    list(map(lambda pair: groups[pair[1]].append(pair[0]), zip(names, teams)))
    return dict(groups)
