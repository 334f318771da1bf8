class P:
    @property
    def val(self):
        return self._missing
print(P().val)
