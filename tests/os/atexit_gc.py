# atexit callbacks run after the main program, last registered first; gc basics.
import atexit, gc, sys
n0 = atexit._ncallbacks()

def bye(name, punct='!'):
    print('bye', name + punct)
def boom():
    1 / 0
def never():
    print('never')

atexit.register(bye, 'first')
atexit.register(boom)
r = atexit.register(bye, 'second', punct='?')
print(r is bye)
atexit.register(never)
atexit.unregister(never)
print(atexit._ncallbacks() - n0)
try:
    atexit.register(3)
except TypeError as e:
    print(e)

print(gc.collect(), gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(1000, 20); print(gc.get_threshold()); gc.set_threshold(700, 10, 10)
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({1: 'a'}), gc.is_tracked({1: []}), gc.is_tracked((1, 2)), gc.is_tracked(([],)))
events = []
def cb(phase, info):
    events.append((phase, info['generation']))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events, gc.garbage, type(gc.get_objects()), len(gc.get_count()), gc.get_freeze_count())
gc.freeze(); gc.unfreeze()
print(gc.DEBUG_LEAK, gc.DEBUG_SAVEALL)
print('main done')
