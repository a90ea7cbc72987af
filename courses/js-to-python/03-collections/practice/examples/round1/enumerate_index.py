def group_by_team(names, teams):
    groups = {}
    for i, name in enumerate(names):
        groups.setdefault(teams[i], []).append(name)
    return groups


if __name__ == "__main__":
    print(group_by_team(["Ada", "Grace", "Linus"], ["red", "blue", "red"]))
