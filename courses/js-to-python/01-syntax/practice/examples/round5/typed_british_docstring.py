from typing import Optional


def best_score(scores: list[int]) -> Optional[int]:
    """Return the highest score, or None when no games have been played."""
    if not scores:
        return None
    return max(scores)


def score_line(player_name: str, scores: list[int]) -> str:
    """Summarise a player's best result.

    Behaviour note: I deliberately avoid `if not best` here. A nought is a
    perfectly valid score but it is falsy, so truthiness would wrongly
    categorise a player whose best is 0 as having no games.
    """
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
