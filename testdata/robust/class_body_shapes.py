import asyncio

size = 10
print = print


class Config:
    size = size * 2
    names = ["a", "b"]
    for n in names:
        locals_ok = n
    if size > 5:
        mode = "big"
    else:
        mode = "small"
    del n
    doubled = [x * 2 for x in range(3)]
    label = "cfg"
    label = label.upper()

    class Inner:
        value = 3

        def get(self):
            return self.value

    def show(self):
        return (self.size, self.mode, self.locals_ok, self.doubled, self.label, self.Inner().get())


class Config(Config):
    mode = "override"


def swap(cls):
    return "replaced " + cls.__name__


@swap
class Gone:
    pass


async def main():
    c = Config()
    print(c.show(), Config.Inner.__qualname__, Gone, size)
    try:
        Config.n
    except AttributeError as e:
        print(e)

asyncio.run(main())
