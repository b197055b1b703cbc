package vn.sotay.api.auth;

import java.time.Instant;

import vn.sotay.api.Caller;

/** A successful login: the bearer token (shown once), its expiry and who logged in. */
public record LoginResult(String token, Instant expiresAt, Caller caller) {
}
