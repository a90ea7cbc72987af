def best_score(scores):
    if scores is None:
        return None
    return max(scores)


def score_line(player_name, scores):
    # 0 is falsy, so I don't use truthiness on the best score
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
