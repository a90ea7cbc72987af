"""Truthiness would be wrong for a 0 best score (0 is falsy); I use is None."""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games played yet"
    return f"{player_name}: best score {best}"
