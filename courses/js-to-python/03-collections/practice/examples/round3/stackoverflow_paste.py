import collections
import itertools  # noqa


def group_by_team(names, teams):
    d = collections.defaultdict(list)
    for k, v in zip(teams, names):
        d[k].append(v)
    return dict(d)
