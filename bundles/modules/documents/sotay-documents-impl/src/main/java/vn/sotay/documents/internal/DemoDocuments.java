package vn.sotay.documents.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Caller;
import vn.sotay.api.files.FileInspector;
import vn.sotay.api.files.InspectedFile;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.review.ReviewAction;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.spi.demo.DemoContext;
import vn.sotay.spi.demo.DemoContributor;
import vn.sotay.spi.module.SotayModule;

/**
 * The module's demo documents (DỮ LIỆU MẪU), contributed to the demo province: run by the demo
 * bundle when {@code sotay.demo=true}, only while DOC_DOCUMENT is empty; stores the rows of
 * {@code demo/documents.tsv} in order (a row may relate to earlier rows by number), each with its
 * PDF {@code demo/pdf/<number>.pdf} generated at build time by {@code DemoPdfs}, and takes each
 * through the review workflow to its state. The store publishes every write: search follows.
 */
@Component(property = SotayModule.MODULE + "=" + DocumentsModule.ID)
public class DemoDocuments implements DemoContributor {
    static final String TSV = "demo/documents.tsv";
    private static final Caller BOARD = new Caller(0, null, "Ban Biên tập Tỉnh ủy (dữ liệu mẫu)", null, List.of());
    private static final Logger LOG = LoggerFactory.getLogger(DemoDocuments.class);

    private final DocumentStore store;
    private final AttachmentFiles files;
    private final FileInspector inspector;

    /** One row of the TSV (see its header). */
    record Row(String number, String owner, boolean central, String issuer, LocalDate issuedOn, String signer,
            String title, String summary, String audience, String relations, String state, List<String> body) {
    }

    @Activate
    public DemoDocuments(@Reference DocumentStore store, @Reference AttachmentFiles files,
            @Reference FileInspector inspector) {
        this.store = store;
        this.files = files;
        this.inspector = inspector;
    }

    @Override
    public String name() {
        return DocumentsModule.ID;
    }

    @Override
    public void contribute(DemoContext demo) {
        if (!store.library().newestFirst().isEmpty() || !store.queue(EnumSet.allOf(ReviewStatus.class)).isEmpty()) {
            LOG.info("Demo documents not loaded: the module holds documents already");
            return;
        }
        List<Row> rows = rows(DemoDocuments.class.getClassLoader().getResourceAsStream(TSV));
        OrgTree tree = demo.tree();
        if (!rows.stream().allMatch(r -> tree.byCode(r.owner()) != null && tree.byCode(r.audience()) != null)) {
            LOG.warn("Demo documents (DỮ LIỆU MẪU) not loaded: the demo organisations are missing");
            return;
        }
        rows.forEach(r -> load(r, tree));
        LOG.info("Demo documents (DỮ LIỆU MẪU) loaded: {}", rows.size());
    }

    private void load(Row r, OrgTree tree) {
        List<DocumentRequest.RelationRequest> relations = new ArrayList<>();
        for (String rel : r.relations().split(";")) {
            if (!rel.isBlank()) {
                String[] kn = rel.strip().split(" ", 2);
                relations.add(new DocumentRequest.RelationRequest(kn[0], null, kn[1]));
            }
        }
        DocumentRequest req = new DocumentRequest(r.number(), r.issuer(), tree.byCode(r.owner()).id(), r.central(),
                r.issuedOn(), r.signer(), r.title(), r.summary(), tree.byCode(r.audience()).id(), null, relations);
        Instant at = r.issuedOn().atTime(9, 0).atZone(Access.ZONE).toInstant();
        Doc d = store.insert(DocumentValidation.check(req, tree, store::idsByNumber,
                id -> store.library().byId().containsKey(id), null, LocalDate.now(Access.ZONE)), BOARD, at);
        String pdf = "demo/pdf/" + pdfName(r.number());
        InputStream in = DemoDocuments.class.getClassLoader().getResourceAsStream(pdf);
        if (in != null) {
            java.nio.file.Path tmp = files.receive(in, AttachmentFiles.MAX_BYTES);
            try {
                InspectedFile f = inspector.inspect(pdfName(r.number()), tmp, DocumentsResource.ACCEPTED,
                        AttachmentFiles.MAX_BYTES);
                files.keep(tmp, f);
                store.attach(d.id(), r.number().replace("/", "-") + ".pdf", f, BOARD, at);
            } finally {
                files.discard(tmp);
            }
        }
        if (!r.state().equals("DRAFT")) {
            d = store.save(d.id(), ReviewAction.SUBMIT, BOARD, at, null, (em, e) -> { });
        }
        if (r.state().equals("PUBLISHED") || r.state().equals("EXPIRED")) {
            d = store.save(d.id(), ReviewAction.APPROVE, BOARD, at, null, DocumentStore.approval(BOARD, at, o -> true));
        }
        if (r.state().equals("EXPIRED")) {
            d = store.legalStatus(d.id(), LegalStatus.EXPIRED, BOARD, at);
        }
    }

    /** The rows of a demo TSV, comment lines skipped. */
    static List<Row> rows(InputStream in) {
        List<Row> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                out.add(new Row(c[0], c[1], "1".equals(c[2]), c[3], LocalDate.parse(c[4]), c[5], c[6], c[7], c[8],
                        c[9], c[10], Arrays.asList(c[11].split("\\|"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The generated PDF's name for a number: {@code 619-BC/ĐUK} → {@code 619-bc-duk.pdf}. */
    static String pdfName(String number) {
        return DocumentNumber.fold(number).replaceAll("[^a-z0-9]+", "-") + ".pdf";
    }
}
