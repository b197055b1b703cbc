package vn.sotay.platform.core.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.time.Instant;

import vn.sotay.api.persistence.Sql;
import vn.sotay.platform.core.internal.entity.AccountEntity;
import vn.sotay.platform.core.internal.entity.MemberEntity;
import vn.sotay.platform.core.internal.entity.MemberLoginEntity;

/** Fixtures of the account tests: a member with an account on the core unit, cheap hashes, a test config. */
final class TestAccounts {
    private TestAccounts() {
    }

    /** A member of cell {@code cellId} with these numbers and an account with {@code password}; the account id. */
    static long member(CoreDb db, String phone, String card, long cellId, String password) {
        return db.unit().write(em -> {
            MemberEntity m = new MemberEntity();
            m.fullName = "Lê Văn Phiên";
            m.nameFolded = "le van phien";
            m.cardNumber = card;
            m.phone = phone;
            m.cellId = cellId;
            m.status = "OFFICIAL";
            em.persist(m);
            em.flush();
            em.persist(new MemberLoginEntity(phone, m.id));
            em.persist(new MemberLoginEntity(card, m.id));
            AccountEntity a = new AccountEntity();
            a.memberId = m.id;
            a.passwordHash = Passwords.hash(password, 1000);
            a.createdAt = Sql.utc(Instant.now());
            a.passwordChangedAt = a.createdAt;
            em.persist(a);
            em.flush();
            return a.id;
        });
    }

    @SuppressWarnings("unchecked")
    static <T> T noop(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> null);
    }

    /** One-minute idle sessions of at most two hours; 5 failures per account and address, 8 per account, 12 per address. */
    static AccountServiceImpl.Config config() {
        return new AccountServiceImpl.Config() {
            @Override public Class<? extends Annotation> annotationType() { return AccountServiceImpl.Config.class; }
            @Override public int tokenHours() { return 720; }
            @Override public int sessionIdleMinutes() { return 1; }
            @Override public int sessionMaxHours() { return 2; }
            @Override public int maxFailures() { return 5; }
            @Override public int accountMaxFailures() { return 8; }
            @Override public int addressMaxFailures() { return 12; }
            @Override public int firstDelaySeconds() { return 60; }
            @Override public int lockMinutes() { return 15; }
            @Override public int iterations() { return 1000; }
            @Override public int hashThreads() { return 2; }
            @Override public int hashQueue() { return 16; }
            @Override public int hashShare() { return 100; }
        };
    }
}
