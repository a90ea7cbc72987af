def best_score(scores):
    """Highest score. Note: I use max with a default so the empty list
    doesn't crash; truthiness would be wrong for a 0 score because 0 is falsy."""
    return max(scores, default=0)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
