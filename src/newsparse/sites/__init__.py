"""Built-in site and CMS plugins, one module per CMS family. The default registry adds
BUILTIN_PLUGINS on first use."""

from __future__ import annotations

from newsparse.plugin import SiteExtractor
from newsparse.sites.wordpress import JannahTheme

BUILTIN_PLUGINS: tuple[type[SiteExtractor], ...] = (JannahTheme,)
