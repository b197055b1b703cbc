package vn.sotay.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The assistant's evaluation set ({@code src/test/resources/qa/assistant-eval.tsv}, written for the demo
 * FAQ and documents) asked over HTTP by the demo members A and B: the share of in-scope questions whose
 * first citation is the expected source (target 80%), the share of out-of-scope questions it declines, and
 * every declined answer offers a hand-off that asks the committee in one call. Read-only but for that one
 * question. Prints the whole table.
 */
@Order(7)
class QaAssistantIT {
    static final double TARGET = 0.8;
    /** The topic of the last entry of the demo FAQ (demo/faq.tsv of sotay-qa), the only one of its topic. */
    static final String LAST_TOPIC = "Tuyên truyền";

    record Case(String asker, String question, String expected) {
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = QaAssistantIT.class.getResourceAsStream("/qa/assistant-eval.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] c = line.split("\t");
                if (!line.startsWith("#") && c.length == 3) {
                    out.add(new Case(c[0], c[1], c[2].strip()));
                }
            }
        }
        return out;
    }

    static boolean citedFirst(JsonNode a, String expected) {
        JsonNode first = a.path("citations").path(0);
        if (!a.path("answered").asBoolean() || first.isMissingNode()) {
            return false;
        }
        if (expected.startsWith("faq:")) {
            return "faq".equals(first.path("kind").asText()) && expected.substring(4).equals(first.path("title").asText());
        }
        return expected.substring(4).equals(first.path("documentNumber").asText());
    }

    @Test
    void theEvaluationSetMeetsTheTargetAndEveryDeclineOffersTheHandoff() throws IOException {
        Http http = Distribution.get().http();
        Map<String, String> tokens = Map.of("A", http.login(Demo.MEMBER_A, Demo.PASSWORD),
                "B", http.login(Demo.MEMBER_B, Demo.PASSWORD));
        List<Case> cases = cases();
        String admin = http.login(Demo.ADMIN, Demo.PASSWORD);
        // the demo contributors run one after another in the background after the distribution is ready
        Await.until(Duration.ofSeconds(300), "the demo FAQ is published (its last entry, of topic " + LAST_TOPIC + ")", () -> {
            JsonNode faq = http.get("/api/qa/faq?limit=100&topic=" + Http.encode(LAST_TOPIC), admin).expectJson(200).json();
            return Await.Check.of(faq.path("items").size() >= 1, faq);
        });
        int in = 0, cited = 0, answeredIn = 0, out = 0, declined = 0;
        JsonNode handoff = null;
        String handoffAsker = null;
        StringBuilder table = new StringBuilder("| asker | question | expected | answered | first citation | confidence | ok |\n");
        for (Case c : cases) {
            JsonNode a = http.post("/api/qa/assistant", tokens.get(c.asker()), Map.of("question", c.question()))
                    .expectJson(200).json();
            boolean answered = a.path("answered").asBoolean();
            boolean ok;
            if ("none".equals(c.expected())) {
                out++;
                ok = !answered;
                declined += ok ? 1 : 0;
            } else {
                in++;
                answeredIn += answered ? 1 : 0;
                ok = citedFirst(a, c.expected());
                cited += ok ? 1 : 0;
            }
            if (!answered) {
                assertTrue(a.path("citations").isEmpty() && a.path("answer").isNull(), "a refusal quotes nothing: " + a);
                assertFalse(a.path("message").asText().isEmpty(), a.toString());
                assertEquals("/api/qa/questions", a.path("handoff").path("path").asText(), "the hand-off: " + a);
                assertTrue(a.path("handoff").path("request").path("orgId").asLong() > 0, a.toString());
                if (handoff == null) {
                    handoff = a.path("handoff");
                    handoffAsker = c.asker();
                }
            } else {
                for (JsonNode p : a.path("passages")) {
                    assertTrue(p.path("citation").asInt() >= 1 && p.path("citation").asInt() <= a.path("citations").size(),
                            "every passage is cited: " + a);
                }
            }
            JsonNode first = a.path("citations").path(0);
            table.append("| ").append(c.asker()).append(" | ").append(c.question()).append(" | ").append(c.expected())
                    .append(" | ").append(answered).append(" | ")
                    .append(first.isMissingNode() ? "-" : first.path("kind").asText() + ": " + first.path("title").asText()
                            + " (" + first.path("documentNumber").asText() + ")")
                    .append(" | ").append(String.format("%.2f", a.path("confidence").asDouble())).append(" | ")
                    .append(ok ? "yes" : "NO").append(" |\n");
        }
        double citedRate = (double) cited / in;
        double declineRate = (double) declined / out;
        System.out.println(table);
        System.out.printf("Assistant evaluation: %d in-scope questions, right source cited first %d (%.1f%%), answered %d; "
                + "%d out-of-scope questions, declined %d (%.1f%%)%n", in, cited, 100 * citedRate, answeredIn, out, declined,
                100 * declineRate);
        assertTrue(in >= 40, "at least 40 in-scope questions");
        assertTrue(citedRate >= TARGET, "cited first: " + cited + " of " + in + "\n" + table);
        assertTrue(declineRate >= TARGET, "declined: " + declined + " of " + out + "\n" + table);
        // one tap: the hand-off is a valid question for the committee
        JsonNode request = handoff.path("request");
        JsonNode asked = http.post(handoff.path("path").asText(), tokens.get(handoffAsker), Http.JSON.convertValue(request, Map.class))
                .expectJson(201).json();
        assertEquals(request.path("orgId").asLong(), asked.path("orgId").asLong());
    }
}
