"""claimtrack: who accuses whom of taking what, in the disputes over AI and intellectual property.

The stages live in their own top-level packages (``spiders``, ``nlp``, ``db``). This package is
two things, kept apart by tests/test_imports.py: the kernel every stage imports
(``records``, ``config``, ``ids``: the records passed between stages, the settings and data
locations, every stable id) and the roof that imports every stage (``cli``, ``jobs``,
``evaluate``, ``explain``).
"""

__version__ = "0.1.0"
