def group_by_team(names, teams):
    groups = {}
    for i, name in enumerate(names):
        groups.setdefault(teams[i], []).append(name)
    return groups
