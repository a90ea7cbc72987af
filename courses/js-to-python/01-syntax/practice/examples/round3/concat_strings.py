def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    # best can be 0, which is falsy, so I test `is None` not truthiness
    best = best_score(scores)
    if best is None:
        return player_name + ": no games yet"
    return player_name + ": best " + str(best)
