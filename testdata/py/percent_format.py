# printf-style % formatting of strings.
name, n, x = "world", 42, 3.14159
print("hello %s" % name)
print("%d items, %5d|, %-5d|, %05d, %+d" % (n, n, n, n, n))
print("%f %.2f %8.3f| %-8.1f| %e %g" % (x, x, x, x, x, x))
print("%s %r %s %r" % ("s", "s", [1, "a"], (1,)))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("100%% sure, %c%c" % (72, "i"))
print("%(a)s and %(b)05.1f" % {"a": "dict", "b": 2.25})
print("%s" % (1, ) + "|" + "%s" % [1, 2])
print("%3s|%-3s|%.2s" % ("a", "b", "xyz"))
print("%i %u" % (7, 8), "%s" % None, "%s %s" % (True, 1.0))
print("Total time elapsed: %.2f seconds" % (3.1 - 0.0))
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
