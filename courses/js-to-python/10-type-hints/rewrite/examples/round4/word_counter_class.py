class WordCounter:
    """Counts words, optionally ignoring short ones."""

    def __init__(self, min_length: int | None = None) -> None:
        self.min_length = min_length
        self._counts: dict[str, int] = {}

    def accepts(self, word: str) -> bool:
        return self.min_length is None or len(word) >= self.min_length

    def add(self, word: str) -> None:
        if self.accepts(word):
            self._counts[word] = self._counts.get(word, 0) + 1

    def result(self) -> dict[str, int]:
        return dict(self._counts)


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    counter = WordCounter(min_length)
    for word in words:
        counter.add(word)
    return counter.result()


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
