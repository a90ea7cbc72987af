function countWords(words, minLength) {
  const counts = {};
  for (const word of words) {
    if (minLength !== undefined && word.length < minLength) {
      continue;
    }
    counts[word] = (counts[word] || 0) + 1;
  }
  return counts;
}
