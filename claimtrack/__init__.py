"""claimtrack: who accuses whom of taking what, in the disputes over AI and intellectual property.

The stages live in their own top-level packages (``spiders``, ``nlp``, ``db``); this package
holds what they share: the records passed between stages, the configuration, and the CLI.
"""

__version__ = "0.1.0"
