"""Stage 2: the spaCy pipeline that finds entities, quotes, speakers, no-comments and claims."""
