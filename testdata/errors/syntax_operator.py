x = 1 +  # ERROR "invalid syntax"
