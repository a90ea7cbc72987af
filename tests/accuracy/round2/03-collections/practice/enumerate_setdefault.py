def group_by_team(names, teams):
    groups = {}
    for i, team in enumerate(teams):
        groups.setdefault(team, []).append(names[i])
    return groups
