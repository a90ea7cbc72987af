# A 0 score is falsy, which is why score_line checks `is None` and not `not best`.


def best_score(scores):
    try:
        return max(scores)
    except ValueError:
        return None


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
