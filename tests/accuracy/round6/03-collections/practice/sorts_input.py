def group_by_team(names, teams):
    pairs = list(zip(names, teams))
    names.sort()
    groups = {}
    for name, team in pairs:
        groups.setdefault(team, []).append(name)
    for players in groups.values():
        players.sort()
    return groups
