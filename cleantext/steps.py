"""The built-in steps: importing this module registers them all.

The package ``__init__`` imports it once, so ``get_filter``, ``registered_filters``
and `DEFAULT_STEPS` see the built-ins whichever module a user imports first;
`cleantext.pipeline` itself imports none of the step packages. Importing
`cleantext.plugins` hooks the loading of installed plug-ins' filters into the registry.
"""

from . import extract, filters, markup, plugins, site  # noqa: F401  (their modules run @register_filter)

__all__: list[str] = []
