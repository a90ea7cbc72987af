from functools import reduce


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    def keep(word: str) -> bool:
        return min_length is None or len(word) >= min_length

    return reduce(
        lambda acc, word: {**acc, word: acc.get(word, 0) + 1},
        filter(keep, words),
        {},
    )


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
