"""presslens: how the press covered a crisis."""

__version__ = "0.1.0"
