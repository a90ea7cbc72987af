import collections


def group_by_team(names, teams):
    # zip pairs each playr with thier team
    grouped = collections.defaultdict(list)
    for name, team in zip(names, teams):
        grouped[team].append(name)
    return dict(grouped)  # plain dict for the caler


if __name__ == "__main__":
    print(group_by_team(["Ada", "Grace", "Linus"], ["red", "blue", "red"]))
