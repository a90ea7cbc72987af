def best_score(scores):
    return max(scores, default=None)


def score_line(player_name, scores):
    best = best_score(scores)
    # not `if not best`: a best of 0 is falsy but is a real score
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
