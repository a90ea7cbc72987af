def best_score(scores):
    # max() raises on an empty list unless it gets a default
    return max(scores, default=None)


def score_line(player_name, scores):
    best = best_score(scores)
    # NOT `if not best`: a best of 0 is falsy but is a real score,
    # so only None means "no games"
    if best is not None:
        return f"{player_name}: best {best}"
    return f"{player_name}: no games yet"
