def group_by_team(names, teams):
    groups = {}
    while names:
        name = names.pop(0)
        team = teams.pop(0)
        groups.setdefault(team, []).append(name)
    return groups
