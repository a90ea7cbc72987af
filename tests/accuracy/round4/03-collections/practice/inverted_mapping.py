def group_by_team(names, teams):
    # each player mapped to their team
    return dict(zip(names, teams))
