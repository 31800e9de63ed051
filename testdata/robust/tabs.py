import asyncio


async def work(n):
	total = 0
	for i in range(n):
		if i % 2:
			total += i
		else:
			total -= 1
	await asyncio.sleep(0.01)
	return total


async def main():
	results = await asyncio.gather(work(3), work(10))
	print(results)


asyncio.run(main())
