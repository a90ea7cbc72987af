"""Lesson 01 · Practice

Explanation: an empty list is falsy, which is exactly the behaviour we want
for "no games". But a best score of 0 is also falsy, so if score_line
checked `if not best` it would wrongly say a player who scored 0 hasn't
played. Hence `is None` there: it recognises only the real absence of a score.
"""


def best_score(scores):
    if not scores:
        return None
    return max(scores)


def score_line(player_name, scores):
    best = best_score(scores)
    if best is None:
        return f"{player_name}: no games yet"
    return f"{player_name}: best {best}"


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
