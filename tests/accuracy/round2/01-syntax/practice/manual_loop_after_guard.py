def best_score(scores):
    if not scores:
        return None
    best = scores[0]
    for score in scores[1:]:
        if score > best:
            best = score
    return best


def score_line(player_name, scores):
    best = best_score(scores)
    # not `if not best`: a best of 0 is a real score but 0 is falsy
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"
