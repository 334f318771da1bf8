"""template rendering: a tiny template engine compiled to Python closures."""
from benchutil import run

TEMPLATE = """<html><head><title>{{title}}</title></head><body>
<h1>{{title}}</h1>
{% for item in items %}<div class="{{item.cls}}"><a href="/item/{{item.id}}">{{item.name}}</a> {{item.price}}</div>
{% endfor %}</body></html>"""

def compile_template(src):
    parts = []
    pos = 0
    while pos < len(src):
        i = src.find("{", pos)
        if i < 0 or i + 1 >= len(src):
            parts.append(("text", src[pos:]))
            break
        if src[i + 1] == "{":
            if i > pos:
                parts.append(("text", src[pos:i]))
            j = src.index("}}", i)
            parts.append(("var", src[i + 2:j].strip()))
            pos = j + 2
        elif src[i + 1] == "%":
            if i > pos:
                parts.append(("text", src[pos:i]))
            j = src.index("%}", i)
            words = src[i + 2:j].split()
            parts.append(("for", words[1], words[3]) if words[0] == "for" else ("endfor",))
            pos = j + 2
        else:
            parts.append(("text", src[pos:i + 1]))
            pos = i + 1
    return build(parts, 0)[0]

def lookup(ctx, path):
    obj = ctx
    for p in path.split("."):
        obj = obj[p] if isinstance(obj, dict) else getattr(obj, p)
    return obj

def escape(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def build(parts, i):
    nodes = []
    while i < len(parts):
        p = parts[i]
        if p[0] == "text":
            nodes.append(lambda ctx, out, t=p[1]: out.append(t))
        elif p[0] == "var":
            nodes.append(lambda ctx, out, v=p[1]: out.append(escape(lookup(ctx, v))))
        elif p[0] == "for":
            body, i = build(parts, i + 1)
            def loop(ctx, out, name=p[1], seq=p[2], body=body):
                for x in lookup(ctx, seq):
                    inner = dict(ctx)
                    inner[name] = x
                    body(inner, out)
            nodes.append(loop)
        elif p[0] == "endfor":
            break
        i += 1
    def render(ctx, out):
        for n in nodes:
            n(ctx, out)
    return render, i

def bench():
    tpl = compile_template(TEMPLATE)
    items = [{"id": i, "name": "Item <%d>" % i, "price": "%.2f" % (i * 1.25), "cls": "odd" if i % 2 else "even"}
             for i in range(200)]
    total = 0
    for k in range(40):
        out = []
        tpl({"title": "Page %d" % k, "items": items}, out)
        total += len("".join(out))
    return total

run(bench)
