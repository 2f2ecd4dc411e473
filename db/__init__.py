"""Stage 3 and 4: the sqlite-utils writer and the Datasette publication of the database."""
