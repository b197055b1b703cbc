package vn.sotay.qa.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.sotay.api.Caller;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Callers;
import vn.sotay.api.rest.Description;
import vn.sotay.api.rest.OperationId;
import vn.sotay.api.rest.Summary;
import vn.sotay.api.rest.Urgency;
import vn.sotay.api.review.ReviewStatus;
import vn.sotay.api.search.SearchHit;
import vn.sotay.api.search.SearchService;
import vn.sotay.qa.internal.FaqStore.Faq;
import vn.sotay.qa.internal.Requests.QaAskRequest;
import vn.sotay.spi.module.SotayModule;

/**
 * {@code POST /api/qa/assistant}: answers from the published FAQ and the party documents the caller may read,
 * retrieved with the platform's search (Vietnamese, accent-insensitive), and never invents: every passage is
 * returned verbatim with its citation; when no passage holds enough of the question's content words
 * ({@link Retrieval#CONFIDENT}) it declines and hands over a ready request to ask the committee. No language
 * model is used (an in-network OpenAI-compatible endpoint is not wired yet).
 */
@Component(service = AssistantResource.class,
        property = {SotayModule.MODULE + "=" + QaModule.ID, SotayModule.REST_RESOURCE + "=true"})
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssistantResource {
    static final String DOCUMENT = "document";
    static final int HITS = 10;
    static final int PASSAGES = 2;
    static final double FAQ_PREFERENCE = 0.15;
    private final QaDesk desk;
    private final SearchService search;

    @Activate
    public AssistantResource(@Reference QaDesk desk, @Reference SearchService search) {
        this.desk = desk;
        this.search = search;
    }

    /** The member's question. */
    record QaAssistantRequest(@Description("Câu hỏi, 3 đến 500 ký tự") String question) {
    }

    /** A passage quoted verbatim from its source. */
    record QaPassage(String text, @Description("Số thứ tự trích dẫn (từ 1)") int citation) {
    }

    /** Where a passage comes from. */
    record QaCitation(int n, @Description("faq hoặc document") String kind, String title,
            @Description("Số văn bản (06-NQ/TU), nếu có") String documentNumber,
            @Description("Điều, khoản, nếu có") String article, @Description("Đường dẫn API của nguồn") String link,
            @Description("Đường dẫn API của văn bản được dẫn, nếu đồng chí xem được") String documentLink) {
    }

    /** A ready request to send the question to the committee ({@code POST /api/qa/questions}). */
    record QaHandoff(String path, QaAskRequest request, String orgName) {
    }

    /** The assistant's answer, or its plain refusal with the hand-off. */
    record QaAssistantAnswer(@Description("Có câu trả lời đủ tin cậy") boolean answered,
            @Description("Các đoạn trích nguyên văn, mỗi đoạn kèm [số trích dẫn]") String answer,
            List<QaPassage> passages, List<QaCitation> citations,
            @Description("Lời nhắn khi không trả lời được") String message,
            @Description("Tỉ lệ từ khóa của câu hỏi có trong đoạn tốt nhất (0..1)") double confidence, QaHandoff handoff) {
    }

    private record Candidate(int rank, double coverage, String passage, QaCitation citation) {
    }

    @POST
    @Path("assistant")
    @Urgency(Urgency.Level.DEFERRABLE)
    @OperationId("askQaAssistant")
    @Summary("Trợ lý ảo: trả lời từ mục hỏi đáp và văn bản của Đảng mà tôi được xem, kèm trích dẫn; "
            + "không đủ tin cậy thì nói rõ và đề nghị gửi câu hỏi tới cấp ủy")
    public QaAssistantAnswer ask(@Context SecurityContext sc, QaAssistantRequest request) {
        Caller c = Callers.of(sc);
        String q = Requests.text(request == null ? null : request.question(), "question", 3, 500,
                "Câu hỏi phải có từ 3 đến 500 ký tự.");
        QaAssistantAnswer a = answer(c, q);
        desk.store.assistantUsed(c.cellId(), a.answered(), java.time.Instant.now());
        return a;
    }

    QaAssistantAnswer answer(Caller c, String q) {
        OrgTree tree = desk.orgs.tree();
        QaHandoff handoff = handoff(c, tree, q);
        Set<String> words = Retrieval.words(q);
        List<Candidate> found = words.size() < Retrieval.MIN_WORDS ? List.of() : candidates(c, q, words);
        if (found.isEmpty() || found.stream().allMatch(k -> k.coverage() < Retrieval.CONFIDENT)) {
            String to = handoff == null ? "cấp ủy" : handoff.orgName();
            return new QaAssistantAnswer(false, null, List.of(), List.of(), "Tôi chưa tìm thấy câu trả lời đủ tin cậy "
                    + "trong mục hỏi đáp và các văn bản đồng chí được xem, nên không trả lời để tránh sai. "
                    + "Đồng chí có thể gửi câu hỏi này tới " + to + ".",
                    found.stream().mapToDouble(Candidate::coverage).max().orElse(0), handoff);
        }
        List<QaPassage> passages = new ArrayList<>();
        List<QaCitation> cites = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Candidate k : found) {
            if (cites.size() == PASSAGES) {
                break;
            }
            if (k.coverage() < Retrieval.CONFIDENT) {
                continue;
            }
            int n = cites.size() + 1;
            QaCitation ct = k.citation();
            cites.add(new QaCitation(n, ct.kind(), ct.title(), ct.documentNumber(), ct.article(), ct.link(),
                    n == 1 ? documentLink(c, ct) : ct.documentLink()));
            passages.add(new QaPassage(k.passage(), n));
            text.append(text.length() == 0 ? "" : "\n").append(k.passage()).append(" [").append(n).append(']');
        }
        return new QaAssistantAnswer(true, text.toString(), passages, cites, null,
                found.stream().filter(k -> k.coverage() >= Retrieval.CONFIDENT).findFirst().orElseThrow().coverage(), handoff);
    }

    private List<Candidate> candidates(Caller c, String q, Set<String> words) {
        List<SearchHit> hits = search.search(c, q, Set.of(QaModule.FAQ, DOCUMENT), HITS);
        Map<Long, Faq> faqs = new HashMap<>();
        desk.store.faq.byIds(hits.stream().filter(h -> QaModule.FAQ.equals(h.type())).map(h -> Long.parseLong(h.id())).toList())
                .forEach(f -> faqs.put(f.id(), f));
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            if (QaModule.FAQ.equals(h.type())) {
                Faq f = faqs.get(Long.parseLong(h.id()));
                if (f != null && f.status() == ReviewStatus.APPROVED && desk.auth.canRead(c, f.scopeOrgId())) {
                    String all = f.question() + " " + f.answer() + " " + (f.source() == null ? "" : f.source());
                    out.add(new Candidate(i, Retrieval.coverage(words, all), f.answer(), new QaCitation(0, "faq",
                            f.question(), Retrieval.number(f.source()), Retrieval.article(f.source()),
                            "/api/qa/faq/" + f.id(), null)));
                }
            } else if (h.snippet() != null && !h.snippet().isBlank()) {
                out.add(new Candidate(i, Retrieval.coverage(words, h.title() + " " + h.snippet()), h.snippet().strip(),
                        new QaCitation(0, DOCUMENT, h.title(), Retrieval.number(h.title()), Retrieval.article(h.snippet()),
                                h.url(), h.url())));
            }
        }
        out.sort(Comparator.comparingDouble(AssistantResource::preference).reversed().thenComparingInt(Candidate::rank));
        return out;
    }

    /** A curated FAQ answer is preferred to a document's snippet that holds about as many of the words. */
    private static double preference(Candidate k) {
        return k.coverage() + ("faq".equals(k.citation().kind()) ? FAQ_PREFERENCE : 0);
    }

    /** The cited document in the library, when the FAQ names one the caller may read (a search on its number). */
    private String documentLink(Caller c, QaCitation ct) {
        if (!"faq".equals(ct.kind()) || ct.documentNumber() == null || ct.documentNumber().startsWith("Điều")) {
            return ct.documentLink();
        }
        String number = Retrieval.fold(ct.documentNumber());
        return search.search(c, ct.documentNumber(), Set.of(DOCUMENT), 3).stream()
                .filter(h -> Retrieval.fold(h.title()).startsWith(number)).map(SearchHit::url).findFirst().orElse(null);
    }

    private static QaHandoff handoff(Caller c, OrgTree tree, String q) {
        OrgNode cell = c.cellId() == null ? null : tree.node(c.cellId());
        OrgNode to = cell == null || cell.parentId() == null ? null : tree.node(cell.parentId());
        if (to == null || c.memberId() == null) {
            return null;
        }
        String text = q.length() >= Requests.TEXT_MIN ? q : q + " (câu hỏi gửi từ trợ lý ảo)";
        return new QaHandoff("/api/qa/questions", new QaAskRequest(text, null, false, to.id()), to.name());
    }
}
