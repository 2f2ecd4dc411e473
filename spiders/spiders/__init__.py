"""Scrapy looks here (SPIDER_MODULES) for the project's spiders."""
