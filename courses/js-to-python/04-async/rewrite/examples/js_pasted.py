import asyncio


async function loadConfigAndUser(id) {
  const config = await loadConfig();
  const user = await fetchUser(id);
  return { config, user };
}
