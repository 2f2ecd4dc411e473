"""Evaluation: the gold sets (the folders beside this file) and the code that scores against them.

Out of the runtime's way: nothing in the pipeline imports this package. ``quotes`` scores
statements (the demo's gold files and the attribution sets), ``entities`` scores entity
mentions, ``sets`` runs a gold folder (``python -m nlp.eval.sets``) and ``report`` prints the
figures. The demo's pages are extracted by the roof (``python -m claimtrack.evaluate``), as
only the roof may use the crawl's code. ``check_gold.py`` validates the gold files.
"""
