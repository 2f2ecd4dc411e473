"""The WARC archive: every fetched response, kept as it came, so pages can be shown as they
were and re-processed by a newer pipeline (``claimtrack rebuild``).

Each record is written as its own gzip member and flushed at once, so a crash or a kill loses
at most the record being written, and ``(file, offset, length)`` is enough to read one record
back without scanning the file.
"""

from __future__ import annotations

import io
import os
import time
import uuid
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


def iter_archive(archive_dir: str | os.PathLike,
                 max_bytes: int = 20 * 1024 * 1024) -> Iterator[ArchivedResponse]:
    """Every response record in the archive, oldest file first, in write order."""
    for path in sorted(Path(archive_dir).glob("*.warc.gz")):
        with open(path, "rb") as fh:
            it = ArchiveIterator(fh)
            try:
                for record in it:
                    if record.rec_type != "response":
                        continue
                    # read the payload first: asking warcio for the offset before reading
                    # leaves the content stream empty (measured with warcio 1.8)
                    loc = ArchiveLocation(path.name, 0, 0,
                                          record.rec_headers.get_header("WARC-Record-ID"))
                    archived = _to_archived(record, loc, max_bytes)
                    it.read_to_end(record)
                    loc.offset = it.get_record_offset()
                    loc.length = it.get_record_length()
                    yield archived
            except Exception:  # a record cut short by a kill: everything before it is intact
                continue
