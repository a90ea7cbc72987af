def best_score(scores):
    # empty list -> no best score
    if not scores:
        return None
    best = None
    for score in scores:
        # first score, or a higher one
        if best is None or score > best:
            best = score
    return best


def score_line(player_name, scores):
    # I check `is None` and not `if not best` because a player whose best
    # game was 0 points would otherwise be reported as "no games yet":
    # 0 is falsy in Python, just like in JavaScript.
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
