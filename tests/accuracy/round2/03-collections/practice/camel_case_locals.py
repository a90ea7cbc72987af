def group_by_team(names, teams):
    teamMap = {}
    for playerName, teamName in zip(names, teams):
        teamMap.setdefault(teamName, []).append(playerName)
    return teamMap
