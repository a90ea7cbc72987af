def count_words(words, min_length):
    # type: (list, int) -> dict
    result = {}
    for word in words:
        tooShort = min_length is not None and len(word) < min_length
        if tooShort:
            continue
        result[word] = result.get(word, 0) + 1
    return result


if __name__ == "__main__":
    print(count_words(["to", "be", "or", "not", "to", "be"], None))
