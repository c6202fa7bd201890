"""Metadata extraction: each field from every place real pages put it, by precedence."""
