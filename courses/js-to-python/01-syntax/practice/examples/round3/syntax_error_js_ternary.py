def best_score(scores):
    return None if not scores else max(scores)


def score_line(player_name, scores):
    # 0 is falsy so truthiness is wrong for the best score
    best = best_score(scores)
    return best is None ? f"{player_name}: no games yet" : f"{player_name}: best {best}"
