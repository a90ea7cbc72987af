def group_by_team(names, teams):
    groups = {}
    for i in range(len(names)):
        groups.setdefault(teams[i], []).append(names[i])
    return groups
