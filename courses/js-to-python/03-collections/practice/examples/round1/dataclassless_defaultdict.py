from collections import defaultdict


def group_by_team(names, teams):
    players_by_team = defaultdict(list)
    pairs = zip(names, teams)
    for name, team in pairs:
        players_by_team[team] += [name]
    return dict(players_by_team)


if __name__ == "__main__":
    print(group_by_team(["Ada", "Grace", "Linus"], ["red", "blue", "red"]))
