"""Uploaded PDF documents: checked by their content, not their name.

A file is accepted only if pypdf reads it as a PDF, and refused if it
carries anything a reader could run, unpack or send: JavaScript (a document
or page action, a form field's script, the document's named scripts, an XFA
form), an action that launches a program, opens an embedded document or
sends data, rich media, or embedded and attached files. Such a file is
refused rather than cleaned: a visitor downloads exactly what the editor
checked. The check is bounded in time and memory: a crafted file that
would take longer is refused too.
"""

import logging
import time

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader, apply_configuration
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

logger = logging.getLogger(__name__)

# Keys, action types and object types that make a document run, unpack or
# send something.
ACTIVE_KEYS = {
    "/JS": "javascript",
    "/JavaScript": "javascript",
    "/XFA": "xfa",
    "/EmbeddedFiles": "files",
    "/EF": "files",
    "/RichMediaContent": "media",
    "/Launch": "launch",
}
ACTIVE_ACTIONS = {
    "/JavaScript": "javascript",
    "/Launch": "launch",
    "/GoToE": "files",
    "/ImportData": "data",
    "/SubmitForm": "data",
    "/Rendition": "media",
    "/RichMediaExecute": "media",
}
ACTIVE_TYPES = {
    "/EmbeddedFile": "files",
    "/FileAttachment": "files",
    "/RichMedia": "media",
}
# A form of a few pages has some thousands of objects and small streams:
# far more is not one, and is refused before it costs the server.
MAX_OBJECTS = 200_000
MAX_BYTES = 20 * 1024 * 1024
MAX_SECONDS = 10
DECODED_PER_STREAM = 5_000_000
LIMITS = {
    "zlib_maximum_output_length": DECODED_PER_STREAM,
    "lzw_maximum_output_length": DECODED_PER_STREAM,
    "run_length_maximum_output_length": DECODED_PER_STREAM,
    "brotli_maximum_output_length": DECODED_PER_STREAM,
    "jbig2_maximum_output_length": DECODED_PER_STREAM,
    "array_based_stream_maximum_output_length": DECODED_PER_STREAM,
    "stream_decoding_work_maximum_length": 4 * DECODED_PER_STREAM,
    "maximum_declared_stream_length": MAX_BYTES,
}


class TooComplex(Exception):
    pass


def validate_pdf(file):
    """Raises ValidationError unless ``file`` (an uploaded file) is a PDF
    document with nothing active in it."""
    if file.size > MAX_BYTES:
        raise ValidationError(
            _("The file is larger than %(limit)s."),
            params={"limit": filesizeformat(MAX_BYTES)},
            code="too_large",
        )
    file.seek(0)
    if not file.read(1024).lstrip().startswith(b"%PDF-"):
        raise ValidationError(
            _("This is not a PDF document: only PDF files are accepted."),
            code="not_pdf",
        )
    file.seek(0)
    try:
        with apply_configuration(**LIMITS):
            reader = PdfReader(file)
            if reader.is_encrypted:
                raise ValidationError(
                    _("The PDF is protected by a password: upload it without one."),
                    code="encrypted",
                )
            active = _active_content(reader.trailer["/Root"])
            # Every page must be readable, as a reader would read them.
            len(reader.pages)
    except ValidationError:
        raise
    except TooComplex as error:
        raise ValidationError(
            _("The PDF is too complex to be checked: save it again as PDF."),
            code="too_complex",
        ) from error
    except Exception as error:
        # Whatever pypdf cannot read (it raises more than its own errors on
        # malformed files) is refused, never a server error.
        logger.info("PDF refused as unreadable: %r", error)
        raise ValidationError(
            _("The PDF could not be read (%(error)s): save it again as PDF."),
            params={"error": str(error)[:120]},
            code="unreadable",
        ) from error
    finally:
        file.seek(0)
    if active:
        raise ValidationError(
            _(
                "The PDF contains %(what)s, which is refused for visitors' "
                "safety: save it again without it (for example by printing "
                "it to a new PDF)."
            ),
            params={"what": active},
            code="active_content",
        )


def _active_content(root):
    """What active content is reachable from the document's catalog: a
    description, or ""."""
    deadline = time.monotonic() + MAX_SECONDS
    seen = set()
    pending = [root]
    while pending:
        if len(seen) > MAX_OBJECTS or time.monotonic() > deadline:
            raise TooComplex
        item = _resolved(pending.pop(), seen)
        if isinstance(item, DictionaryObject):
            for name, value in item.items():
                if name in ACTIVE_KEYS:
                    return _describe(ACTIVE_KEYS[name])
                if name in ("/S", "/Type", "/Subtype"):
                    kind = _resolved(value, seen)
                    if isinstance(kind, NameObject):
                        found = (ACTIVE_ACTIONS if name == "/S" else ACTIVE_TYPES).get(
                            kind
                        )
                        if found:
                            return _describe(found)
                pending.append(value)
        elif isinstance(item, ArrayObject):
            pending.extend(item)
    return ""


def _resolved(item, seen):
    """The object an indirect reference stands for, once: None when it was
    seen before."""
    if not isinstance(item, IndirectObject):
        return item
    key = (item.idnum, item.generation)
    if key in seen:
        return None
    seen.add(key)
    return item.get_object()


def _describe(kind):
    return str(
        {
            "javascript": _("JavaScript"),
            "files": _("embedded files"),
            "launch": _("an action that starts a program"),
            "data": _("an action that sends or reads data"),
            "media": _("rich media that plays on its own"),
            "xfa": _("an XFA form, which can run scripts"),
        }[kind]
    )
