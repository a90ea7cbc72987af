from collections import defaultdict


def group_by_team(names, teams):
    if len(names) != len(teams):
        raise ValueError("names and teams must have the same length")
    grouped = defaultdict(list)
    for name, team in zip(names, teams):
        grouped[team].append(name)
    return dict(grouped)
