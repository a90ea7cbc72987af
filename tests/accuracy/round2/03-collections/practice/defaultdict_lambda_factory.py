from collections import defaultdict


def group_by_team(names, teams):
    teams_to_players = defaultdict(lambda: [])
    for name, team in zip(names, teams):
        teams_to_players[team].append(name)
    return dict(teams_to_players)
