import io

from django.core.files.base import ContentFile
from PIL import Image
from pypdf import PdfWriter

from consular.models import Fee, Guide, GuideForm, RequiredDocument
from embassy.publishing import Status


def make_guide(documents=(), fees=(), **fields):
    values = {
        "kind": Guide.Kind.PASSPORTS,
        "slug": "lost-passport",
        "title_en": "A lost passport",
        "title_ru": "Утерянный паспорт",
        "audience_en": "Citizens whose passport was lost abroad.",
        "status": Status.PUBLISHED,
        "processing_time": 1,
        **fields,
    }
    guide = Guide(**values)
    guide.full_clean()
    guide.save()
    for number, text in enumerate(documents):
        RequiredDocument.objects.create(guide=guide, order=number, text_en=text)
    for number, (amount, currency) in enumerate(fees):
        Fee.objects.create(guide=guide, order=number, amount=amount, currency=currency)
    return guide


def pdf_bytes(title="Application form"):
    """A real PDF of one page, as Pillow writes it."""
    buffer = io.BytesIO()
    Image.new("RGB", (200, 280), "white").save(buffer, format="PDF", title=title)
    return buffer.getvalue()


def pdf_with(change):
    """A real PDF that ``change(writer)`` has added something to."""
    writer = PdfWriter(clone_from=io.BytesIO(pdf_bytes()))
    change(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def make_form(guide, content=None, title="Application form"):
    form = GuideForm(
        guide=guide,
        title_en=title,
        file=ContentFile(content or pdf_bytes(), name="application.pdf"),
    )
    form.full_clean()
    form.save()
    return form
