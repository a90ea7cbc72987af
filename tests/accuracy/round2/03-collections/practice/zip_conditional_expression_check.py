def group_by_team(names, teams):
    groups = {}
    for name, team in zip(names, teams):
        groups[team] = groups[team] + [name] if team in groups else [name]
    return groups
