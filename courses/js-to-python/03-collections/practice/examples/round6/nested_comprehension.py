def group_by_team(names, teams):
    return {
        team: [name for name, t in zip(names, teams) if t == team]
        for team in teams
    }
