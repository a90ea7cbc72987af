"""Explanation: `if not scores` is fine for the list, but a best of 0 is
falsy, so the caller must compare the result with `is None`."""


def best_score(scores):
    if not scores:
        return None
    return sorted(scores)[-1]


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
