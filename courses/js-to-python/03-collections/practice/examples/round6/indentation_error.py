def group_by_team(names, teams):
    groups = {}
    for name, team in zip(names, teams):
        groups.setdefault(team, []).append(name)
      return groups
