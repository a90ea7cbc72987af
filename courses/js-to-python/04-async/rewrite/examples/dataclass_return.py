import asyncio
from dataclasses import dataclass


@dataclass
class ConfigAndUser:
    config: dict
    user: dict


async def load_config_and_user(user_id):
    config = await load_config()
    user = await fetch_user(user_id)
    return ConfigAndUser(config=config, user=user)
