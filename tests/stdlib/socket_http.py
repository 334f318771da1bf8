import http.server, http.client, io, json, urllib.request, email.message, socketserver

class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"path": self.path, "ua": self.headers.get("X-Test")}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_POST(self):
        n = int(self.headers["Content-Length"])
        data = self.rfile.read(n)
        self.send_response(201)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data.upper())
    def log_message(self, *a):
        pass

srv = http.server.HTTPServer(("127.0.0.1", 0), H)
port = srv.server_address[1]
c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
c.request("GET", "/hello?x=1", headers={"X-Test": "yes"})
srv.handle_request()
r = c.getresponse()
print(r.status, r.reason, r.getheader("Content-Type"), json.loads(r.read()))
c.close()
c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
c.request("POST", "/p", body=b"payload data")
srv.handle_request()
r = c.getresponse()
print(r.status, r.read())
c.close()
srv.server_close()
