def group_by_team(names, teams):
    groups = {}
    for name, team in zip(names, teams):
        if groups.get(team) is None:
            groups[team] = []
        groups[team].append(name)
    return groups


if __name__ == "__main__":
    print(group_by_team(["Ada", "Grace", "Linus"], ["red", "blue", "red"]))
