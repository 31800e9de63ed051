# CPython: "too many statically nested blocks" past 20 loop/try/with blocks in one function.
# Loops count one each; `if` counts nothing; an except body runs under two blocks.
async def deep():
    for i0 in range(1):
        for i1 in range(1):
            for i2 in range(1):
                for i3 in range(1):
                    for i4 in range(1):
                        for i5 in range(1):
                            for i6 in range(1):
                                for i7 in range(1):
                                    for i8 in range(1):
                                        for i9 in range(1):
                                            for i10 in range(1):
                                                for i11 in range(1):
                                                    for i12 in range(1):
                                                        for i13 in range(1):
                                                            for i14 in range(1):
                                                                for i15 in range(1):
                                                                    for i16 in range(1):
                                                                        for i17 in range(1):
                                                                            for i18 in range(1):
                                                                                for i19 in range(1):
                                                                                    while True:  # ERROR "too many statically nested blocks"
                                                                                        pass

async def fine():
    while i0:
        if True:
            while i2:
                if True:
                    while i4:
                        if True:
                            while i6:
                                if True:
                                    while i8:
                                        if True:
                                            while i10:
                                                if True:
                                                    while i12:
                                                        if True:
                                                            while i14:
                                                                if True:
                                                                    while i16:
                                                                        if True:
                                                                            while i18:
                                                                                if True:
                                                                                    pass
