# truthiness would be wrong for the score because 0 is falsy (like in JS)

def best_score(scores):
    if len(scores) == 0:
        return None;
    maxScore = scores[0];
    for i in range(len(scores)):
        if scores[i] > maxScore:
            maxScore = scores[i];
    return maxScore;


def score_line(player_name, scores):
    bestScore = best_score(scores);
    if bestScore == None:
        return player_name + ": no games yet";
    return player_name + ": best " + str(bestScore);
