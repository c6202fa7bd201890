"""Registry of site plugins: registration, entry-point discovery and matching."""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Iterable, Iterator
from importlib.metadata import entry_points
from typing import TypeVar

from newsparse.errors import UnknownExtractorError
from newsparse.page import Page
from newsparse.plugin import SiteExtractor

logger = logging.getLogger("newsparse")

ENTRY_POINT_GROUP = "newsparse.extractors"
# Modules whose BUILTIN_PLUGINS the default registry adds on first use.
BUILTIN_MODULES: tuple[str, ...] = ("newsparse.sites",)

PluginT = TypeVar("PluginT", bound=type[SiteExtractor])


def domain_matches(host: str, domain: str) -> bool:
    """True when ``host`` is ``domain`` or one of its subdomains (not a look-alike)."""
    domain = domain.strip(".").lower()
    domain = domain[4:] if domain.startswith("www.") else domain
    return host == domain or host.endswith("." + domain)


class Registry:
    """An ordered set of site plugins.

    ``Registry()`` is empty and isolated: ``parse(html, registry=Registry())`` runs the
    generic engine alone. :func:`default_registry` holds the built-in plugins and those that
    installed packages advertise in the ``newsparse.extractors`` entry-point group.
    """

    def __init__(self, plugins: Iterable[type[SiteExtractor]] = ()) -> None:
        self._plugins: dict[str, type[SiteExtractor]] = {}
        for plugin in plugins:
            self.register(plugin)

    def register(self, plugin: PluginT) -> PluginT:
        """Add a plugin class (usable as a decorator); a later one of the same name replaces it."""
        if not (isinstance(plugin, type) and issubclass(plugin, SiteExtractor)):
            raise TypeError(f"a plugin must be a SiteExtractor subclass, got {plugin!r}")
        if not plugin.name or not isinstance(plugin.name, str):
            raise ValueError(f"plugin {plugin.__qualname__} has no name")
        if plugin.name == "generic":
            raise ValueError("'generic' is the name of the built-in engine")
        self._plugins[plugin.name] = plugin
        return plugin

    def unregister(self, name: str) -> None:
        """Remove the plugin of that name (no error if absent)."""
        self._plugins.pop(name, None)

    def _loaded(self) -> dict[str, type[SiteExtractor]]:
        return self._plugins

    def plugins(self) -> tuple[type[SiteExtractor], ...]:
        """The registered plugin classes, in registration order."""
        return tuple(self._loaded().values())

    def __iter__(self) -> Iterator[type[SiteExtractor]]:
        return iter(self.plugins())

    def __len__(self) -> int:
        return len(self._loaded())

    def __contains__(self, name: object) -> bool:
        return name in self._loaded()

    def get(self, name: str) -> type[SiteExtractor]:
        """The plugin called ``name``; raises :class:`UnknownExtractorError`."""
        try:
            return self._loaded()[name]
        except KeyError:
            known = ", ".join(sorted(self._loaded())) or "none"
            raise UnknownExtractorError(f"no extractor named {name!r} (known: {known})") from None

    def candidates(self, page: Page) -> list[type[SiteExtractor]]:
        """Plugins for this page, best first: domain matches, then fingerprint matches.

        Domains are matched against the URL the caller gave only. A page's own canonical URL
        does not choose a plugin: a syndicated copy points its canonical at the original
        publisher, whose plugin would not fit the copy's markup.
        """
        plugins = self.plugins()
        chosen: list[type[SiteExtractor]] = []
        host = page.host
        if host:
            by_domain = [p for p in plugins if any(domain_matches(host, d) for d in p.domains)]
            # The most specific domain wins (a plugin for news.example.com before example.com).
            by_domain.sort(key=lambda p: -max(len(d) for d in p.domains if domain_matches(host, d)))
            chosen.extend(by_domain)
        for plugin in plugins:
            if plugin in chosen:
                continue
            try:
                if plugin.matches(page):
                    chosen.append(plugin)
            except Exception as error:  # a plugin's own matcher must not break a parse
                logger.warning("plugin %s: matches() failed: %r", plugin.name, error)
        return chosen


class _DefaultRegistry(Registry):
    """The process-wide registry: built-ins and entry points, discovered lazily on first use."""

    def __init__(self) -> None:
        super().__init__()
        self._discovered = False
        self._lock = threading.RLock()

    def _loaded(self) -> dict[str, type[SiteExtractor]]:
        if not self._discovered:
            with self._lock:
                if not self._discovered:
                    self._discovered = True
                    self._discover()
        return self._plugins

    def _discover(self) -> None:
        for module in BUILTIN_MODULES:
            for plugin in importlib.import_module(module).BUILTIN_PLUGINS:
                self.register(plugin)
        try:
            found = entry_points(group=ENTRY_POINT_GROUP)
        except Exception as error:
            logger.warning("could not read entry points of %s: %r", ENTRY_POINT_GROUP, error)
            return
        for entry_point in found:
            try:
                loaded = entry_point.load()
                for plugin in _plugins_in(loaded):
                    self.register(plugin)
            except Exception as error:
                logger.warning(
                    "skipping plugin entry point %r (%s): %r",
                    entry_point.name,
                    entry_point.value,
                    error,
                )

    def reload(self) -> None:
        """Forget every plugin and discover built-ins and entry points again on next use
        (after installing a plugin package). Plugins added with ``register`` must be added again."""
        with self._lock:
            self._plugins.clear()
            self._discovered = False


def _plugins_in(loaded: object) -> list[type[SiteExtractor]]:
    """An entry point may name a plugin class, an iterable of them, or a module that
    registers its plugins with ``@register`` on import (then nothing more to add)."""
    if isinstance(loaded, type):
        return [loaded]
    if isinstance(loaded, (list, tuple)):
        return list(loaded)
    if hasattr(loaded, "__path__") or hasattr(loaded, "__file__"):
        return []
    raise TypeError(f"entry point gave {loaded!r}, not a SiteExtractor subclass")


_DEFAULT = _DefaultRegistry()


def default_registry() -> Registry:
    """The process-wide registry used by :func:`newsparse.parse` when none is given."""
    return _DEFAULT


def register(plugin: PluginT) -> PluginT:
    """Class decorator: add a plugin to the default registry."""
    return _DEFAULT.register(plugin)


def plugins() -> tuple[type[SiteExtractor], ...]:
    """The plugins of the default registry (built-in and installed)."""
    return _DEFAULT.plugins()
