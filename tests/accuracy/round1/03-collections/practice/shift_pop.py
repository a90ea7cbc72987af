def group_by_team(names, teams):
    groups = {}
    while names:
        name = names.pop(0)
        team = teams.pop(0)
        groups.setdefault(team, []).append(name)
    return groups


if __name__ == "__main__":
    print(group_by_team(["Ada", "Grace", "Linus"], ["red", "blue", "red"]))
