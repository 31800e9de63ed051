foo(1 2)  # ERROR "Perhaps you forgot a comma"
