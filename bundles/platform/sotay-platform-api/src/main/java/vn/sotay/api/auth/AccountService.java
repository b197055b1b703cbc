package vn.sotay.api.auth;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import vn.sotay.api.Caller;

/**
 * Accounts, passwords and bearer tokens. Provided by the core.
 *
 * <p>Login is by phone number or party card number plus password. Passwords are stored as
 * PBKDF2-HMAC-SHA256 hashes with OWASP's iteration count; tokens are random 256-bit strings,
 * stored only as SHA-256 digests, with an expiry. Failed attempts are counted per account at each
 * client address, per account and per client address (a phone number and a card number of one
 * account share one budget); beyond a few, each further attempt waits a delay that doubles up to a
 * cap ({@link vn.sotay.api.ProblemException.TooManyAttempts}, 429 with {@code Retry-After}), and an
 * address the account logged in from before is not delayed by failures elsewhere. Every attempt is
 * recorded with the member's cell, so statistics can compute login rates per committee and visits
 * per period.
 *
 * <p>{@code remoteAddress} is the client's address as the REST layer resolved it (the
 * {@code X-Forwarded-For} of a configured trusted proxy, else the peer address).
 */
@ProviderType
public interface AccountService {

    /**
     * Checks the password and issues a token.
     *
     * @throws vn.sotay.api.ProblemException 401 on a wrong login or password (never saying which),
     *         429 while the login is locked
     */
    LoginResult login(String login, String password, String remoteAddress);

    /**
     * Checks the password like {@link #login} and opens a <em>browser session</em>: the token
     * works exactly like a bearer token, but it ends after a configured time without use (PID
     * {@code vn.sotay.accounts}, {@code sessionIdleMinutes}, default 30; every
     * {@link #authenticate} slides it) and at the latest {@code sessionMaxHours} (default 12) after
     * login. {@link LoginResult#expiresAt()} is the idle expiry at login.
     *
     * <p>Meant for the REST layer's cookie login ({@code POST /api/auth/session}): the token goes
     * into an HttpOnly cookie and is never given to page script. {@link #logout} ends it.
     *
     * <p>The default implementation refuses (test doubles written before 1.1 need not change);
     * the core overrides it.
     *
     * @throws vn.sotay.api.ProblemException as {@link #login}
     * @since 1.1
     */
    default LoginResult openSession(String login, String password, String remoteAddress) {
        throw new UnsupportedOperationException("browser sessions are not supported by " + getClass().getName());
    }

    /**
     * The caller behind a live token, or empty for an unknown, revoked or expired one. For a
     * browser session ({@link #openSession}) each successful call also postpones its idle expiry.
     */
    Optional<Caller> authenticate(String token);

    /** Revokes the token. */
    void logout(String token);

    /** Changes the caller's own password; every token of the account, the current one included, is revoked. */
    void changePassword(Caller caller, String oldPassword, String newPassword);

    /**
     * {@link #changePassword(Caller, String, String)} from a client address: a wrong current
     * password counts as a failed login of the account at that address, and is delayed alike (429).
     * The default ignores the address.
     *
     * @since 1.2
     */
    default void changePassword(Caller caller, String oldPassword, String newPassword, String remoteAddress) {
        changePassword(caller, oldPassword, newPassword);
    }

    /** The account id of a member, empty when the member has no account yet. */
    Optional<Long> accountOf(long memberId);

    /**
     * Sets a new password for the account of {@code memberId}, creating the account if the member
     * has none (admin over the member's cell required). Revokes the account's tokens and unlocks it.
     */
    void resetPassword(Caller caller, long memberId, String newPassword);
}
