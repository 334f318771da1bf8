d = {}
del d['missing']
