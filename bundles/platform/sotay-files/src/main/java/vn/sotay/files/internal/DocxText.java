package vn.sotay.files.internal;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import vn.sotay.api.files.FileInspector;

/**
 * Text of a DOCX (page headers first, body, tables, footers, footnotes) with Apache POI, opened
 * read-only from the file after its central directory passed {@link ZipBounds}.
 */
final class DocxText {
    /** Largest part POI inflates: a document.xml this big is about 10,000 pages of text. */
    static final long MAX_PART = 64L * 1024 * 1024;
    /** POI marks where a footnote or endnote is referenced: noise for search. */
    private static final Pattern NOTE_REF = Pattern.compile("\\[(?:footnoteRef|endnoteRef):\\d+\\]");

    static {
        // POI is private to this bundle, so its global zip-bomb limits are ours alone
        ZipSecureFile.setMaxEntrySize(MAX_PART);
    }

    private DocxText() {
    }

    static Parsed read(Path file, Refusals refuse) throws Exception {
        ZipBounds.Declared d = ZipBounds.read(file);
        if (d.entries() > FileInspector.MAX_ZIP_ENTRIES) {
            throw refuse.tooManyEntries(d.entries());
        }
        if (d.expanded() > FileInspector.MAX_ZIP_EXPANDED) {
            throw refuse.tooLargeExpanded(d.expanded());
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XWPFDocument doc = new XWPFDocument(pkg);
            String raw = NOTE_REF.matcher(new XWPFWordExtractor(doc).getText()).replaceAll(" ");
            return Parsed.document(raw, Texts.clean(raw), 0);
        }
    }
}
