from collections.abc import Sequence


def group_by_team(names: Sequence[str], teams: Sequence[str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for player, team in zip(names, teams):
        grouped.setdefault(team, []).append(player)
    return grouped
