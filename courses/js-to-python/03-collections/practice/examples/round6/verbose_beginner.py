def group_by_team(names, teams):
    # the result: team name -> list of player names
    result = {}

    # zip walks both lists at the same time
    for player_name, team_name in zip(names, teams):
        # setdefault gives back the existing list, or puts an empty one in first
        team_list = result.setdefault(team_name, [])
        team_list.append(player_name)

    return result
