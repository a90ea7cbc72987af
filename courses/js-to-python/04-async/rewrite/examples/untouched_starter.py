"""Lesson 04 · Rewrite

Rewrite this Promise-based Node flow in Python async code, without making the
design more asynchronous than it needs to be:

    async function loadConfigAndUser(id) {
      const config = await loadConfig();
      const user = await fetchUser(id);
      return { config, user };
    }

Write `load_config_and_user` below.  The two helpers are simple stand-ins so
the file runs on its own; `idiom check` replaces them with recording versions.
"""
import asyncio


async def load_config():
    await asyncio.sleep(0.01)
    return {"theme": "dark", "page_size": 20}


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def load_config_and_user(user_id):
    # Your Python here.
    pass


if __name__ == "__main__":
    print(asyncio.run(load_config_and_user(42)))
