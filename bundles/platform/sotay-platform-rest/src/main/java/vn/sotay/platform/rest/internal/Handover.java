package vn.sotay.platform.rest.internal;

import vn.sotay.api.org.OrgTree;
import vn.sotay.api.rest.Readers;

/**
 * What the {@link FrontDoor} and the JAX-RS half of the answer cache ({@link SharedAnswers}) hand
 * each other through the servlet request's attributes (CXF shows them as request properties).
 */
final class Handover {
    /** The request's path and query below /api: the copy's target (only on cacheable GETs). */
    static final String TARGET = "vn.sotay.answer.target";
    /** The module the path belongs to. */
    static final String MODULE = "vn.sotay.answer.module";
    /** {@link AnswerCache#sequence()} when the request began. */
    static final String SINCE = "vn.sotay.answer.since";
    /** The organisation tree when the request began. */
    static final String TREE = "vn.sotay.answer.tree";
    /** The {@link Captured} copy, set by the writer interceptor. */
    static final String CAPTURED = "vn.sotay.answer.captured";

    private Handover() {
    }

    /** A copy on its way: what {@link FrontDoor#leave} stores. */
    record Captured(String key, byte[] body, int[] stripes, long since, long expiresAt, OrgTree tree, Readers readers) {
    }
}
