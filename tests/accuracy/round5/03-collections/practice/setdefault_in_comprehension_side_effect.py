def group_by_team(names, teams):
    groups = {}
    return [groups.setdefault(team, []).append(name) for name, team in zip(names, teams)]
