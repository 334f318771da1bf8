class MyErr(Exception):
    def __str__(self):
        return "custom text"
def go():
    raise MyErr()
go()
