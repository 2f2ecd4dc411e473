"""Stages 3 and 4: storage in one SQLite database (sqlite-utils) and its publication (Datasette).

Imports nothing of the project but the kernel (claimtrack/records.py, config.py, ids.py):
what an analysis decided (entity ids included) is stored as it comes.
"""
