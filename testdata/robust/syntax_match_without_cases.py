# A match with no case block: CPython expects an indented block after it.
def route(command):
    match command:

    print("unreachable")


route("go")
