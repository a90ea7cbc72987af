class UserCache:
    users = {}

    async def get(self, user_id):
        if user_id not in self.users:
            self.users[user_id] = await fetch_user(user_id)
        return self.users[user_id]


async def load_config_and_user(user_id):
    config = await load_config()
    user = await UserCache().get(user_id)
    return {"config": config, "user": user}
