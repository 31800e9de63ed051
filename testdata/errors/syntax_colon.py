import asyncio

if asyncio  # ERROR "expected ':'"
    pass
