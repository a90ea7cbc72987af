from collections import defaultdict


def group_by_team(names, teams):
    names, teams = tuple(names), tuple(teams)  # never touch the caller's lists
    if len(names) != len(teams):
        raise ValueError("names and teams must have the same length")
    teams_to_players = defaultdict(list)
    for name, team in zip(names, teams):
        teams_to_players[team].append(name)
    return dict(teams_to_players)
