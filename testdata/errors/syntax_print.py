print "hello"  # ERROR "Missing parentheses in call to 'print'"
