from functools import reduce

# A 0 score is falsy: testing `if not best` would hide a real score of 0,
# so the best score is compared with `is None` instead.


def best_score(scores):
    if not scores:
        return None
    return reduce(lambda a, b: a if a >= b else b, scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
