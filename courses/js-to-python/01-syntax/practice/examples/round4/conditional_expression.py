def best_score(scores):
    return max(scores) if scores else None


def score_line(player_name, scores):
    best = best_score(scores)
    # `if not best` would call a 0 score "no games yet"; test for None instead.
    return f"{player_name}: no games yet" if best is None else f"{player_name}: best {best}"
