"""Inline styles that hide an element from readers (data only)."""

from __future__ import annotations

import re

#: ``style`` values that hide an element: not displayed, invisible, or pushed a thousand
#: pixels or more off the screen (hidden SEO links: ``position:absolute; left:-9999px``).
HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|(?:left|top|text-indent)\s*:\s*-\d{4,}px"
    # a visually hidden text's clip to nothing ("clip:rect(0 0 0 0)", "clip: rect(1px, 1px,
    # 1px, 1px)"): for screen readers only
    r"|clip\s*:\s*rect\(\s*[01](?:px)?[\s,]+[01](?:px)?[\s,]+[01](?:px)?",
    re.I,
)

# Of those, the inline style that keeps a block invisible until a script shows it
# (``visibility: hidden``: WeChat's js_content), and the one that removes it from the page.
SCRIPT_REVEAL_STYLE = re.compile(r"visibility\s*:\s*hidden", re.I)
NOT_DISPLAYED_STYLE = re.compile(r"display\s*:\s*none", re.I)
