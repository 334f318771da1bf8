s = "abc"
n = (s
     .nothing(1))
