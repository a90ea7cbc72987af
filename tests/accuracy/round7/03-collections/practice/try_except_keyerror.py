def group_by_team(names, teams):
    groups = {}
    for name, team in zip(names, teams):
        try:
            groups[team].append(name)
        except KeyError:
            groups[team] = [name]
    return groups
