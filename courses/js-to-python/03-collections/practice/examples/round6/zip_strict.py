from collections import defaultdict


def group_by_team(names, teams):
    """Group player names by team, keeping the order players appear in."""
    groups = defaultdict(list)
    for name, team in zip(names, teams, strict=True):
        groups[team].append(name)
    return dict(groups)
