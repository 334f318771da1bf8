msg = "%d items" % "many"
