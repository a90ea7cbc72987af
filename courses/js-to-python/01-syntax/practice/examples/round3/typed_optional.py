from typing import Optional


def best_score(scores: list[int]) -> Optional[int]:
    if not scores:
        return None
    return max(scores)


def score_line(player_name: str, scores: list[int]) -> str:
    """Return the player's summary line.

    Note: `if not best:` would be wrong, because a best score of 0 is falsy
    and must still be reported.
    """
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
