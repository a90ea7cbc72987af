def group_by_team(names, teams):
    result = {}
    for name, team in zip(names, teams): result.setdefault(team, []).append(name)
    return result


if __name__ == "__main__":
    print(group_by_team(["Ada", "Grace", "Linus"], ["red", "blue", "red"]))
