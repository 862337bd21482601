"""What a .pdf says, read as the renderer writes it (fpdf2 gives no text back out of the file)."""

from fpdf import FPDF


def record_pdf_texts(monkeypatch):
    """A list that fills with every text the PDF renderer writes (``FPDF.multi_cell``) from now on."""
    written = []
    original = FPDF.multi_cell

    def recording(self, w, h=None, text="", *more, **options):
        written.append(text)
        return original(self, w, h, text, *more, **options)

    monkeypatch.setattr(FPDF, "multi_cell", recording)
    return written
