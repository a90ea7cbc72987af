def best_score(scores):
    # max() with a default covers the empty list: no games, no best score.
    return max(scores, default=None)


def score_line(player_name, scores):
    best = best_score(scores)
    # `if not best` would be wrong here: a best score of 0 is falsy too,
    # so I check for the missing value with `is None`.
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
