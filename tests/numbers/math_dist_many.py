# math.dist over many dimensions, many times: collections happen while it
# works (it used to keep its differences as float objects the collector
# could not see, and crashed).
import math
p = [i * 0.5 for i in range(20000)]
q = [i * 0.25 for i in range(20000)]
total = 0.0
for k in range(60):
    total += math.dist(p, q)
print(round(total, 6), math.dist(p[:3], q[:3]), math.hypot(*p[:5]))
