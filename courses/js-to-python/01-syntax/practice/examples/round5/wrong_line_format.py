def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    # can't use `if not best`: a best of 0 is falsy but real
    best = best_score(scores)
    if best is None:
        return f"{player_name}: No games yet!"
    return f"{player_name}: best score {best}"
