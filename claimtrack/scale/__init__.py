"""Scale-out on Redis: many crawlers, many analysis workers, one writer (README "Running on
several machines").

- crawlers: ``claimtrack crawl --redis URL --run-id NAME``, one frontier (spiders/frontier.py);
  without ``--db``, on any machine: their rows go through Redis to the writer
  (spiders/remote.py, :mod:`claimtrack.scale.crawlrows`);
- workers: ``claimtrack worker --redis URL`` (Celery), :mod:`claimtrack.scale.tasks`;
- the writer: ``claimtrack writer --redis URL --db X``, :mod:`claimtrack.scale.writer`, the one
  process that hands articles to the workers and writes their analyses;
- backfill: ``claimtrack import-warc FILE...``, :mod:`claimtrack.scale.warcimport`;
- the three commands above, registered onto the CLI: :mod:`claimtrack.scale.commands`.

What travels through Redis is JSON (:mod:`claimtrack.scale.wire`), never pickle. Nothing here
is imported by the embedded default (demo, crawl, process, serve).
"""
