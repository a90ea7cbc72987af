import collections


def group_by_team(names, teams):
    result = collections.defaultdict(lambda: [])
    for n, t in zip(names, teams):
        result[t].append(n)
    return dict(result)
