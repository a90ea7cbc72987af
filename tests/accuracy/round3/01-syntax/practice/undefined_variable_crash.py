def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    # `if not best` would hide a 0 best score; use is None
    best = best_score(scores_list)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
