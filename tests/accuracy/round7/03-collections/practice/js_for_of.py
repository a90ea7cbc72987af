def group_by_team(names, teams):
    groups = {}
    for (const [name, team] of zip(names, teams)):
        groups.setdefault(team, []).append(name)
    return groups
