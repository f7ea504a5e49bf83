"""The live preview's page (``cxmap serve``): one self-contained HTML document.

:func:`page_html` is pure: language, what is served, the view and the
script's nonce in, the page out.  The page carries its own style and script
(no CDN, nothing fetched but the preview's own endpoints) and every word it
shows, from the ``serve`` catalogue, in the user's language.  Map text never
reaches it as markup: the script puts names, paths and messages in with
``textContent``, and a drawing is parsed as SVG, cleaned of anything that
could run, and imported as nodes.
"""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING

from cxmap.i18n import Language, catalogue

if TYPE_CHECKING:
    import jinja2


@cache
def _template() -> jinja2.Template:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("cxmap.outputs.preview", "templates"),
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined)
    return env.get_template("page.html.j2")


def page_words(lang: Language) -> dict[str, str]:
    """The words the page shows (the ``serve`` catalogue's ``page_*``), without the prefix."""
    return {key.removeprefix("page_"): text for key, text in catalogue("serve", lang).items()
            if key.startswith("page_")}


def script_json(value: object) -> str:
    """JSON that can stand inside a ``<script>`` element (no ``<``, ``>`` or ``&``)."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_html(lang: Language, target: str, view: str, nonce: str) -> str:
    """The preview page for ``target`` (a map or a folder, as given) in ``view``."""
    import markupsafe

    words = page_words(lang)
    return _template().render(lang=lang.value, target=target, view=view, nonce=nonce,
                              words=words,
                              words_json=markupsafe.Markup(script_json(words)))


__all__ = ["page_html", "page_words", "script_json"]
