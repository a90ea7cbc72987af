def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    # Don't use `if not best`: 0 is a valid score but falsy.
    best = best_score(scores)
    if best == None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
