def best_score(scores):
    try:
        return max(scores)
    except ValueError:
        return None


def score_line(player_name, scores):
    # `if not best` would break on a best score of 0, since 0 is falsy.
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
