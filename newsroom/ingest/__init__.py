"""Reading copy into plain parsed items: bulletins, drafts, and their encodings."""

from newsroom.ingest.model import IngestError, ParsedAttachment, ParsedByline, ParsedItem

__all__ = ["IngestError", "ParsedAttachment", "ParsedByline", "ParsedItem"]
