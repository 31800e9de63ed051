# Python names that collide with Go keywords, predeclared names and each other
import asyncio

def len_(x):
    return x

string = "s"
nil = None
func = 1
type_ = "t"
go = 2
select = 3
map_ = {}
say_after = "snake"
sayAfter = "camel"
main_ = "m"
_ = "underscore"
__dunder = "d"
print(string, nil, func, type_, go, select, map_, say_after, sayAfter, main_, _, __dunder)

async def range_(n):
    return list(range(n))

async def main():
    var = await range_(3)
    chan = [i for i in var]
    interface = len(chan)
    print(var, chan, interface, len_(5))

if __name__ == "__main__":
    asyncio.run(main())
