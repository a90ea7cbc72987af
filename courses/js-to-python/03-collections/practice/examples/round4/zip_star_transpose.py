from collections import defaultdict


def group_by_team(names, teams):
    pairs = zip(*[names, teams])
    teams_to_players = defaultdict(list)
    for player, team in pairs:
        teams_to_players[team].append(player)
    return dict(teams_to_players)
