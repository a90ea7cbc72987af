def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    """Truthiness is wrong for the best score: 0 is falsy but real."""
    best = best_score(scores)
    if best != None:
        return f"{player_name}: best {best}"
    return f"{player_name}: no games yet"
