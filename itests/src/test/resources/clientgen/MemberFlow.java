package vn.sotay.clientflow;

import java.util.ArrayList;
import java.util.List;

import vn.sotay.client.ApiClient;
import vn.sotay.client.ApiException;
import vn.sotay.client.api.NoticesApi;
import vn.sotay.client.api.PlatformApi;
import vn.sotay.client.model.Login;
import vn.sotay.client.model.NoticeDetail;
import vn.sotay.client.model.InboxItem;
import vn.sotay.client.model.InboxPage;
import vn.sotay.client.model.SearchHit;
import vn.sotay.client.model.SendRequest;

/**
 * A client developer's first program against Sổ Tay, written only against the Java client that
 * openapi-generator made from {@code GET /api/openapi.json} (ClientGenerationIT compiles it with
 * the generated sources and runs it): a committee sends a notice, a member of the cell logs in,
 * finds it in their inbox (unread count, the item's content reference), opens it, marks the item
 * read, acknowledges the notice and finds it by search.
 */
public final class MemberFlow {
    private MemberFlow() {
    }

    /** Runs the flow; answers what happened, one line a step. Throws on the first step that fails. */
    public static List<String> run(String baseUri, String staffLogin, String memberLogin, String password, long cellId,
            String title) throws Exception {
        List<String> steps = new ArrayList<>();
        ApiClient staff = signedIn(baseUri, staffLogin, password);
        NoticeDetail sent = new NoticesApi(staff).sendNotice(
                new SendRequest().title(title).body("Gửi bằng client sinh từ tài liệu OpenAPI.").audienceOrgId(cellId), null);
        steps.add("sent " + sent.getId());

        ApiClient member = signedIn(baseUri, memberLogin, password);
        PlatformApi platform = new PlatformApi(member);
        long unread = platform.countUnreadInbox().getUnread();
        InboxPage inbox = platform.listInbox(20, null);
        InboxItem item = inbox.getItems().stream()
                .filter(i -> i.getContent() != null && "notice".equals(i.getContent().getRef().getType())
                        && String.valueOf(sent.getId()).equals(i.getContent().getRef().getId()))
                .findFirst().orElseThrow(() -> new AssertionError("the new notice is not in the member's inbox: " + inbox));
        steps.add("inbox " + item.getId() + " unread=" + unread + " read=" + item.getRead());

        NoticesApi notices = new NoticesApi(member);
        NoticeDetail opened = notices.getNotice(Long.valueOf(item.getContent().getRef().getId()));
        platform.markInboxItemRead(item.getId(), null);
        steps.add("opened " + opened.getId() + " read=" + opened.getRead() + " body=" + opened.getBody()
                + " unread=" + platform.countUnreadInbox().getUnread());

        NoticeDetail acknowledged = notices.acknowledgeNotice(opened.getId(), null);
        steps.add("acknowledged " + acknowledged.getId() + " acknowledged=" + acknowledged.getAcknowledged());

        List<SearchHit> hits = List.of();
        for (int i = 0; i < 50 && hits.isEmpty(); i++) { // the index is refreshed within a second or so
            hits = platform.search(title, "notice", 10).stream()
                    .filter(h -> String.valueOf(sent.getId()).equals(h.getId())).toList();
            if (hits.isEmpty()) {
                Thread.sleep(200);
            }
        }
        steps.add("found " + hits.size() + (hits.isEmpty() ? "" : " " + hits.get(0).getTitle()));

        try {
            notices.getNotice(-1L);
            steps.add("no error for an unknown notice");
        } catch (ApiException e) {
            steps.add("unknown notice " + e.getCode() + " " + e.getResponseBody());
        }
        return steps;
    }

    /** A client for {@code baseUri} that sends the bearer token the login operation answers. */
    static ApiClient signedIn(String baseUri, String login, String password) throws ApiException {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(baseUri);
        String token = new PlatformApi(anonymous).login(new Login().login(login).password(password)).getToken();
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
