"""The site-independent extraction engine."""

from newsparse.generic.engine import GenericEngine

__all__ = ["GenericEngine"]
