def group_by_team(names, teams):
    groups = dict.fromkeys(teams, [])
    for name, team in zip(names, teams):
        groups[team].append(name)
    return groups
