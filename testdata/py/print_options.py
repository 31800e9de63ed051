# print() keywords (sep, end, file, flush) and sys.stdout.write; stderr output does not disturb
# the order of stdout.
import sys

print("a", "b", "c", sep="-")
print("no newline", end="")
print(" ...continued")
print("x", 1, None, [2], sep="", end="|\n")
print()
print("to stderr", file=sys.stderr)
print(*range(5), sep=", ")
n = sys.stdout.write("written directly\n")
print("write returned", n)
print("flushed", flush=True)
sys.stderr.write("more stderr\n")
print("multi\nline", "args", sep="\n")
print("", end="")
print("end")
