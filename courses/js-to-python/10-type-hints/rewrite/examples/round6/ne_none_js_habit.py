def count_words(words: list[str], min_length: int | None = None) -> dict[str, int]:
    counts = {}
    for word in words:
        if min_length != None and len(word) < min_length:
            continue
        if word in counts:
            counts[word] = counts[word] + 1
        else:
            counts[word] = 1
    return counts


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"]))
