class WordCounter:
    def __init__(self, min_length: int | None = None) -> None:
        self.min_length = min_length

    def keeps(self, word: str) -> bool:
        return self.min_length is None or len(word) >= self.min_length

    def count(self, words: list[str]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for word in filter(self.keeps, words):
            counts[word] = counts.get(word, 0) + 1
        return counts


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    return WordCounter(min_length).count(words)


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
