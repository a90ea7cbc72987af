def best_score(scores):
    """Highest score, or None for a player with no games."""
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    """Format the leaderboard line.

    Careful: `if not best_score(scores)` would be wrong here, because a best
    score of 0 is falsy and the player would show up as "no games yet".
    """
    if (best := best_score(scores)) is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
