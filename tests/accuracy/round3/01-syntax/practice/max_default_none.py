# `if not best` would treat a real 0 as missing, so compare with None.
def best_score(scores):
    return max(scores, default=None)


def score_line(player_name, scores):
    best = best_score(scores)
    return f"{player_name}: no games yet" if best is None else f"{player_name}: best {best}"
