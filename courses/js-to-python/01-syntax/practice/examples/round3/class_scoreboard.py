class PlayerScores:
    """Wraps a player's scores.

    A score of 0 is real, so `best` is compared with `is None`: truthiness
    would mistake a 0 best for "no games".
    """

    def __init__(self, name, scores):
        self.name = name
        self.scores = list(scores)

    @property
    def best(self):
        if not self.scores:
            return None
        return max(self.scores)

    def line(self):
        if self.best is None:
            return f"{self.name}: no games yet"
        return f"{self.name}: best {self.best}"


def best_score(scores):
    return PlayerScores("", scores).best


def score_line(player_name, scores):
    return PlayerScores(player_name, scores).line()
