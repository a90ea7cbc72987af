from functools import reduce


def group_by_team(names, teams):
    return reduce(
        lambda acc, pair: {**acc, pair[1]: acc.get(pair[1], []) + [pair[0]]},
        zip(names, teams),
        {},
    )


if __name__ == "__main__":
    print(group_by_team(["Ada", "Grace", "Linus"], ["red", "blue", "red"]))
