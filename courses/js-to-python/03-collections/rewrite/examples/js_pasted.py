function topTags(posts, limit) {
  const counts = {};
  posts
    .filter((post) => post.published)
    .forEach((post) => {
      for (const tag of post.tags) {
        counts[tag] = (counts[tag] || 0) + 1;
      }
    });
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit);
}
