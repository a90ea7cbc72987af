from collections import defaultdict


def group_by_team(names, teams):
    teamMap = defaultdict(list)
    for playerName, teamName in zip(names, teams):
        teamMap[teamName].append(playerName)
    return dict(teamMap)
