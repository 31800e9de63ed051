print("a")
return 1
