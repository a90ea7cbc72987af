def group_by_team(names, teams):
    groups = {}
    for name, team in zip(names, teams):
        groups[team] = groups.get(team, []) + [name]
    return groups
