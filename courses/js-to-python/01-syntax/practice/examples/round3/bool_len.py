def best_score(scores):
    if not len(scores):
        return None
    return max(scores)


def score_line(player_name, scores):
    # a best score of 0 is falsy: truthiness would wrongly say "no games yet"
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
