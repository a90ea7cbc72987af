def best_score(scores):
    if not scores:
        return None
    bestSoFar = scores[0]
    for s in scores:
        if s > bestSoFar:
            bestSoFar = s
    return bestSoFar


def score_line(player_name, scores):
    playerBest = best_score(scores)
    # a score of 0 is falsy, so "if not playerBest" would lie for a 0 score
    if playerBest is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {playerBest}"
