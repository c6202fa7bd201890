"""Registry of site plugins: registration, entry-point discovery and matching."""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Iterable, Iterator
from importlib.metadata import entry_points
from typing import TypeVar

from newsparse.errors import UnknownExtractorError
from newsparse.hosts import host_of
from newsparse.page import Page
from newsparse.plugin import FIELDS, SELECTOR_FIELDS, SiteExtractor

logger = logging.getLogger("newsparse")

ENTRY_POINT_GROUP = "newsparse.extractors"
# Modules whose BUILTIN_PLUGINS the default registry adds on first use.
BUILTIN_MODULES: tuple[str, ...] = ("newsparse.sites",)

PluginT = TypeVar("PluginT", bound=type[SiteExtractor])


def _normalise_domain(domain: str) -> str:
    domain = domain.strip().strip(".").lower()
    return domain[4:] if domain.startswith("www.") else domain


def domain_matches(host: str, domain: str) -> bool:
    """True when ``host`` is ``domain`` or one of its subdomains (not a look-alike)."""
    domain = _normalise_domain(domain)
    return bool(domain) and (host == domain or host.endswith("." + domain))


def _check_plugin(plugin: object) -> None:
    """Reject a class that cannot work as a plugin, with a message its author can act on."""
    if not (isinstance(plugin, type) and issubclass(plugin, SiteExtractor)):
        raise TypeError(f"a plugin must be a SiteExtractor subclass, got {plugin!r}")
    name = plugin.name
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"plugin {plugin.__qualname__} has no name")
    if name == "generic":
        raise ValueError("'generic' is the name of the built-in engine")
    for attribute in ("domains", "remove"):
        value = getattr(plugin, attribute)
        if isinstance(value, str) or not all(isinstance(item, str) for item in value):
            raise TypeError(f"plugin {name}: {attribute} must be a tuple of strings, got {value!r}")
    for field in FIELDS:
        value = getattr(plugin, field, None)
        if field in SELECTOR_FIELDS and value is not None and not isinstance(value, str):
            raise TypeError(f"plugin {name}: {field} must be a CSS selector string, got {value!r}")
    for domain in plugin.domains:
        if not _normalise_domain(domain) or any(c in domain for c in "/:@ "):
            raise ValueError(f"plugin {name}: {domain!r} is not a domain name")


class Registry:
    """An ordered set of site plugins.

    ``Registry()`` is empty and isolated: ``parse(html, registry=Registry())`` runs the
    generic engine alone. :func:`default_registry` holds the built-in plugins and those that
    installed packages advertise in the ``newsparse.extractors`` entry-point group.
    """

    def __init__(self, plugins: Iterable[type[SiteExtractor]] = ()) -> None:
        self._plugins: dict[str, type[SiteExtractor]] = {}
        self._builtin: set[str] = set()
        for plugin in plugins:
            self.register(plugin)

    def register(self, plugin: PluginT) -> PluginT:
        """Add a plugin class (also usable as a decorator); one of the same name is replaced.

        Raises TypeError or ValueError for a class that is not a usable plugin.
        """
        _check_plugin(plugin)
        self._plugins.pop(plugin.name, None)
        self._plugins[plugin.name] = plugin
        self._builtin.discard(plugin.name)
        return plugin

    def unregister(self, name: str) -> None:
        """Remove the plugin of that name (no error if absent)."""
        self._loaded().pop(name, None)

    def _loaded(self) -> dict[str, type[SiteExtractor]]:
        return self._plugins

    def plugins(self) -> tuple[type[SiteExtractor], ...]:
        """The registered plugin classes, in the order they are tried (see :meth:`candidates`)."""
        loaded = self._loaded()
        # Plugins of the user and of installed packages come before the built-in ones, so
        # that they can take over a CMS family a built-in plugin also recognises.
        ordered = sorted(loaded, key=lambda name: name in self._builtin)
        return tuple(loaded[name] for name in ordered)

    def names(self) -> tuple[str, ...]:
        """The names of the registered plugins, in the order they are tried."""
        return tuple(plugin.name for plugin in self.plugins())

    def __iter__(self) -> Iterator[type[SiteExtractor]]:
        return iter(self.plugins())

    def __len__(self) -> int:
        return len(self._loaded())

    def __contains__(self, name: object) -> bool:
        return name in self._loaded()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self.names())!r})"

    def get(self, name: str) -> type[SiteExtractor]:
        """The plugin called ``name``; raises :class:`UnknownExtractorError`."""
        try:
            return self._loaded()[name]
        except KeyError:
            known = ", ".join(sorted(self._loaded())) or "none"
            raise UnknownExtractorError(f"no extractor named {name!r} (known: {known})") from None

    def candidates(self, page: Page) -> list[type[SiteExtractor]]:
        """Plugins for this page, best first: domain matches, then fingerprint matches.

        Domains are matched against the URL the caller gave. Without one, a plugin's domain
        may match the page's canonical host, but only when the page's markup confirms it
        (the plugin's fingerprint, or its body selector, is found): a syndicated copy
        points its canonical at the original publisher, whose plugin would not fit it.
        """
        plugins = self.plugins()
        by_domain: list[tuple[int, type[SiteExtractor]]] = []
        host = page.host
        confirm = host is None
        if confirm:
            host = host_of(page.canonical_hint)
        if host:
            for plugin in plugins:
                lengths = [len(d) for d in plugin.domains if domain_matches(host, d)]
                if lengths and (not confirm or _markup_confirms(plugin, page)):
                    by_domain.append((-max(lengths), plugin))
        # The most specific domain first (a plugin for news.example.com before example.com).
        by_domain.sort(key=lambda item: item[0])
        chosen = [plugin for _, plugin in by_domain]
        for plugin in plugins:
            if plugin not in chosen and _fingerprint_matches(plugin, page):
                chosen.append(plugin)
        return chosen


def _fingerprint_matches(plugin: type[SiteExtractor], page: Page) -> bool:
    try:
        return bool(plugin.matches(page))
    except Exception as error:  # a plugin's own matcher must not break a parse
        logger.warning(
            "plugin %s: matches() failed: %s: %s", plugin.name, type(error).__name__, error
        )
        return False


def _markup_confirms(plugin: type[SiteExtractor], page: Page) -> bool:
    if _fingerprint_matches(plugin, page):
        return True
    try:
        return bool(plugin.body) and page.select_one(str(plugin.body)) is not None
    except Exception as error:
        logger.warning(
            "plugin %s: body selector failed: %s: %s", plugin.name, type(error).__name__, error
        )
        return False


class DefaultRegistry(Registry):
    """The process-wide registry: built-ins and entry points, discovered lazily on first use.

    Discovery never replaces a plugin registered explicitly (with :func:`register`) under
    the same name: the user's choice wins over what is installed.
    """

    def __init__(self) -> None:
        super().__init__()
        self._discovered = False
        self._discovering = False
        self._explicit: set[str] = set()
        self._lock = threading.RLock()

    def register(self, plugin: PluginT) -> PluginT:
        with self._lock:
            super().register(plugin)
            if not self._discovering:
                self._explicit.add(plugin.name)
        return plugin

    def unregister(self, name: str) -> None:
        with self._lock:
            super().unregister(name)
            self._explicit.discard(name)

    def _loaded(self) -> dict[str, type[SiteExtractor]]:
        if not self._discovered:
            with self._lock:
                # A plugin module imported during discovery may ask for the plugins itself.
                if not self._discovered and not self._discovering:
                    self._discovering = True
                    try:
                        self._discover()
                    finally:
                        self._discovering = False
                        self._discovered = True
        return self._plugins

    def _add_discovered(self, plugin: object, builtin: bool) -> None:
        name = getattr(plugin, "name", None)
        if name in self._explicit:
            logger.info("plugin %s: registered explicitly; the installed one is ignored", name)
            return
        self.register(plugin)  # type: ignore[type-var]  # checked by register
        if builtin:
            self._builtin.add(str(name))

    def _discover(self) -> None:
        for module in BUILTIN_MODULES:
            try:
                for plugin in importlib.import_module(module).BUILTIN_PLUGINS:
                    self._add_discovered(plugin, builtin=True)
            except Exception as error:
                logger.error("built-in plugins of %s failed to load: %r", module, error)
        try:
            found = entry_points(group=ENTRY_POINT_GROUP)
        except Exception as error:
            logger.warning("could not read entry points of %s: %r", ENTRY_POINT_GROUP, error)
            return
        for entry_point in found:
            try:
                loaded = entry_point.load()
                for plugin in _plugins_in(loaded):
                    self._add_discovered(plugin, builtin=False)
            except Exception as error:
                logger.warning(
                    "skipping plugin entry point %r (%s): %s: %s",
                    entry_point.name,
                    entry_point.value,
                    type(error).__name__,
                    error,
                )

    def reload(self) -> None:
        """Discover built-ins and entry points again on next use (after installing a plugin
        package). Plugins registered explicitly with :func:`register` are kept."""
        with self._lock:
            for name in list(self._plugins):
                if name not in self._explicit:
                    del self._plugins[name]
            self._builtin.clear()
            self._discovered = False


def _plugins_in(loaded: object) -> list[object]:
    """An entry point may name a plugin class, a list or tuple of them, or a module that
    registers its plugins with ``@register`` on import (then nothing more to add)."""
    if isinstance(loaded, type):
        return [loaded]
    if isinstance(loaded, (list, tuple)):
        return list(loaded)
    if hasattr(loaded, "__path__") or hasattr(loaded, "__file__"):
        return []
    raise TypeError(f"entry point gave {loaded!r}, not a SiteExtractor subclass")


_DEFAULT = DefaultRegistry()


def default_registry() -> DefaultRegistry:
    """The process-wide registry used by :func:`newsparse.parse` when none is given."""
    return _DEFAULT


def register(plugin: PluginT) -> PluginT:
    """Class decorator: add a plugin to the default registry."""
    return _DEFAULT.register(plugin)


def plugins() -> tuple[type[SiteExtractor], ...]:
    """The plugins of the default registry (built-in and installed), in the order tried."""
    return _DEFAULT.plugins()
