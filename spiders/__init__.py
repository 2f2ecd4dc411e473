"""Stage 1: Scrapy spiders that gather coverage, archive every response and extract articles."""
