from collections import defaultdict


def group_by_team(names, teams):
    # In JS I'd do names.forEach((name, i) => ...) and use teams[i].
    # In Python zip() walks both lists together, no index needed.

    # defaultdict(list) creates an empty list the first time we see a team,
    # so there is no "if (!groups[team]) groups[team] = []" check.
    groups = defaultdict(list)

    for name, team in zip(names, teams):
        groups[team].append(name)

    # turn it back into a normal dict so the caller doesn't get a
    # defaultdict that invents new keys when you look up a missing team
    return dict(groups)


if __name__ == "__main__":
    print(group_by_team(["Ada", "Grace", "Linus"], ["red", "blue", "red"]))
