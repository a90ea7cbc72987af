def group_by_team(names, teams):
    groups = {}
    for name, team in zip(names, teams):
        if team not in groups:
            groups[team] = []
        groups[team].append(name)
    return groups
