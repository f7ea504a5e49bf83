"""cxmap: customer journey maps as YAML in git."""

__version__ = "0.1.0"

#: The file-format versions (the ``cxmap:`` key) this release reads.
SUPPORTED_FORMAT_VERSIONS = (1,)
