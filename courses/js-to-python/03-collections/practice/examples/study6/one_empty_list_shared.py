def group_by_team(names, teams):
    no_players = []
    groups = {}
    for name, team in zip(names, teams):
        groups.setdefault(team, no_players).append(name)
    return groups
