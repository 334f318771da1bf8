# subprocess over _posixsubprocess, select (poll) and posix.
import subprocess, os
print(subprocess.run(['echo', 'hi there'], capture_output=True))
r = subprocess.run('echo err >&2; exit 3', shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.check_output(['sh', '-c', 'printf "%s" "$FOO"'], env={'FOO': 'bar', 'PATH': os.environ['PATH']}))
print(subprocess.check_output(['pwd'], cwd='/usr'))
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b'through cat\n')
print(out, p.returncode)
try:
    subprocess.run(['/nonexistent/prog'])
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.call(['true']), subprocess.getoutput('echo a; echo b'))
