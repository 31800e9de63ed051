# Python names that are Go keywords or predeclared identifiers, and unicode identifiers.
import asyncio

func = "func"
var = 1
type_ = "t"
chan, go, defer, select, struct, interface, package = 1, 2, 3, 4, 5, 6, 7
fallthrough, goto, switch, case, const, default, map_ = "ft", "gt", "sw", "cs", "cn", "df", "mp"
string, int64, error, nil, make, new, append, cap, copy, panic, recover, byte, rune = range(13)
iota, uint, complex64, any_, true, false = "iota", "uint", "c64", "any", "yes", "no"

def go_func(range_, chan, map=None, **kwargs):
    return f"{range_}-{chan}-{map}-{kwargs}"

π = 3.14159
café = "coffee"
変数 = "variable"
Δt = 0.5
naïve_count = 2
print(func, var, type_, chan, go, defer, select, struct, interface, package)
print(fallthrough, goto, switch, case, const, default, map_)
print(string, int64, error, nil, make, new, append, cap, copy, panic, recover, byte, rune)
print(iota, uint, complex64, any_, true, false)
print(go_func(1, 2), go_func("r", "c", map="m", select="s", type="t"))
print(π * 2, café.upper(), 変数, Δt * naïve_count)

async def defer_(chan):
    await asyncio.sleep(0.01)
    return chan * 2

async def main():
    go = await defer_(21)
    print("go =", go)

asyncio.run(main())
