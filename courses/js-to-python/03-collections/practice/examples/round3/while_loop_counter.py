def group_by_team(names, teams):
    result = {}
    i = 0
    while i < len(names):
        team = teams[i]
        if result.get(team) is None:
            result[team] = []
        result[team].append(names[i])
        i += 1
    return result
