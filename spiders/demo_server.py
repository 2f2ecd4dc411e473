"""Serves the built-in fictional demo site (``spiders/demo_site``) on 127.0.0.1.

The site's feeds and sitemaps hold the placeholder ``{{SITE}}`` for their own base URL, which
is only known once a free port is taken; it is substituted as files are served.
"""

from __future__ import annotations

import http.server
import threading
from functools import partial
from pathlib import Path

from claimtrack.config import DEMO_SITE

_TEXT_SUFFIXES = {".html", ".xml", ".txt", ".json"}


class _Handler(http.server.SimpleHTTPRequestHandler):
    base_url = ""

    def log_message(self, format, *args):  # keep the demo's console readable
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():  # a folder answers with its index.html, else its index.json (the
            # demo's stand-in for CourtListener's API: /search/?q=... is search/index.json)
            json_index = path / "index.json"
            path = json_index if json_index.is_file() and not (path / "index.html").is_file() \
                else path / "index.html"
        if path.suffix not in _TEXT_SUFFIXES or not path.is_file():
            return super().send_head()
        body = path.read_bytes().replace(b"{{SITE}}", self.base_url.encode())
        self.send_response(200)
        ctype = {".html": "text/html; charset=utf-8", ".xml": "application/xml",
                 ".txt": "text/plain; charset=utf-8", ".json": "application/json"}[path.suffix]
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        import io
        return io.BytesIO(body)


DEMO_PORT = 8765  # a fixed port keeps the demo's URLs, and so its rows, the same run after run


class DemoSite:
    """``with DemoSite() as site: site.url`` — a threaded static server on 127.0.0.1, on
    ``DEMO_PORT`` when it is free and on any free port otherwise. A port asked for by name is
    taken or refused (OSError), never swapped: the caller wants those URLs, and another port
    would give other URLs, so other rows."""

    def __init__(self, root: Path = DEMO_SITE, host: str = "127.0.0.1", port: int | None = None):
        handler = type("DemoHandler", (_Handler,), {})
        bound = partial(handler, directory=str(root))
        try:
            self.httpd = http.server.ThreadingHTTPServer((host, DEMO_PORT if port is None else port), bound)
        except OSError:
            if port is not None:
                raise
            self.httpd = http.server.ThreadingHTTPServer((host, 0), bound)
        self.url = f"http://{host}:{self.httpd.server_address[1]}"
        handler.base_url = self.url
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "DemoSite":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
