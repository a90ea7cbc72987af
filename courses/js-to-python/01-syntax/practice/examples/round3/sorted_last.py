def best_score(scores):
    if not scores:
        return None
    return sorted(scores)[-1]


def score_line(player_name, scores):
    # Truthiness would be the wrong test on `best`: 0 is a real score and falsy.
    best = best_score(scores)
    if best is not None:
        return f"{player_name}: best {best}"
    return f"{player_name}: no games yet"
