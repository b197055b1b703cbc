package vn.sotay.platform.core.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.Role;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.auth.AccountService;
import vn.sotay.api.auth.AuthorizationService;
import vn.sotay.api.auth.LoginResult;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.api.persistence.Sql;
import vn.sotay.platform.core.internal.entity.AccountEntity;
import vn.sotay.platform.core.internal.entity.LoginEntity;
import vn.sotay.platform.core.internal.entity.MemberEntity;
import vn.sotay.platform.core.internal.entity.TokenEntity;

/** Login by phone or party card, PBKDF2 passwords, persistent bearer tokens, lockout after failures. */
@Component(configurationPid = "vn.sotay.accounts")
@Designate(ocd = AccountServiceImpl.Config.class)
public class AccountServiceImpl implements AccountService {

    @ObjectClassDefinition(name = "Sổ Tay accounts", description = "Passwords, tokens and login throttling")
    public @interface Config {
        @AttributeDefinition(description = "Lifetime of a bearer token in hours (members stay logged in on phones)")
        int tokenHours() default 720;

        @AttributeDefinition(description = "Browser sessions (the CMS): minutes without a request before the session ends")
        int sessionIdleMinutes() default 30;

        @AttributeDefinition(description = "Browser sessions (the CMS): hours after login when the session ends however active")
        int sessionMaxHours() default 12;

        @AttributeDefinition(description = "Failed logins in a row on one account from one client address before "
                + "each further attempt is delayed")
        int maxFailures() default 5;

        @AttributeDefinition(description = "Failed logins in a row on one account from all addresses together before "
                + "attempts from addresses that never logged into it are delayed")
        int accountMaxFailures() default 50;

        @AttributeDefinition(description = "Failed logins from one client address (any login) before its attempts are "
                + "delayed; generous, since a carrier's NAT puts many members behind one address")
        int addressMaxFailures() default 100;

        @AttributeDefinition(description = "The first delay in seconds; it doubles with each further failure")
        int firstDelaySeconds() default 60;

        @AttributeDefinition(description = "The longest delay in minutes")
        int lockMinutes() default 15;

        @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new hashes (OWASP: 600000)")
        int iterations() default Passwords.OWASP_ITERATIONS;

        @AttributeDefinition(description = "Threads hashing passwords at once (0: half the processors, at least one)")
        int hashThreads() default 0;

        @AttributeDefinition(description = "Logins waiting for a hashing thread; beyond it a login gets 429 and Retry-After")
        int hashQueue() default 16;

        @AttributeDefinition(description = "Percentage of its time a hashing thread may hash (1-100): after each "
                + "hash it rests in proportion, so that logins never take more than this share of their threads")
        int hashShare() default 50;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longest login accepted (phone or card number with separators); longer ones are not looked up. */
    static final int MAX_LOGIN = 64;
    /** Most throttled keys kept in memory per kind (an entry is about 100 bytes). */
    static final int MAX_KEYS = 100_000;
    private final CoreDb db;
    private final Sessions sessions;
    private final AuditService audit;
    private final AuthorizationService authz;
    private final Config config;
    private final String dummyHash;
    /** Keys {@code <accountId>@<address>}: one account tried from one client address. */
    private final LoginThrottle pairs;
    /** Keys: client addresses, whatever the login. */
    private final LoginThrottle addresses;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final HashingPool hashing;

    @Activate
    public AccountServiceImpl(@Reference CoreDb db, @Reference Sessions sessions, @Reference AuditService audit,
            @Reference AuthorizationService authz, Config config) {
        this.db = db;
        this.sessions = sessions;
        this.audit = audit;
        this.authz = authz;
        this.config = config;
        this.dummyHash = Passwords.decoy(config.iterations());
        this.firstDelay = Duration.ofSeconds(Math.max(1, config.firstDelaySeconds()));
        this.maxDelay = Duration.ofMinutes(Math.max(1, config.lockMinutes()));
        this.pairs = new LoginThrottle(Math.max(1, config.maxFailures()), firstDelay, maxDelay, MAX_KEYS);
        this.addresses = new LoginThrottle(Math.max(1, config.addressMaxFailures()), firstDelay, maxDelay, MAX_KEYS);
        this.hashing = new HashingPool(config.hashThreads() > 0 ? config.hashThreads() : HashingPool.defaultThreads(),
                config.hashQueue(), config.hashShare());
    }

    @org.osgi.service.component.annotations.Deactivate
    void deactivate() {
        hashing.close();
    }

    @Override
    public LoginResult login(String login, String password, String remoteAddress) {
        return login(login, password, remoteAddress, false);
    }

    @Override
    public LoginResult openSession(String login, String password, String remoteAddress) {
        return login(login, password, remoteAddress, true);
    }

    private LoginResult login(String login, String password, String remoteAddress, boolean browser) {
        if (login == null || login.isBlank() || password == null || password.isEmpty()) {
            throw ProblemException.invalid("Vui lòng nhập số điện thoại (hoặc số thẻ đảng viên) và mật khẩu.",
                    List.of(vn.sotay.api.ProblemError.field(login == null || login.isBlank() ? "login" : "password",
                            "Không được để trống")));
        }
        if (login.length() > MAX_LOGIN || password.length() > Passwords.MAX_LENGTH) {
            throw ProblemException.unauthorized("Số điện thoại/số thẻ hoặc mật khẩu không đúng.");
        }
        String key = normalise(login);
        String address = address(remoteAddress);
        Instant now = Instant.now();
        refuseWhileBlocked(addresses.blockedUntil(address, now), now);
        Object[] found = db.unit().read(em -> lookup(em, key));
        AccountEntity account = (AccountEntity) found[0];
        MemberEntity member = (MemberEntity) found[1];
        if (account != null) {
            refuseWhileBlocked(pairs.blockedUntil(pair(account.id, address), now), now);
            Instant accountWide = Sql.instant(account.lockedUntil);
            if (accountWide != null && accountWide.isAfter(now) && !knownAddress(account.id, address, now)) {
                refuseWhileBlocked(accountWide, now);
            }
        }
        String stored = account == null ? dummyHash : account.passwordHash;
        boolean ok = hashing.run(() -> Passwords.verify(password, stored))
                && account != null && vn.sotay.api.member.Eligibility.logsIn(MemberStatus.valueOf(member.status));
        if (!ok) {
            fail(key, account, member, address, now);
            throw ProblemException.unauthorized("Số điện thoại/số thẻ hoặc mật khẩu không đúng.");
        }
        pairs.succeed(pair(account.id, address));
        String token = newToken();
        Duration idle = browser ? Duration.ofMinutes(Math.max(1, config.sessionIdleMinutes())) : null;
        Instant endsAt = browser ? now.plus(Duration.ofHours(Math.max(1, config.sessionMaxHours()))) : null;
        Instant expires = browser ? now.plus(idle) : now.plus(Duration.ofHours(config.tokenHours()));
        Caller caller = db.unit().write(em -> {
            AccountEntity a = em.find(AccountEntity.class, account.id);
            a.failedCount = 0;
            a.lockedUntil = null;
            em.createQuery("DELETE FROM TokenEntity t WHERE t.accountId = :a AND t.expiresAt < :now")
                    .setParameter("a", a.id).setParameter("now", Sql.utc(now)).executeUpdate();
            TokenEntity t = new TokenEntity();
            t.digest = Sessions.digest(token);
            t.accountId = a.id;
            t.createdAt = Sql.utc(now);
            t.expiresAt = Sql.utc(expires);
            t.idleSeconds = idle == null ? null : (int) idle.toSeconds();
            t.endsAt = Sql.utc(endsAt);
            em.persist(t);
            em.persist(loginRow(key, a.id, member.cellId, true, address, now));
            return Sessions.caller(em, a.id);
        });
        sessions.remember(token, caller, expires, idle, endsAt);
        return new LoginResult(token, expires, caller);
    }

    /**
     * Counts a failed attempt against the client address, and when the login names an account,
     * against that account at that address and against the account as a whole (kept on its row, so
     * it survives a restart); recorded in CORE_LOGIN.
     */
    private void fail(String key, AccountEntity account, MemberEntity member, String address, Instant now) {
        addresses.fail(address, now);
        if (account != null) {
            pairs.fail(pair(account.id, address), now);
        }
        db.unit().write(em -> {
            if (account != null) {
                AccountEntity a = em.find(AccountEntity.class, account.id);
                a.failedCount = a.failedCount + 1;
                Duration d = LoginThrottle.delay(a.failedCount, Math.max(1, config.accountMaxFailures()), firstDelay,
                        maxDelay);
                a.lockedUntil = d.isZero() ? null : Sql.utc(now.plus(d));
            }
            em.persist(loginRow(key, account == null ? null : account.id, member == null ? null : member.cellId, false,
                    address, now));
            return null;
        });
    }

    /**
     * True when the account logged in successfully from this address in the last 30 days: the
     * account-wide delay (failures from many addresses) does not apply to where its member usually
     * logs in, so strangers elsewhere cannot keep the member out.
     */
    private boolean knownAddress(long accountId, String address, Instant now) {
        return db.unit().read(em -> !em.createQuery("SELECT l.id FROM LoginEntity l WHERE l.accountId = :a "
                + "AND l.at > :since AND l.success = :ok AND l.remote = :r", Long.class).setParameter("a", accountId)
                .setParameter("ok", true)
                .setParameter("since", Sql.utc(now.minus(Duration.ofDays(30)))).setParameter("r", address)
                .setMaxResults(1).getResultList().isEmpty());
    }

    private static void refuseWhileBlocked(Instant until, Instant now) {
        if (until != null && until.isAfter(now)) {
            long seconds = Math.max(1, Duration.between(now, until).toSeconds());
            throw ProblemException.tooMany("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau "
                    + (seconds < 60 ? seconds + " giây." : ((seconds + 59) / 60) + " phút."), seconds);
        }
    }

    private static String pair(long accountId, String address) {
        return accountId + "@" + address;
    }

    /** The client address as the REST layer resolved it (proxies considered), bounded; "?" when unknown. */
    private static String address(String remote) {
        return remote == null || remote.isBlank() ? "?" : remote.length() > 64 ? remote.substring(0, 64) : remote;
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        return token == null || token.isBlank() ? Optional.empty() : sessions.resolve(token);
    }

    @Override
    public void logout(String token) {
        sessions.forget(token);
        String digest = Sessions.digest(token);
        db.unit().write(em -> em.createQuery("DELETE FROM TokenEntity t WHERE t.digest = :d")
                .setParameter("d", digest).executeUpdate());
    }

    @Override
    public void changePassword(Caller caller, String oldPassword, String newPassword) {
        changePassword(caller, oldPassword, newPassword, null);
    }

    /** A wrong current password counts as a failed login of the account at that address (and is delayed alike). */
    @Override
    public void changePassword(Caller caller, String oldPassword, String newPassword, String remoteAddress) {
        String weak = Passwords.weakness(newPassword);
        if (weak != null) {
            throw ProblemException.invalid("newPassword", weak);
        }
        String address = address(remoteAddress);
        Instant now = Instant.now();
        refuseWhileBlocked(pairs.blockedUntil(pair(caller.accountId(), address), now), now);
        AccountEntity a = db.unit().read(em -> em.find(AccountEntity.class, caller.accountId()));
        if (a == null || oldPassword == null || oldPassword.length() > Passwords.MAX_LENGTH
                || !hashing.run(() -> Passwords.verify(oldPassword, a.passwordHash))) {
            if (a != null) {
                MemberEntity m = db.unit().read(em -> em.find(MemberEntity.class, a.memberId));
                fail(m == null ? "#" + a.id : m.phone, a, m, address, now);
            }
            throw ProblemException.invalid("oldPassword", "Mật khẩu hiện tại không đúng");
        }
        setPassword(a.id, newPassword);
        audit.record(caller, "account.password.change", "account", String.valueOf(a.id), null);
    }

    @Override
    public Optional<Long> accountOf(long memberId) {
        return db.unit().read(em -> em.createQuery("SELECT a.id FROM AccountEntity a WHERE a.memberId = :m", Long.class)
                .setParameter("m", memberId).getResultList().stream().findFirst());
    }

    @Override
    public void resetPassword(Caller caller, long memberId, String newPassword) {
        String weak = Passwords.weakness(newPassword);
        if (weak != null) {
            throw ProblemException.invalid("password", weak);
        }
        MemberEntity m = db.unit().read(em -> em.find(MemberEntity.class, memberId));
        boolean reads = m != null && (caller.system() || Long.valueOf(memberId).equals(caller.memberId())
                || authz.holds(caller, m.cellId, Role.SECRETARY, Role.COMMITTEE));
        if (!reads) { // the same answer as for no member: who is where stays unknown
            throw ProblemException.notFound("Không tìm thấy đảng viên trong phạm vi quản lý của bạn.");
        }
        if (!authz.holds(caller, m.cellId, Role.ADMIN)) {
            throw ProblemException.forbidden("Chỉ quản trị của đơn vị mới đặt lại được mật khẩu của đảng viên.");
        }
        long accountId = db.unit().write(em -> {
            List<AccountEntity> existing = em.createQuery("SELECT a FROM AccountEntity a WHERE a.memberId = :m",
                    AccountEntity.class).setParameter("m", memberId).getResultList();
            if (!existing.isEmpty()) {
                return existing.get(0).id;
            }
            AccountEntity a = new AccountEntity();
            a.memberId = memberId;
            a.passwordHash = "-";
            a.createdAt = Sql.utc(Instant.now());
            a.passwordChangedAt = a.createdAt;
            em.persist(a);
            em.flush();
            return a.id;
        });
        setPassword(accountId, newPassword);
        audit.record(caller, "account.password.reset", "account", String.valueOf(accountId), "member " + memberId);
    }

    /** Stores a new hash, unlocks, and revokes every token of the account. */
    private void setPassword(long accountId, String password) {
        String hash = hashing.run(() -> Passwords.hash(password, config.iterations()));
        db.unit().write(em -> {
            AccountEntity a = em.find(AccountEntity.class, accountId);
            a.passwordHash = hash;
            a.failedCount = 0;
            a.lockedUntil = null;
            a.passwordChangedAt = Sql.utc(Instant.now());
            return em.createQuery("DELETE FROM TokenEntity t WHERE t.accountId = :a").setParameter("a", accountId)
                    .executeUpdate();
        });
        sessions.evictAccount(accountId);
    }

    /** [account or null, member or null] for a phone or party card number: one member or none (V4). */
    private static Object[] lookup(EntityManager em, String login) {
        Long memberId = LoginIdentifiers.memberOf(em, login);
        MemberEntity m = memberId == null ? null : em.find(MemberEntity.class, memberId);
        if (m == null) {
            return new Object[2];
        }
        List<AccountEntity> as = em.createQuery("SELECT a FROM AccountEntity a WHERE a.memberId = :m",
                AccountEntity.class).setParameter("m", m.id).getResultList();
        return new Object[] {as.isEmpty() ? null : as.get(0), m};
    }

    private static LoginEntity loginRow(String login, Long accountId, Long cellId, boolean success, String remote,
            Instant at) {
        LoginEntity l = new LoginEntity();
        l.login = login.length() > 64 ? login.substring(0, 64) : login;
        l.accountId = accountId;
        l.cellId = cellId;
        l.success = success;
        l.remote = remote;
        l.at = Sql.utc(at);
        return l;
    }

    /** Phone numbers as stored (digits, leading 0); card numbers without dots or spaces. */
    static String normalise(String login) {
        String s = login.trim().replaceAll("[\\s.\\-()]", "");
        if (s.startsWith("+84")) {
            s = "0" + s.substring(3);
        } else if (s.startsWith("84") && s.length() == 11) {
            s = "0" + s.substring(2);
        }
        return s;
    }

    private static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
