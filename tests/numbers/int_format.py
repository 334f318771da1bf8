specs = ['', 'd', 'x', 'X', 'o', 'b', '#x', '#X', '#o', '#b', ',', '_', '_x', '_b', '10', '<10', '^10', '=10', '010', '+', ' ',
         '+010,', '*^+12,', '#010x', '-', 'n', 'e', '.2e', 'f', '.1f', 'g', '%', '.0%', 'E', 'G', '08,', '09_', '020_x', '#_o']
vals = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64, -(2**100), True]
for v in vals:
    print(v, [format(v, s) for s in specs])
print(format(65, 'c'), format(0x263a, 'c'), format(65, '>5c'), format(65, '<3c'))
print('{:,}'.format(10**20), '{:_}'.format(-10**20), '{:x}'.format(2**128), f'{255:#06x}', f'{-5:05d}', f'{5:=+5}')
print(str(True), repr(False), format(False), format(True, '^7'), format(True, 'd'), format(False, '03'))
for bad in ['s', ',x', '_c', '.2', 'z', '#c', '+c', '.', '5.5.5', ',_', '1000000000000000000000', 'a']:
    try:
        print(bad, format(5, bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
try:
    format(0x110000, 'c')
except Exception as e:
    print(type(e).__name__, e)
