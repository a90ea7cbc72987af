def group_by_team(names, teams):
    if len(names) != len(teams):
        raise ValueError("names and teams must be the same length")
    groups = {}
    for name, team in zip(names, teams):
        groups.setdefault(team, []).append(name)
    return groups


if __name__ == "__main__":
    print(group_by_team(["Ada", "Grace", "Linus"], ["red", "blue", "red"]))
