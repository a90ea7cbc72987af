from dataclasses import dataclass, field


@dataclass
class WordCounter:
    min_length: int | None = None
    counts: dict[str, int] = field(default_factory=dict)

    def accepts(self, word: str) -> bool:
        return self.min_length is None or len(word) >= self.min_length

    def add(self, word: str) -> None:
        if self.accepts(word):
            self.counts[word] = self.counts.get(word, 0) + 1


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    counter = WordCounter(min_length)
    for word in words:
        counter.add(word)
    return counter.counts
