"""Built-in site and CMS plugins. The default registry adds BUILTIN_PLUGINS on first use."""

from __future__ import annotations

from newsparse.plugin import SiteExtractor

BUILTIN_PLUGINS: tuple[type[SiteExtractor], ...] = ()
