from collections import defaultdict


def group_by_team(names, teams):
    # defaultdict(list) creates an empty list the first time we see a team,
    # so I don't need "if team not in groups" like in JavaScript.
    groups = defaultdict(list)

    # zip walks both lists together: ("Ada", "red"), ("Grace", "blue"), ...
    for player_name, team_name in zip(names, teams):
        groups[team_name].append(player_name)

    # Convert back to a normal dict so callers don't get surprise keys.
    return dict(groups)
