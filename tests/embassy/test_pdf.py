"""Uploaded PDF documents are checked by their content: a file that is not
a PDF, or a PDF that could run a script or unpack a file, is refused with
a message saying why."""

import io
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    StreamObject,
    TextStringObject,
)

from embassy.pdf import validate_pdf
from tests.consular.factories import pdf_bytes, pdf_with


def upload(content, name="form.pdf"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def javascript(code):
    return DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject(code),
        }
    )


def refusal(content):
    with pytest.raises(ValidationError) as refused:
        validate_pdf(upload(content))
    return refused.value.messages[0]


def test_a_real_pdf_is_accepted_and_left_to_be_read_from_its_start():
    file = upload(pdf_bytes())
    validate_pdf(file)
    assert file.read(5) == b"%PDF-"


def test_an_html_file_renamed_pdf_is_refused():
    message = refusal(b"<!doctype html><html><script>alert(1)</script></html>")
    assert message == "This is not a PDF document: only PDF files are accepted."


def test_a_page_that_runs_javascript_when_shown_is_refused():
    def page_action(writer):
        writer.pages[0][NameObject("/AA")] = DictionaryObject(
            {NameObject("/O"): javascript("app.alert('hello');")}
        )

    assert "JavaScript" in refusal(pdf_with(page_action))


def test_an_open_action_with_javascript_is_refused():
    def open_action(writer):
        writer._root_object[NameObject("/OpenAction")] = javascript("app.alert(1)")

    assert "JavaScript" in refusal(pdf_with(open_action))


def test_javascript_hidden_behind_an_escaped_name_is_refused():
    # "/Java#53cript" is "/JavaScript" once the name is read.
    content = pdf_bytes().replace(
        b"/Type /Catalog",
        b"/Type /Catalog /OpenAction << /S /Java#53cript /J#53 (app.alert(1)) >>",
        1,
    )
    assert b"/Type /Catalog /OpenAction" in content
    assert "JavaScript" in refusal(content)


def test_a_pdf_carrying_a_file_is_refused():
    content = pdf_with(lambda writer: writer.add_attachment("run.exe", b"MZ..."))
    assert "embedded files" in refusal(content)


def test_a_broken_pdf_is_refused():
    message = refusal(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    assert message.startswith("The PDF could not be read")


def test_a_pdf_with_a_password_is_refused():
    content = pdf_with(lambda writer: writer.encrypt("secret", algorithm="AES-128"))
    assert "password" in refusal(content)


def test_a_file_too_large_is_refused_before_it_is_read(settings):
    big = io.BytesIO(b"%PDF-1.7\n" + b" " * (21 * 1024 * 1024))
    file = SimpleUploadedFile("big.pdf", big.getvalue())
    with pytest.raises(ValidationError, match="larger than"):
        validate_pdf(file)


def test_a_file_attached_to_a_page_is_refused():
    def attachment(writer):
        stream = StreamObject()
        stream.set_data(b"MZ...")
        stream[NameObject("/Type")] = NameObject("/EmbeddedFile")
        embedded = writer._add_object(stream)
        annotation = DictionaryObject(
            {
                NameObject("/Subtype"): NameObject("/FileAttachment"),
                NameObject("/FS"): DictionaryObject(
                    {NameObject("/EF"): DictionaryObject({NameObject("/F"): embedded})}
                ),
            }
        )
        writer.pages[0][NameObject("/Annots")] = ArrayObject(
            [writer._add_object(annotation)]
        )

    assert "embedded files" in refusal(pdf_with(attachment))


@pytest.mark.parametrize(
    ("action", "said"),
    [
        ("/Launch", "starts a program"),
        ("/SubmitForm", "sends or reads data"),
        ("/GoToE", "embedded files"),
    ],
)
def test_an_action_named_through_a_reference_is_refused(action, said):
    def open_action(writer):
        kind = writer._add_object(NameObject(action))
        writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
            {NameObject("/S"): kind}
        )

    assert said in refusal(pdf_with(open_action))


def test_an_xfa_form_is_refused():
    def xfa(writer):
        writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
            {NameObject("/Fields"): ArrayObject(), NameObject("/XFA"): ArrayObject()}
        )

    assert "XFA form" in refusal(pdf_with(xfa))


def test_a_decompression_bomb_is_refused_without_a_server_error():
    # A few kilobytes that inflate to 100 MB, as the object stream the
    # catalog's objects are read from.
    bomb = zlib.compress(b"0" * 100_000_000, 9)
    content = (
        b"%PDF-1.7\n1 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode "
        b"/Length "
        + str(len(bomb)).encode()
        + b" >>\nstream\n"
        + bomb
        + b"\nendstream endobj\n"
        b"trailer << /Root 2 0 R /Size 3 >>\n%%EOF"
    )
    message = refusal(content)
    assert message.startswith(("The PDF could not be read", "The PDF is too complex"))
