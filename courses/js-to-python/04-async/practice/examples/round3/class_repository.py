"""Your explanation: I'd only reach for asyncio when the service spends its
time waiting on many concurrent I/O calls; for a one-shot script or CPU
work a regular synchronous function is easier to follow."""
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.01)
    return {"id": user_id, "name": "Ada"}


async def fetch_posts(user_id):
    await asyncio.sleep(0.01)
    return [{"id": 1, "title": "Hello"}, {"id": 2, "title": "Again"}]


class UserRepository:
    async def user(self, user_id):
        return await fetch_user(user_id)

    async def posts(self, user_id):
        return await fetch_posts(user_id)

    async def user_with_posts(self, user_id):
        user, posts = await asyncio.gather(self.user(user_id), self.posts(user_id))
        return {"user": user, "posts": posts}


async def load_user_and_posts(user_id):
    return await UserRepository().user_with_posts(user_id)


if __name__ == "__main__":
    print(asyncio.run(load_user_and_posts(42)))
