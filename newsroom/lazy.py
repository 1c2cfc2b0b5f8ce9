"""Modules loaded on first use, so the window can show before SQLAlchemy is loaded.

``orm = lazy("sqlalchemy.orm")`` costs nothing until ``orm.Session`` is first read;
then the module is imported as usual and every later read goes straight to it.
"""

from __future__ import annotations

import importlib
import types


class _LazyModule(types.ModuleType):
    def __getattr__(self, name: str):
        module = importlib.import_module(self.__name__)
        value = getattr(module, name)
        setattr(self, name, value)  # the next read does not come here
        return value


def lazy(name: str) -> types.ModuleType:
    """A stand-in for the module ``name`` that imports it when an attribute is read."""
    return _LazyModule(name)
