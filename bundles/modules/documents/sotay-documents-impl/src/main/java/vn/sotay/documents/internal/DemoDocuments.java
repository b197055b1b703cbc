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
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Caller;
import vn.sotay.api.files.FileInspector;
import vn.sotay.api.files.InspectedFile;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.review.ReviewAction;

/**
 * The module's demo documents (DỮ LIỆU MẪU): when {@code sotay.demo=true} and DOC_DOCUMENT is
 * empty, a background thread waits (at most 5 min) for the demo province's organisations, then
 * stores the rows of {@code demo/documents.tsv} in order (a row may relate to earlier rows by
 * number), each with its PDF {@code demo/pdf/<number>.pdf} generated at build time by
 * {@code DemoPdfs}, and takes each through the review workflow to its state. Never fails activation.
 */
@Component(immediate = true, service = {})
public class DemoDocuments {
    static final String TSV = "demo/documents.tsv";
    private static final Caller BOARD = new Caller(0, null, "Ban Biên tập Tỉnh ủy (dữ liệu mẫu)", null, List.of());
    private static final Logger LOG = LoggerFactory.getLogger(DemoDocuments.class);
    private static final Object LOCK = new Object();

    private final DocumentStore store;
    private final DocumentIndexer indexer;
    private final AttachmentFiles files;
    private final FileInspector inspector;
    private final OrgService orgs;
    private volatile boolean stopped;
    private Thread worker;

    /** One row of the TSV (see its header). */
    record Row(String number, String owner, boolean central, String issuer, LocalDate issuedOn, String signer,
            String title, String summary, String audience, String relations, String state, List<String> body) {
    }

    @Activate
    public DemoDocuments(@Reference DocumentStore store, @Reference DocumentIndexer indexer,
            @Reference AttachmentFiles files, @Reference FileInspector inspector, @Reference OrgService orgs,
            BundleContext context) {
        this.store = store;
        this.indexer = indexer;
        this.files = files;
        this.inspector = inspector;
        this.orgs = orgs;
        if ("true".equalsIgnoreCase(String.valueOf(context.getProperty("sotay.demo")).trim())
                && store.library().newestFirst().isEmpty() && store.queue(java.util.EnumSet.allOf(
                        vn.sotay.api.review.ReviewStatus.class)).isEmpty()) {
            worker = new Thread(this::run, "sotay-documents-demo");
            worker.setDaemon(true);
            worker.start();
        }
    }

    @Deactivate
    void deactivate() {
        stopped = true;
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void run() {
        try {
            long deadline = System.nanoTime() + 300_000_000_000L;
            List<Row> rows = rows(DemoDocuments.class.getClassLoader().getResourceAsStream(TSV));
            while (!rows.stream().allMatch(r -> orgs.tree().byCode(r.owner()) != null && orgs.tree().byCode(r.audience()) != null)) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("Demo documents (DỮ LIỆU MẪU) not loaded: the demo organisations did not appear");
                    return;
                }
                Thread.sleep(2000);
            }
            synchronized (LOCK) {
                if (!stopped && store.library().newestFirst().isEmpty()) {
                    rows.forEach(this::load);
                    LOG.info("Demo documents (DỮ LIỆU MẪU) loaded: {}", rows.size());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Demo documents (DỮ LIỆU MẪU) not loaded", e);
        }
    }

    private void load(Row r) {
        OrgTree tree = orgs.tree();
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
                InspectedFile f = inspector.inspect(pdfName(r.number()), tmp, DocumentAttachmentsResource.ACCEPTED,
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
        indexer.changed(d);
        d.relations().forEach(l -> store.find(l.documentId()).ifPresent(indexer::changed));
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
        return Texts.fold(number).replaceAll("[^a-z0-9]+", "-") + ".pdf";
    }
}
