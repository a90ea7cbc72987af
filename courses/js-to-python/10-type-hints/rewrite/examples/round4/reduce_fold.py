from functools import reduce


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    def step(acc: dict[str, int], word: str) -> dict[str, int]:
        if min_length is None or len(word) >= min_length:
            acc[word] = acc.get(word, 0) + 1
        return acc

    return reduce(step, words, {})


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
