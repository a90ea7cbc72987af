def best_score(scores):
    try:
        return max(scores)
    except ValueError:  # max() of an empty sequence
        return None


def score_line(player_name, scores):
    best = best_score(scores)
    # Truthiness would be the wrong test here: 0 is a legitimate best
    # score but `not 0` is True. Only None means "no games".
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
