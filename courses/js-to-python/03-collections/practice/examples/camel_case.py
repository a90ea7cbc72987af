from collections import defaultdict


def groupByTeam(names, teams):
    teamMembers = defaultdict(list)
    for name, team in zip(names, teams):
        teamMembers[team].append(name)
    return dict(teamMembers)
