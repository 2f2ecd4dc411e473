"""Datasette plugin: what the public server refuses, and what every response carries.

Self-contained (Datasette and the standard library only), so a published bundle is as guarded
as ``claimtrack serve``. Its settings come from the ``claimtrack`` plugin configuration:
``base_url`` (absolute links never come from the request's Host header) and ``max_length``
(SQLite's string/blob length limit on served connections).

- Errors cost what a page costs: one short log line, a plain page, no traceback and no path
  (Datasette's own handler prints a rich traceback with locals for every 4xx/5xx when ``rich``
  is installed, about 60 times the cost of a page). Anything the router cannot place is a 404.
- Memory is bounded: no SQL value may be longer than ``max_length``; ``printf``/``format``,
  which SQLite silently turns into NULL past the limit, are replaced by a checked version that
  refuses instead, so the request gets a 400 saying why.
- Every response carries a Content-Security-Policy, ``nosniff`` and frame protection; a page
  that sets its own (the archived copy's sandbox) keeps it.
- Absolute paths are not served: ``/-/databases.json`` is not routed, and the ``file`` column of
  ``pragma_database_list`` reads as NULL.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from urllib.parse import urlsplit

from datasette import hookimpl
from datasette.utils.asgi import Response

DEFAULT_MAX_LENGTH = 32 * 1024 * 1024
CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
       "frame-ancestors 'self'")
SECURITY_HEADERS = ((b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"SAMEORIGIN"),
                    (b"referrer-policy", b"same-origin"))
HIDDEN_PATHS = ("/-/databases", "/-/databases.json")
STATUS_TEXT = {400: "Bad request", 403: "Forbidden", 404: "Not found", 405: "Method not allowed",
               500: "Internal error"}
# Anything that looks like a file system path is cut out of messages shown to the public.
PATH_RE = re.compile(r"(?:[A-Za-z]:)?(?:/[\w.\-~ ]+){2,}/?")
TOO_BIG = "string or blob too big"


def _config(datasette) -> dict:
    return datasette.plugin_config("claimtrack") or {}


def max_length(datasette) -> int:
    return int(_config(datasette).get("max_length") or DEFAULT_MAX_LENGTH)


def base_url(datasette) -> tuple[str, str]:
    """(scheme, host) every absolute link is built from; never the request's Host header."""
    parts = urlsplit(_config(datasette).get("base_url") or "http://localhost")
    return parts.scheme or "http", parts.netloc or "localhost"


# ---------------------------------------------------------------- connections

WIDTH_RE = re.compile(r"%[-+ 0#,!]*(\d*)(?:\.(\d*))?")


def _checked_printf(limit: int):
    """``printf`` that refuses a result over ``limit`` instead of returning NULL.

    The built-in does the formatting, on a private in-memory connection with the same length
    limit, once the widths are known to be small (the built-in walks a huge width to its end
    even past the limit: 500,000,000 took 5 s). A result over the limit becomes SQLite's own
    "string or blob too big" error by handing back one byte too many: a zero-filled ``bytes``,
    which the OS maps lazily, so refusing costs no memory. (Raising would only give "user-defined
    function raised exception".)"""
    helper = sqlite3.connect(":memory:", check_same_thread=False)
    helper.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, limit)
    too_big = bytes(limit + 1)

    def printf(fmt, *args):
        if fmt is None:
            return None
        text = str(fmt)
        widths = [int(n) for m in WIDTH_RE.finditer(text) for n in m.groups() if n]
        if "*" in text:
            widths += [abs(a) for a in args if isinstance(a, int)]
        if any(w > limit for w in widths):
            return too_big
        sql = "select printf(" + ",".join("?" * (len(args) + 1)) + ")"
        out = helper.execute(sql, (fmt, *args)).fetchone()[0]
        return too_big if out is None else out
    return printf


def _authorizer(action, arg1, arg2, dbname, trigger):
    """The database's file name is not for the public (``select file from pragma_database_list``)."""
    if action == sqlite3.SQLITE_READ and arg1 == "pragma_database_list" and arg2 == "file":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK


@hookimpl
def prepare_connection(conn, database, datasette):
    limit = max_length(datasette)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, limit)
    printf = _checked_printf(limit)
    for name in ("printf", "format"):
        conn.create_function(name, -1, printf, deterministic=True)
    conn.set_authorizer(_authorizer)


# ---------------------------------------------------------------- errors

def _status_and_message(exception) -> tuple[int, str]:
    from datasette.utils.asgi import Base400
    from datasette.views.base import DatasetteError

    if isinstance(exception, Base400):
        status, message = exception.status, str(exception.args[0] if exception.args else "")
    elif isinstance(exception, DatasetteError):
        status, message = exception.status, str(exception.message)
    elif isinstance(exception, sqlite3.DataError):
        status, message = 400, str(exception)
    else:
        status, message = 500, ""
    if status >= 500:
        message = ""
    if TOO_BIG in message or "user-defined function raised exception" in message:
        message = f"A value would be longer than this server allows ({TOO_BIG})."
    return status, PATH_RE.sub("…", message)[:500]


def _silence_default_handler() -> None:
    """Datasette awaits every ``handle_exception`` hook, not just the first answer, so its own
    (which prints a rich traceback with locals and renders a second page) would still run for
    every error: take it out of the plugin manager. Ours answers every exception instead."""
    import datasette.handle_exception as default
    from datasette.plugins import pm

    if pm.is_registered(default):
        pm.unregister(default)


_silence_default_handler()


@hookimpl
def handle_exception(datasette, request, exception):
    """A plain error page: one log line, no traceback, no locals, no path."""
    status, message = _status_and_message(exception)
    if status >= 500:
        print(f"claimtrack: {request.path[:200]!r}: {type(exception).__name__}", file=sys.stderr)
    title = STATUS_TEXT.get(status, "Error")
    if request.path.split("?")[0].endswith(".json"):
        return Response.json({"ok": False, "status": status, "title": title,
                              "error": message or title}, status=status)
    from markupsafe import escape

    body = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{status} {title}</title>"
            f"</head><body><h1>{status} {title}</h1><p>{escape(message or title)}</p>"
            "<p><a href=\"/\">claimtrack home</a></p></body></html>")
    return Response.html(body, status=status)


# ---------------------------------------------------------------- every response

@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def guarded(scope, receive, send):
            if scope.get("type") != "http":
                return await app(scope, receive, send)
            scheme, host = base_url(datasette)
            headers = [(k, v) for k, v in scope.get("headers", []) if k.lower() != b"host"]
            scope = dict(scope, scheme=scheme, headers=[*headers, (b"host", host.encode())])
            if scope.get("path", "").rstrip("/") in HIDDEN_PATHS:
                return await Response.text("Not found", status=404).asgi_send(
                    _with_headers(send))
            return await app(scope, receive, _with_headers(send))
        return guarded
    return wrap


def _with_headers(send):
    async def send_with_headers(message):
        if message.get("type") == "http.response.start":
            headers = list(message.get("headers") or [])
            present = {k.lower() for k, _ in headers}
            headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
            message = dict(message, headers=headers)
        await send(message)
    return send_with_headers
