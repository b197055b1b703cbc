/**
 * Printable PDF documents (certificates, reports) in Vietnamese, without a module knowing PDFBox:
 * a module describes the document as lines of text ({@link vn.sotay.api.pdf.PdfDocument}) and
 * {@link vn.sotay.api.pdf.PdfService} lays it out. Implemented by {@code sotay-files}, which embeds
 * Apache PDFBox privately and the Liberation Sans font that covers every Vietnamese letter.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.sotay.api.pdf;
