package vn.sotay.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.ProblemException;
import vn.sotay.api.files.FileInspector;
import vn.sotay.api.files.FileKind;
import vn.sotay.api.files.InspectedFile;

/** {@link FileInspector} on PDFBox (PDF), Apache POI (DOCX) and ImageIO (PNG, JPEG, GIF; WebP by its header), all private to this bundle. */
@Component(service = FileInspector.class)
public class FileInspectorImpl implements FileInspector {
    private static final Logger LOG = LoggerFactory.getLogger(FileInspectorImpl.class);

    @Override
    public InspectedFile inspect(String fileName, Path content, Set<FileKind> accepted, long maxBytes) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(accepted, "accepted");
        Refusals refuse = new Refusals(fileName, accepted);
        try {
            long size = Files.size(content);
            if (size == 0) {
                throw refuse.empty();
            }
            if (size > maxBytes) {
                throw refuse.tooLarge(size, maxBytes);
            }
            Sniffer.Sniffed sniffed = Sniffer.sniff(content);
            FileKind kind = sniffed.kind();
            String ext = FileNames.extension(fileName);
            FileKind announced = FileNames.announced(ext);
            if (announced == FileKind.DOCX && sniffed.zip()) {
                if (kind == null) {
                    throw refuse.corrupt(FileKind.DOCX); // a ZIP without word/document.xml, or a broken one
                }
            } else if (announced != null && announced != kind) {
                throw refuse.disguised(ext, kind == null ? sniffed.what() : Refusals.name(kind));
            }
            if (kind == null) {
                throw refuse.unknown(sniffed.what());
            }
            if (FileNames.program(ext)) {
                throw refuse.programName(ext, kind);
            }
            if (!accepted.contains(kind)) {
                throw refuse.notAccepted(kind);
            }
            Parsed parsed = parse(fileName, content, kind, refuse);
            if (!kind.image()) {
                Optional<String> mark = Classification.inHeading(parsed.head());
                if (mark.isPresent()) {
                    LOG.info("Refused {} {}: classification mark {} in its heading", kind, fileName, mark.get());
                    throw refuse.classified(mark.get());
                }
            }
            return new InspectedFile(kind, size, sha256(content), parsed.text(), parsed.pages(), parsed.width(),
                    parsed.height());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading upload " + content + " failed", e);
        }
    }

    @Override
    public Optional<String> classificationMark(String title) {
        return Classification.inTitle(title);
    }

    @Override
    public void requireUnclassifiedTitle(String field, String title) {
        Optional<String> mark = Classification.inTitle(title);
        if (mark.isPresent()) {
            throw Refusals.classifiedTitle(field, mark.get());
        }
    }

    /**
     * Parses with the bundle's class loader as context loader (XMLBeans finds POI's schema types
     * through it). A bound passed is refused as such (413, before anything is decoded); anything
     * else a parser throws refuses the file as corrupt, except a JVM failure such as
     * {@link OutOfMemoryError}.
     */
    private static Parsed parse(String fileName, Path content, FileKind kind, Refusals refuse) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(FileInspectorImpl.class.getClassLoader());
        try {
            return switch (kind) {
                case PDF -> PdfText.read(content, refuse);
                case DOCX -> DocxText.read(content, refuse);
                case PNG, JPEG, GIF, WEBP -> Images.read(content, kind, refuse);
            };
        } catch (ProblemException e) {
            throw e; // a bound passed: the parser's own refusal
        } catch (Parsed.Encrypted e) {
            throw refuse.encrypted();
        } catch (LinkageError e) {
            // a class this file needs is not embedded (or an optional import is missing): refused,
            // but loudly, since a packaging gap may refuse valid files
            LOG.error("Refused {} {}: the parser needs a class sotay-files lacks", kind, fileName, e);
            throw refuse.corrupt(kind);
        } catch (VirtualMachineError e) {
            if (!(e instanceof StackOverflowError)) {
                throw e; // out of memory: not the file's verdict
            }
            LOG.info("Refused {} {} as corrupt: nested too deeply", kind, fileName);
            throw refuse.corrupt(kind);
        } catch (Throwable e) {
            LOG.info("Refused {} {} as corrupt: {}", kind, fileName, String.valueOf(e));
            throw refuse.corrupt(kind);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
