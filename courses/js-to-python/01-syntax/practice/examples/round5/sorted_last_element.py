"""Explanation: truthiness is wrong for the best score because 0 is a valid
score and `not 0` is True. I only use truthiness on the list of scores."""


def best_score(scores):
    if not scores:
        return None
    ordered = sorted(scores)
    return ordered[-1]


def score_line(player_name, scores):
    top = best_score(scores)
    if top is not None:
        return f"{player_name}: best {top}"
    return f"{player_name}: no games yet"
