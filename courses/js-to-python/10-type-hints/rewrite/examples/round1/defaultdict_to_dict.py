from collections import defaultdict


def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    # defaultdict saves the "initialise to 0" dance; hand back an ordinary dict
    counts: defaultdict[str, int] = defaultdict(int)
    for word in words:
        if min_length is not None and len(word) < min_length:
            continue
        counts[word] += 1
    return dict(counts)


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
