def group_by_team(names, teams):
    groups = {team: [] for team in teams}
    for name, team in zip(names, teams):
        groups[team].append(name)
    return groups
