def group_by_team(names, teams):
    """Group players by team.

    The two lists are walked together with zip; setdefault initialises each
    team's list the first time it is seen, so no key checks are needed.
    Neither input is modified.
    """
    teams_to_players = {}
    for player, team in zip(names, teams):
        teams_to_players.setdefault(team, []).append(player)
    return teams_to_players


if __name__ == "__main__":
    print(group_by_team(["Ada", "Grace", "Linus"], ["red", "blue", "red"]))
