def group_by_team(names, teams):
    return dict(zip(teams, names))
