class WordCounter:
    def __init__(self, min_length: int | None = None) -> None:
        self.min_length = min_length
        self.counts: dict[str, int] = {}

    def keeps(self, word: str) -> bool:
        return self.min_length is None or len(word) >= self.min_length

    def add(self, word: str) -> None:
        if self.keeps(word):
            self.counts[word] = self.counts.get(word, 0) + 1


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    counter = WordCounter(min_length)
    for word in words:
        counter.add(word)
    return counter.counts


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
