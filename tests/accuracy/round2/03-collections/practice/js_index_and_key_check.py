def group_by_team(names, teams):
    result = {}
    for i in range(len(names)):
        teamName = teams[i]
        if teamName in result:
            result[teamName].append(names[i])
        else:
            result[teamName] = [names[i]]
    return result
