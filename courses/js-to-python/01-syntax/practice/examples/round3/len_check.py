"""Explanation: 0 is falsy in Python, so testing the best score with
truthiness would call a player with a single 0 score 'no games yet'."""


def best_score(scores):
    if len(scores) == 0:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
