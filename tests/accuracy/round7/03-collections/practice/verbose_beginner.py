def group_by_team(names, teams):
    # result maps each team to its players
    result = {}
    for player_name, team_name in zip(names, teams):
        players = result.setdefault(team_name, [])
        players.append(player_name)
    return result
