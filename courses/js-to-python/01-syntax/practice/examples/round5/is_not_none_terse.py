def best_score(scores):
    return max(scores) if scores else None


def score_line(player_name, scores):
    # Truthiness would be wrong here: a best score of 0 is falsy.
    best = best_score(scores)
    if best is not None:
        return f"{player_name}: best {best}"
    return f"{player_name}: no games yet"
