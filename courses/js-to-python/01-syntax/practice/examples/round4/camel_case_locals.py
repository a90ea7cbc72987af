"""A zero score is falsy, so `if not bestScore` would treat a real 0 as missing."""


def best_score(scores):
    if not scores:
        return None
    highestScore = max(scores)
    return highestScore


def score_line(player_name, scores):
    bestScore = best_score(scores)
    if bestScore is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {bestScore}"
