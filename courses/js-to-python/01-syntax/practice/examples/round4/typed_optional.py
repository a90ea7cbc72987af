from typing import Optional


def best_score(scores: list[int]) -> Optional[int]:
    """Return the highest score, or None when no games were played."""
    if not scores:
        return None
    return max(scores)


def score_line(player_name: str, scores: list[int]) -> str:
    """Describe a player's best game.

    The check is `best is None`, not `not best`: truthiness would treat a
    best score of 0 as if the player had never played.
    """
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
