package vn.sotay.platform.core.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

        @AttributeDefinition(description = "Failed logins in a row before the login is locked")
        int maxFailures() default 5;

        @AttributeDefinition(description = "Minutes a login stays locked")
        int lockMinutes() default 15;

        @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new hashes (OWASP: 600000)")
        int iterations() default Passwords.OWASP_ITERATIONS;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final CoreDb db;
    private final Sessions sessions;
    private final AuditService audit;
    private final AuthorizationService authz;
    private final Config config;
    private final String dummyHash;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant lockedUntil) {
    }

    @Activate
    public AccountServiceImpl(@Reference CoreDb db, @Reference Sessions sessions, @Reference AuditService audit,
            @Reference AuthorizationService authz, Config config) {
        this.db = db;
        this.sessions = sessions;
        this.audit = audit;
        this.authz = authz;
        this.config = config;
        this.dummyHash = Passwords.hash("not-a-password-0", config.iterations());
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
        String key = normalise(login);
        Instant now = Instant.now();
        Failures f = failures.get(key);
        if (f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now)) {
            throw locked(f.lockedUntil(), now);
        }
        Object[] found = db.unit().read(em -> lookup(em, key));
        AccountEntity account = (AccountEntity) found[0];
        MemberEntity member = (MemberEntity) found[1];
        if (account != null && account.lockedUntil != null && Sql.instant(account.lockedUntil).isAfter(now)) {
            throw locked(Sql.instant(account.lockedUntil), now);
        }
        boolean ok = Passwords.verify(password, account == null ? dummyHash : account.passwordHash)
                && account != null && MemberStatus.valueOf(member.status) != MemberStatus.TRANSFERRED;
        if (!ok) {
            fail(key, account, member, remoteAddress, now);
            throw ProblemException.unauthorized("Số điện thoại/số thẻ hoặc mật khẩu không đúng.");
        }
        failures.remove(key);
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
            em.persist(loginRow(key, a.id, member.cellId, true, remoteAddress, now));
            return Sessions.caller(em, a.id);
        });
        sessions.remember(token, caller, expires, idle, endsAt);
        return new LoginResult(token, expires, caller);
    }

    private void fail(String key, AccountEntity account, MemberEntity member, String remote, Instant now) {
        Failures prev = failures.getOrDefault(key, new Failures(0, null));
        int count = prev.count() + 1;
        Instant lockedUntil = count >= config.maxFailures() ? now.plus(Duration.ofMinutes(config.lockMinutes())) : null;
        failures.put(key, new Failures(lockedUntil == null ? count : 0, lockedUntil));
        db.unit().write(em -> {
            if (account != null) {
                AccountEntity a = em.find(AccountEntity.class, account.id);
                a.failedCount = lockedUntil == null ? count : 0;
                a.lockedUntil = Sql.utc(lockedUntil);
            }
            em.persist(loginRow(key, account == null ? null : account.id, member == null ? null : member.cellId, false,
                    remote, now));
            return null;
        });
    }

    private static ProblemException locked(Instant until, Instant now) {
        long seconds = Math.max(1, Duration.between(now, until).toSeconds());
        return ProblemException.tooMany("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau " + ((seconds + 59) / 60)
                + " phút.", seconds);
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
        String weak = Passwords.weakness(newPassword);
        if (weak != null) {
            throw ProblemException.invalid("newPassword", weak);
        }
        AccountEntity a = db.unit().read(em -> em.find(AccountEntity.class, caller.accountId()));
        if (a == null || oldPassword == null || !Passwords.verify(oldPassword, a.passwordHash)) {
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
        if (m == null || !authz.holds(caller, m.cellId, Role.ADMIN)) {
            throw ProblemException.notFound("Không tìm thấy đảng viên trong phạm vi quản lý của bạn.");
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
        failures.remove(m.phone);
        failures.remove(m.cardNumber);
        audit.record(caller, "account.password.reset", "account", String.valueOf(accountId), "member " + memberId);
    }

    /** Stores a new hash, unlocks, and revokes every token of the account. */
    private void setPassword(long accountId, String password) {
        String hash = Passwords.hash(password, config.iterations());
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

    /** [account or null, member or null] for a phone or party card number. */
    private static Object[] lookup(EntityManager em, String login) {
        List<MemberEntity> ms = em.createQuery(
                "SELECT m FROM MemberEntity m WHERE m.phone = :l OR m.cardNumber = :l", MemberEntity.class)
                .setParameter("l", login).getResultList();
        if (ms.isEmpty()) {
            return new Object[2];
        }
        List<AccountEntity> as = em.createQuery("SELECT a FROM AccountEntity a WHERE a.memberId = :m",
                AccountEntity.class).setParameter("m", ms.get(0).id).getResultList();
        return new Object[] {as.isEmpty() ? null : as.get(0), ms.get(0)};
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
