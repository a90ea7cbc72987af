def group_by_team(names, teams):
    result = {}
    i = 0
    while i < len(names):
        result.setdefault(teams[i], []).append(names[i])
        i += 1
    return result
