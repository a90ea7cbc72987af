from collections import defaultdict


def group_by_team(names, teams):
    """Group player names by team, keeping the order they were given."""
    by_team = defaultdict(list)
    for name, team in zip(names, teams, strict=True):
        by_team[team].append(name)
    return dict(by_team)
