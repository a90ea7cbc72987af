from collections import defaultdict


def group_by_team(names, teams):
    teams_to_players = defaultdict(list)
    for player, team in zip(names, teams):
        teams_to_players[team].append(player)
    return {team: players for team, players in teams_to_players.items()}
