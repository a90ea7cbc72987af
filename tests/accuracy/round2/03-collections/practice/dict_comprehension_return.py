from collections import defaultdict


def group_by_team(names, teams):
    grouped = defaultdict(list)
    for player, team in zip(names, teams):
        grouped[team].append(player)
    return {team: players for team, players in grouped.items()}
