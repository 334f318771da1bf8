text = "a,b"
parts = text.split(
    ",", "x"
)
