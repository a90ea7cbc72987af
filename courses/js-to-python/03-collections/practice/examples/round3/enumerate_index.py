def group_by_team(names, teams):
    result = {}
    for i, name in enumerate(names):
        result.setdefault(teams[i], []).append(name)
    return result
