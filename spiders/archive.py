"""The WARC archive: every fetched response, kept as it came, so pages can be shown as they
were and re-processed by a newer pipeline (``claimtrack rebuild``).

Each record is written as its own gzip member and flushed at once, so a crash or a kill loses
at most the record being written, and ``(file, offset, length)`` is enough to read one record
back without scanning the file. For the same reason a damaged record costs only itself: a
reader skips to the next gzip member and reports what it could not read (:class:`Damage`).
"""

from __future__ import annotations

import io
import os
import re
import time
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimtrack.records import ArchiveLocation

# Headers that describe the transfer, not the content; warcio re-frames the payload itself.
_HOP_BY_HOP = {"transfer-encoding", "connection", "keep-alive"}


@dataclass
class ArchivedResponse:
    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: str
    location: ArchiveLocation
    meta: dict[str, str] | None = None


class WarcArchive:
    """Appends response records to one WARC file per run (``<dir>/claimtrack-<stamp>.warc.gz``)."""

    def __init__(self, directory: str | os.PathLike, prefix: str = "claimtrack"):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        self.name = f"{prefix}-{stamp}-{os.getpid()}-{uuid.uuid4().hex[:6]}.warc.gz"
        self.path = self.directory / self.name
        self._fh: BinaryIO = open(self.path, "ab")
        self._writer = WARCWriter(self._fh, gzip=True)

    def write_response(
        self,
        url: str,
        status: int,
        reason: str,
        headers: list[tuple[str, str]],
        body: bytes,
        fetched_at: str,
        request_url: str | None = None,
        meta: dict[str, str] | None = None,
    ) -> ArchiveLocation:
        """Append one response record; ``meta`` (source, via, outlet) is kept as
        ``WARC-Claimtrack-*`` headers so a rebuild knows how each page was found."""
        http_headers = StatusAndHeaders(
            f"{status} {reason}".strip(),
            [(k, v) for k, v in headers if k.lower() not in _HOP_BY_HOP],
            protocol="HTTP/1.1",
        )
        warc_headers = {"WARC-Date": fetched_at}
        if request_url and request_url != url:
            warc_headers["WARC-Claimtrack-Request-URI"] = request_url
        for k, v in (meta or {}).items():
            if v:
                warc_headers[f"WARC-Claimtrack-{k.capitalize()}"] = str(v)
        record = self._writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=http_headers,
            warc_headers_dict=warc_headers,
        )
        offset = self._fh.tell()
        self._writer.write_record(record)
        self._fh.flush()
        length = self._fh.tell() - offset
        return ArchiveLocation(
            warc_file=self.name,
            offset=offset,
            length=length,
            record_id=record.rec_headers.get_header("WARC-Record-ID"),
        )

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()


def _to_archived(record, location: ArchiveLocation, max_bytes: int) -> ArchivedResponse:
    status_line = record.http_headers.get_statuscode() if record.http_headers else "0"
    headers = dict(record.http_headers.headers) if record.http_headers else {}
    # content_stream() undoes chunking and Content-Encoding (gzip, deflate, br).
    body = record.content_stream().read(max_bytes)
    return ArchivedResponse(
        url=record.rec_headers.get_header("WARC-Target-URI"),
        status=int(status_line or 0),
        headers=headers,
        body=body,
        fetched_at=record.rec_headers.get_header("WARC-Date"),
        location=location,
        meta={k[len("WARC-Claimtrack-"):].lower(): v for k, v in record.rec_headers.headers
              if k.startswith("WARC-Claimtrack-")},
    )


def read_record(archive_dir: str | os.PathLike, location: ArchiveLocation,
                max_bytes: int = 20 * 1024 * 1024) -> ArchivedResponse:
    """Read one record back from its location (used by the archived-copy page and rebuild)."""
    path = Path(archive_dir) / Path(location.warc_file).name  # never follow a path out of the archive
    with open(path, "rb") as fh:
        fh.seek(location.offset)
        for record in ArchiveIterator(fh):
            return _to_archived(record, location, max_bytes)
    raise LookupError(f"no WARC record at {location.warc_file}:{location.offset}")


# Each record is its own gzip member: a damaged one is skipped and the next one found by its
# gzip header. A record unpacking to more than this is treated as damage, not read into memory.
GZIP_MEMBER = b"\x1f\x8b\x08"
MAX_RECORD_BYTES = 256 * 1024 * 1024
_TARGET_URI = re.compile(rb"WARC-Target-URI: *([^\r\n]+)")


@dataclass
class Damage:
    """A stretch of a WARC file that could not be read, and the page it held when known."""

    warc_file: str
    offset: int
    length: int  # bytes skipped, up to the next readable record
    reason: str
    url: str | None = None

    def __str__(self) -> str:
        what = f" ({self.url})" if self.url else ""
        return f"{self.warc_file} at {self.offset}: {self.length} bytes unreadable{what}: {self.reason}"


def iter_archive(archive_dir: str | os.PathLike, max_bytes: int = 20 * 1024 * 1024,
                 damage: list[Damage] | None = None) -> Iterator[ArchivedResponse]:
    """Every response record in the archive, oldest file first, in write order.

    A damaged record (corrupted bytes, a file cut short) is skipped and reading goes on at the
    next record; what was lost is appended to ``damage``."""
    damage = damage if damage is not None else []
    for path in sorted(Path(archive_dir).glob("*.warc.gz")):
        yield from _scan_file(path, max_bytes, damage)


def scan_warc_file(path: str | os.PathLike, start: int = 0, damage: list[Damage] | None = None,
                   max_bytes: int = 20 * 1024 * 1024) -> Iterator[ArchivedResponse]:
    """The response records of one WARC file (gzip per record: our archive's layout and
    Common Crawl's), from byte ``start`` on, so a reader that wrote down how far it got
    resumes there (`claimtrack import-warc`). Damage is skipped and reported as by
    :func:`iter_archive`; each record's location gives its offset and length."""
    yield from _scan_file(Path(path), max_bytes, damage if damage is not None else [], start)


def _scan_file(path: Path, max_bytes: int, damage: list[Damage],
               start: int = 0) -> Iterator[ArchivedResponse]:
    """The response records of one file, member by member; unreadable stretches to ``damage``."""
    size = path.stat().st_size
    bad: Damage | None = None
    with open(path, "rb") as fh:
        pos = start
        while pos < size:
            length, data, error = _read_member(fh, pos)
            archived = None
            if error is None:
                try:
                    archived = _parse_member(data, ArchiveLocation(path.name, pos, length, ""),
                                             max_bytes)
                except Exception as exc:  # noqa: BLE001 - a record warcio cannot read is damage
                    error = f"not a WARC record: {type(exc).__name__}: {exc}"
            if error is not None:
                if bad is None:
                    found = _TARGET_URI.search(data or b"")
                    bad = Damage(path.name, pos, 0, error,
                                 found.group(1).decode("utf-8", "replace") if found else None)
                pos = _next_member(fh, pos + 1, size)
                continue
            if bad is not None:
                bad.length = pos - bad.offset
                damage.append(bad)
                bad = None
            if archived is not False:
                yield archived
            pos += length
    if bad is not None:
        bad.length = size - bad.offset
        damage.append(bad)


def _read_member(fh, start: int) -> tuple[int, bytes, str | None]:
    """One gzip member from ``start``: (its length, what it unpacks to, None) or, when it
    is damaged, (bytes read, what unpacked before the damage, the reason)."""
    fh.seek(start)
    inflater = zlib.decompressobj(31)  # gzip framing: checks the CRC and length at the end
    out = bytearray()
    fed = 0
    while not inflater.eof:
        piece = fh.read(1 << 16)
        if not piece:
            return fed, bytes(out), "truncated: the file ends inside this record"
        fed += len(piece)
        try:
            out += inflater.decompress(piece)
        except zlib.error as exc:
            return fed, bytes(out), f"corrupted: {exc}"
        if len(out) > MAX_RECORD_BYTES:
            return fed, bytes(out[:4096]), "record larger than the archive ever writes"
    return fed - len(inflater.unused_data), bytes(out), None


def _parse_member(data: bytes, loc: ArchiveLocation, max_bytes: int):
    """The response in one unpacked record, or False for another kind of record."""
    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_type != "response":
            return False
        loc.record_id = record.rec_headers.get_header("WARC-Record-ID")
        return _to_archived(record, loc, max_bytes)
    raise ValueError("no record in the member")


def _next_member(fh, start: int, size: int) -> int:
    """The offset of the next gzip header at or after ``start`` (``size`` when none)."""
    fh.seek(start)
    carry = b""
    base = start
    while True:
        piece = fh.read(1 << 20)
        if not piece:
            return size
        window = carry + piece
        at = window.find(GZIP_MEMBER)
        if at >= 0:
            return base - len(carry) + at
        carry = window[-(len(GZIP_MEMBER) - 1):]
        base += len(piece)
