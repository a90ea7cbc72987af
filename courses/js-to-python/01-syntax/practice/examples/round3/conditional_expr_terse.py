def best_score(scores):
    return max(scores) if scores else None


def score_line(player_name, scores):
    best = best_score(scores)  # may be 0: falsy but real, hence `is None`
    return f"{player_name}: no games yet" if best is None else f"{player_name}: best {best}"
