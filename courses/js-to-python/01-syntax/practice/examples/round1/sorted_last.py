"""Lesson 01 · Practice

Your explanation: truthiness works for the list (empty = no games) but not
for the score, since a top score of zero would read as False.
"""


def best_score(scores):
    if not scores:
        return None
    return sorted(scores)[-1]


def score_line(player_name, scores):
    best = best_score(scores)
    return f"{player_name}: no games yet" if best is None else f"{player_name}: best {best}"


if __name__ == "__main__":
    print(score_line("ada", [4, 9, 2]))
    print(score_line("grace", [0]))
    print(score_line("linus", []))
