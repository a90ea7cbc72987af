from collections import defaultdict


def group_by_team(names, teams):
    groups = defaultdict(list)
    for team, name in zip(teams, names):
        groups[team].append(name)
    return {team: players for team, players in groups.items()}
