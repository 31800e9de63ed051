# sys.exit with a string: it goes to stderr and the status is 1.
import sys
print("before exit")
sys.exit("fatal: configuration missing")
