def best_score(scores):
    """Return max(scores); returns None (implicitly) for an empty list."""
    if scores:
        return max(scores)


def score_line(player_name, scores):
    """Careful: 0 is falsy. `if best_score(scores)` would hide a 0 score,
    so compare with None explicitly."""
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
