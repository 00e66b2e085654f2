"""Uploaded PDF documents: checked by their content, not their name.

A file is accepted only if pypdf reads it as a PDF, and refused if it
carries anything a reader could run or unpack: JavaScript (a document or
page action, a form field's script, the document's named scripts), an
action that launches a program, or embedded files. Such a file is refused
rather than cleaned: a visitor downloads exactly what the editor checked.
"""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

# Keys and action types that make a document run or unpack something.
ACTIVE_KEYS = {"/JS", "/JavaScript", "/EmbeddedFiles", "/EmbeddedFile", "/Launch"}
ACTIVE_ACTIONS = {"/JavaScript", "/Launch", "/ImportData", "/SubmitForm"}
# A form of a few pages has some thousands of objects: far more is not one.
MAX_OBJECTS = 200_000
MAX_BYTES = 20 * 1024 * 1024


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
    except (PdfReadError, ValueError, KeyError, TypeError, RecursionError) as error:
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
    seen = set()
    pending = [root]
    while pending:
        if len(seen) > MAX_OBJECTS:
            raise ValueError("too many objects")
        item = pending.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            for name, value in item.items():
                if name in ACTIVE_KEYS:
                    return _describe(name)
                if name == "/S" and isinstance(value, NameObject):
                    if value in ACTIVE_ACTIONS:
                        return _describe(value)
                pending.append(value)
        elif isinstance(item, ArrayObject):
            pending.extend(item)
    return ""


def _describe(name):
    if name in ("/EmbeddedFiles", "/EmbeddedFile"):
        return str(_("embedded files"))
    if name in ("/Launch",):
        return str(_("an action that starts a program"))
    if name in ("/ImportData", "/SubmitForm"):
        return str(_("an action that sends or reads data"))
    return str(_("JavaScript"))
