# If I had written `if not best:` a score of 0 would count as "no games",
# because 0 is falsy. So: truthiness for the list, `is None` for the best.


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return player_name + ": no games yet"
    return player_name + ": best " + str(best)
