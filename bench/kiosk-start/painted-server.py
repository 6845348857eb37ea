"""Serves attract.html and records when the page reports its first frame (epoch ms, as the page's clock saw it)."""
import http.server
import pathlib
import sys
import urllib.parse

HERE = pathlib.Path(__file__).parent
MARK = pathlib.Path(sys.argv[2])


class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(HERE), **kwargs)

    def do_GET(self):
        url = urllib.parse.urlparse(self.path)
        if url.path == "/painted":
            MARK.write_text(urllib.parse.parse_qs(url.query)["epoch"][0])
            self.send_response(204)
            self.end_headers()
            return
        super().do_GET()

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
