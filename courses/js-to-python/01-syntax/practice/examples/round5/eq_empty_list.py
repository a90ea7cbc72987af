def best_score(scores):
    if scores == []:
        return None
    return max(scores)


def score_line(player_name, scores):
    # a 0 score is falsy, so `if not best` would drop it; compare to None
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
