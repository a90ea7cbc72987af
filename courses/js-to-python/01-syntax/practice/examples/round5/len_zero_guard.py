"""Your explanation: a score of 0 must not be mistaken for "no score", so
the best is compared with `is None`, never tested for truthiness."""


def best_score(scores):
    if len(scores) == 0:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
