# sys.exit with an int code: finally blocks run, stdout is flushed, the status is the code.
import sys

def work():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("cleanup")

try:
    work()
except SystemExit as e:
    print("caught SystemExit", e.code)

print("exiting for real")
sys.exit(4)
print("never printed")
