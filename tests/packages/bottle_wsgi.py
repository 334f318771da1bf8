# A Bottle app answering requests through its WSGI entry point, called with a
# hand-made environ: routes with wildcards and filters, query/form/JSON
# bodies, cookies, redirects, templates, hooks, mounted apps, 404/405/500.
import io
import json

import bottle
from bottle import Bottle, request, response, template, HTTPError, HTTPResponse, redirect, abort

app = Bottle()
app.catchall = True
log = []


@app.hook("before_request")
def before():
    log.append("before " + request.path)


@app.hook("after_request")
def after():
    response.set_header("X-Handled", "yes")


@app.route("/")
def index():
    return "index page"


@app.route("/hello/<name>")
def hello(name):
    return template("<b>Hello {{name}}</b>! {{!raw}} % not code\n", name=name, raw="<i>raw</i>")


@app.route("/item/<id:int>")
def item(id):
    return {"id": id, "double": id * 2, "type": type(id).__name__}


@app.route("/path/<rest:path>")
def path(rest):
    return "path=" + rest


@app.get("/query")
def query():
    q = request.query
    return "a=%s list=%s missing=%r decoded=%s" % (q.a, q.getall("b"), q.get("zzz"), request.query.getunicode("c"))


@app.post("/form")
def form():
    return "x=%s y=%s keys=%s" % (request.forms.x, request.forms.get("y", "-"), sorted(request.forms.keys()))


@app.post("/json")
def post_json():
    data = request.json
    return {"got": data, "sum": sum(data["nums"])}


@app.route("/cookie")
def cookie():
    response.set_cookie("seen", "1", path="/")
    return "cookie in=%s" % request.get_cookie("name", "none")


@app.route("/redir")
def redir():
    redirect("/hello/redirected")


@app.route("/forbidden")
def forbidden():
    abort(403, "Not for you")


@app.route("/custom")
def custom():
    return HTTPResponse("teapot body", status=418, headers={"X-Tea": "earl grey"})


@app.route("/boom")
def boom():
    raise ZeroDivisionError("kaboom")


@app.route("/gen")
def gen():
    yield "chunk1,"
    yield "chunk2"


@app.route("/bytes")
def raw_bytes():
    response.content_type = "application/octet-stream"
    return b"\x00\x01binary"


@app.error(404)
def not_found(err):
    return "custom 404 for " + request.path


@app.route("/only-get", method="GET")
def only_get():
    return "got"


sub = Bottle()


@sub.route("/info")
def sub_info():
    return "sub app, script_name=%s path=%s" % (request.script_name, request.path)


app.mount("/sub/", sub)


def call(method, path, qs="", body=b"", ctype="application/x-www-form-urlencoded", headers=None):
    environ = {
        "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": qs, "SCRIPT_NAME": "",
        "SERVER_NAME": "localhost", "SERVER_PORT": "8080", "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(body), "wsgi.errors": io.StringIO(),
        "wsgi.version": (1, 0), "wsgi.multithread": False, "wsgi.multiprocess": False, "wsgi.run_once": False,
        "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": ctype, "HTTP_HOST": "localhost:8080",
    }
    environ.update(headers or {})
    result = {}

    def start_response(status, hdrs, exc_info=None):
        result["status"] = status
        result["headers"] = hdrs

    chunks = app(environ, start_response)
    data = b"".join(chunks)
    if hasattr(chunks, "close"):
        chunks.close()
    hdrs = dict(result["headers"])
    keep = {k: v for k, v in hdrs.items() if k in ("Content-Type", "Content-Length", "Location", "X-Handled", "X-Tea", "Allow", "Set-Cookie")}
    print(method, path, qs, "->", result["status"], sorted(keep.items()))
    if result["status"].startswith("500"):
        print("   500 page mentions the error:", b"kaboom" in data, b"Internal Server Error" in data)
    elif result["status"].startswith(("403", "405")) or (result["status"].startswith("404") and not data.startswith(b"custom")):
        print("   error page title:", data.split(b"<title>")[1].split(b"</title>")[0] if b"<title>" in data else data[:60])
    else:
        print("  ", data)


call("GET", "/")
call("GET", "/hello/<World & co>")
call("GET", "/item/21")
call("GET", "/item/abc")
call("GET", "/path/a/b/c.txt")
call("GET", "/query", "a=1&b=2&b=3&c=%C3%A9t%C3%A9")
call("POST", "/form", body=b"x=hello+world&y=%26")
call("POST", "/json", body=json.dumps({"nums": [1, 2, 3.5], "s": "\u00e9"}).encode(), ctype="application/json")
call("GET", "/cookie", headers={"HTTP_COOKIE": "name=value; other=1"})
call("GET", "/redir")
call("GET", "/forbidden")
call("GET", "/custom")
call("GET", "/boom")
call("GET", "/gen")
call("GET", "/bytes")
call("GET", "/nowhere")
call("POST", "/only-get")
call("HEAD", "/")
call("GET", "/sub/info")
print(log)
print(bottle.html_escape("<a href='x'>&</a>"), bottle.tob("s"), bottle.touni(b"b"))
print(bottle.SimpleTemplate("{{x}}\n% for i in range(3):\n{{i}},\n% end\n{{!'<raw>'}}").render(x="<esc>"))
print(bottle.SimpleTemplate("% if a:\nyes {{a}}\n% else:\nno\n% end\n").render(a=0))
print(bottle.http_date(784111777))
print(bottle.cookie_encode(("k", "v"), "secret")[:2], bottle.cookie_decode(bottle.cookie_encode(("k", "v"), "secret"), "secret"))
