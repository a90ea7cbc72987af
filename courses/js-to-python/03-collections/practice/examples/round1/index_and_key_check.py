def group_by_team(names, teams):
    result = {}
    for i in range(len(names)):
        team = teams[i]
        if not team in result:
            result[team] = []
        result[team].append(names[i])
    return result


if __name__ == "__main__":
    print(group_by_team(["Ada", "Grace", "Linus"], ["red", "blue", "red"]))
