import collections


def group_by_team(names, teams):
    grouped = collections.defaultdict(lambda: [])
    for name, team in zip(names, teams):
        grouped[team].append(name)
    return dict(grouped)
