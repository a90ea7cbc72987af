"""Lesson 01 · Practice

Your explanation: 0 counts as a score. Using truthiness on the best score
(`if not best`) would confuse a best of 0 with having no score at all.
"""


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
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
