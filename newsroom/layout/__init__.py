"""DOCX pages and galleys for layout staff, built from plain dataclasses (no Qt, no database)."""

from newsroom.layout.docx_writer import page_filename, write_edition, write_page
from newsroom.layout.model import LayoutArticle, LayoutByline, LayoutPage
from newsroom.layout.stylesheet import StyleSheet, StyleSheetError, load_stylesheet

__all__ = [
    "LayoutArticle",
    "LayoutByline",
    "LayoutPage",
    "StyleSheet",
    "StyleSheetError",
    "load_stylesheet",
    "page_filename",
    "write_edition",
    "write_page",
]
