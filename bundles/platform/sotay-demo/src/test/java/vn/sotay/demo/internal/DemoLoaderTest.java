package vn.sotay.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;

import vn.sotay.api.Caller;
import vn.sotay.api.Page;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.RoleGrant;
import vn.sotay.api.auth.AccountService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.auth.LoginResult;
import vn.sotay.api.imports.ImportReport;
import vn.sotay.api.imports.ImportService;
import vn.sotay.api.member.Gender;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberService;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgService;
import vn.sotay.api.org.OrgTree;
import vn.sotay.api.org.OrgType;

class DemoLoaderTest {
    final vn.sotay.testing.Fakes.Scheduler scheduler = new vn.sotay.testing.Fakes.Scheduler();

    /** An in-memory platform: importing fills the tree from the CSV's codes and members by phone. */
    static final class Platform implements ImportService, OrgService, AccountService, AuthorizationService {
        final List<OrgNode> nodes = new ArrayList<>();
        final Map<String, Long> memberByPhone = new HashMap<>();
        final Map<Long, String> passwords = new HashMap<>();
        final List<String> grants = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        int openTokens;
        String failingPhone;
        boolean noAccountOf;
        int logins;

        /** Member look-ups (a separate object: MemberService.get and OrgService.get clash). */
        final MemberService members = new MemberService() {
            @Override
            public Optional<Member> get(long id) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Page<Member> list(Caller caller, long orgId, String q, String cursor, int limit) {
                assertEquals(Platform.this.byCode("TU").orElseThrow().id(), orgId);
                Long id = memberByPhone.get(q);
                return new Page<>(id == null ? List.of() : List.of(new Member(id, "X", LocalDate.of(1980, 1, 1), Gender.MALE,
                        "1", q, null, 1, MemberStatus.OFFICIAL, LocalDate.of(2000, 1, 1), null)), null);
            }

            @Override
            public Map<Long, Long> countedByCell() {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Long> countedIn(List<Long> cellIds) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Member> invitedIn(java.util.Collection<Long> cellIds) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<Long, Member> getAll(java.util.Collection<Long> ids) {
                throw new UnsupportedOperationException();
            }
        };

        @Override
        public ImportReport importOrganisations(Caller caller, InputStream csv) {
            calls.add("orgs");
            assertTrue(caller.system());
            List<String> lines = lines(csv);
            for (String l : lines.subList(1, lines.size())) {
                String[] c = l.split(",", -1);
                long id = nodes.size() + 1;
                OrgNode parent = c[3].isEmpty() ? null : byCode(c[3]).orElseThrow();
                nodes.add(new OrgNode(id, c[0], c[1], OrgType.CELL, parent == null ? null : parent.id(),
                        (parent == null ? "/" : parent.path()) + id + "/"));
            }
            return new ImportReport(lines.size() - 1, 0, 0);
        }

        @Override
        public ImportReport importMembers(Caller caller, InputStream csv) {
            calls.add("members");
            assertTrue(caller.system());
            List<String> lines = lines(csv);
            for (String l : lines.subList(1, lines.size())) {
                memberByPhone.put(l.split(",")[4], 100L + memberByPhone.size());
            }
            return new ImportReport(lines.size() - 1, 0, 0);
        }

        private static List<String> lines(InputStream in) {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public OrgTree tree() {
            return OrgTree.of(nodes);
        }

        @Override
        public Optional<OrgNode> get(long id) {
            return nodes.stream().filter(n -> n.id() == id).findFirst();
        }

        @Override
        public Optional<OrgNode> byCode(String code) {
            return nodes.stream().filter(n -> n.code().equals(code)).findFirst();
        }

        @Override
        public OrgNode save(Caller caller, String code, String name, OrgType type, String parentCode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<OrgNode> subtree(long id, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public LoginResult login(String login, String password, String remoteAddress) {
            Long member = memberByPhone.get(login);
            if (member == null || !password.equals(passwords.get(member))) {
                throw ProblemException.unauthorized("sai");
            }
            openTokens++;
            logins++;
            return new LoginResult("t" + member, Instant.now(), new Caller(member + 1000, member, "X", 1L, List.of()));
        }

        @Override
        public Optional<Caller> authenticate(String token) {
            return Optional.empty();
        }

        @Override
        public void logout(String token) {
            openTokens--;
        }

        @Override
        public Optional<Long> accountOf(long memberId) {
            return passwords.containsKey(memberId) && !noAccountOf ? Optional.of(memberId + 1000) : Optional.empty();
        }

        @Override
        public void changePassword(Caller caller, String oldPassword, String newPassword) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void resetPassword(Caller caller, long memberId, String newPassword) {
            assertTrue(caller.system());
            if (memberByPhone.get(failingPhone) != null && memberByPhone.get(failingPhone) == memberId) {
                throw new IllegalStateException("boom");
            }
            passwords.put(memberId, newPassword);
        }

        @Override
        public boolean holds(Caller caller, long orgId, Role... anyOf) {
            return true;
        }

        @Override
        public void require(Caller caller, long orgId, Role... anyOf) {
        }

        @Override
        public boolean canRead(Caller caller, long audienceOrgId) {
            return true;
        }

        @Override
        public Visibility visibility(Caller caller) {
            return new Visibility(List.of(), Set.of());
        }

        @Override
        public RoleGrant grant(Caller caller, long accountId, Role role, long orgId) {
            assertTrue(caller.system());
            String code = get(orgId).orElseThrow().code();
            grants.add((accountId - 1000 - 100 + 1) + ":" + role + "@" + code);
            return new RoleGrant(role, orgId);
        }

        @Override
        public void revoke(Caller caller, long accountId, Role role, long orgId) {
        }
    }

    private static BundleContext context(String demo) {
        return (BundleContext) Proxy.newProxyInstance(DemoLoaderTest.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> method.getName().equals("getProperty") && DemoLoader.PROPERTY.equals(args[0]) ? demo : null);
    }

    private DemoLoader loader(Platform p) {
        return new DemoLoader(p, p, p.members, p, p, scheduler, context(null));
    }

    @Test
    void loadsOrganisationsThenMembersThenTheEightAccounts() {
        Platform p = new Platform();
        assertEquals(8, loader(p).load());
        assertEquals(List.of("orgs", "members"), p.calls);
        assertTrue(p.nodes.size() >= 20);
        assertTrue(p.memberByPhone.size() >= 250);
        for (int i = 1; i <= 8; i++) {
            assertEquals("Demo@2024", p.passwords.get(p.memberByPhone.get("090000000" + i)), "account " + i);
        }
        assertEquals(8, p.passwords.size());
        // member ids 100.. follow file order, so account n is member 99 + n
        assertEquals(List.of("1:ADMIN@TU", "2:COMMITTEE@TP", "3:COMMITTEE@SH", "4:SECRETARY@TP-PBT-CB01", "5:EDITOR@TU",
                "6:REVIEWER@TU"), p.grants);
        assertEquals(0, p.logins, "account ids come from accountOf, no login recorded");
    }

    @Test
    void fallsBackToALoginForTheAccountId() {
        Platform p = new Platform();
        p.noAccountOf = true;
        assertEquals(8, loader(p).load());
        assertEquals(6, p.grants.size());
        assertEquals("1:ADMIN@TU", p.grants.get(0));
        assertEquals(6, p.logins);
        assertEquals(0, p.openTokens, "every token issued to find an account id is revoked");
    }

    @Test
    void neverLoadsIntoATreeThatHasNodes() {
        Platform p = new Platform();
        p.nodes.add(new OrgNode(1, "QN", "Tỉnh ủy Quảng Ngãi", OrgType.PROVINCE, null, "/1/"));
        assertEquals(-1, loader(p).load());
        assertEquals(List.of(), p.calls);
    }

    @Test
    void secondLoadIsANoOp() {
        Platform p = new Platform();
        DemoLoader l = loader(p);
        l.load();
        assertEquals(-1, l.load());
        assertEquals(List.of("orgs", "members"), p.calls);
    }

    @Test
    void oneFailingAccountDoesNotStopTheOthers() {
        Platform p = new Platform();
        p.failingPhone = "0900000002";
        assertEquals(7, loader(p).load());
        assertEquals(5, p.grants.size());
    }

    @Test
    void withoutThePropertyNothingHappens() {
        Platform p = new Platform();
        DemoLoader l = new DemoLoader(p, p, p.members, p, p, scheduler, context("false"));
        l.addContributor(new Recorder("news", 100, new ArrayList<>()));
        assertEquals(Map.of(), scheduler.jobs);
        l.deactivate();
        assertEquals(List.of(), p.calls);
    }

    @Test
    void withThePropertyItLoadsOnTheSchedulerThenRunsTheContributorsInOrderOnce() {
        Platform p = new Platform();
        List<String> ran = new ArrayList<>();
        DemoLoader l = new DemoLoader(p, p, p.members, p, p, scheduler, context("true"));
        l.addContributor(new Recorder("news", 200, ran));
        l.addContributor(new Recorder("documents", 100, ran));
        l.addContributor(new Recorder("failing", 50, ran));
        assertEquals(List.of(), p.calls, "nothing on the activating thread");
        scheduler.runAll();
        assertEquals(6, p.grants.size());
        assertEquals(List.of("failing", "documents:Tỉnh ủy Bình Sơn:X", "news:Tỉnh ủy Bình Sơn:X"), ran,
                "in order, a failing one does not stop the others, the context answers");
        scheduler.runAll();
        assertEquals(3, ran.size(), "each registration runs once");
        Recorder late = new Recorder("calendar", 10, ran);
        l.addContributor(late); // a module installed while the system runs
        scheduler.runAll();
        assertEquals("calendar:Tỉnh ủy Bình Sơn:X", ran.get(3));
        l.removeContributor(late);
        l.addContributor(late); // reinstalled: runs again and checks its own data
        scheduler.runAll();
        assertEquals(5, ran.size());
        l.deactivate();
    }

    @Test
    void contributorsNeverRunOnAProvincesOwnTree() {
        Platform p = new Platform();
        p.nodes.add(new OrgNode(1, "TU", "Tỉnh ủy Quảng Ngãi", OrgType.PROVINCE, null, "/1/"));
        List<String> ran = new ArrayList<>();
        DemoLoader l = new DemoLoader(p, p, p.members, p, p, scheduler, context("true"));
        l.addContributor(new Recorder("news", 100, ran));
        scheduler.runAll();
        assertEquals(List.of(), ran);
        assertEquals(List.of(), p.calls);
    }

    /** A contributor recording its run, failing when named so. */
    record Recorder(String name, int order, List<String> ran) implements vn.sotay.spi.demo.DemoContributor {
        @Override
        public void contribute(vn.sotay.spi.demo.DemoContext demo) {
            if (name.equals("failing")) {
                ran.add(name);
                throw new IllegalStateException("boom");
            }
            ran.add(name + ":" + demo.tree().byCode("TU").name() + ":"
                    + demo.account("0900000005").map(vn.sotay.spi.demo.DemoContext.DemoAccount::name).orElse("-"));
        }
    }

    @Test
    void demoFilesHoldTheContractAccounts() throws IOException {
        List<String> members;
        try (InputStream in = DemoLoader.class.getResourceAsStream(DemoLoader.MEMBERS)) {
            members = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertEquals("Họ và tên,Ngày sinh,Giới tính,Số thẻ đảng viên,Điện thoại,Email,Mã chi bộ,Trạng thái,Ngày vào Đảng,Ngày chính thức",
                members.get(0));
        String[] cells = {"DUK-STTTT", "TP-CBVP", "SH-CBVP", "TP-PBT-CB01", "DUK-STTTT", "DUK-STTTT", "TP-PBT-CB01", "SH-XSL-CB01"};
        for (int i = 1; i <= 8; i++) {
            String[] c = members.get(i).split(",");
            assertEquals("9300000" + i, c[3]);
            assertEquals("090000000" + i, c[4]);
            assertEquals(cells[i - 1], c[6]);
        }
        String orgs;
        try (InputStream in = DemoLoader.class.getResourceAsStream(DemoLoader.ORGANISATIONS)) {
            orgs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(orgs.startsWith("Mã,Tên,Loại,Mã cấp trên\nTU,Tỉnh ủy Bình Sơn,Tỉnh ủy,\n"));
        for (String line : List.of("TP,Thành ủy Bình Sơn,Cấp huyện,TU", "SH,Huyện ủy Sơn Hà,Cấp huyện,TU",
                "DUK,Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh,Cấp huyện,TU", "TP-PBT,Đảng ủy phường Bắc Thành,Đảng bộ cơ sở,TP",
                "TP-PBT-CB01,Chi bộ Khu phố 1,Chi bộ,TP-PBT", "SH-XSL,Đảng ủy xã Sơn Long,Đảng bộ cơ sở,SH",
                "SH-XSL-CB01,Chi bộ Thôn Đông,Chi bộ,SH-XSL", "TP-CBVP,Chi bộ Văn phòng Thành ủy,Chi bộ,TP")) {
            assertTrue(orgs.contains("\n" + line + "\n"), line);
        }
    }
}
