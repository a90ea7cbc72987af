from functools import reduce


def best_score(scores):
    if not scores:
        return None
    return reduce(lambda a, b: a if a > b else b, scores)


def score_line(player_name, scores):
    # truthiness on the result would swallow a best score of 0
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
