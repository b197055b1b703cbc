/**
 * The editorial review workflow that every module publishing content after a board's approval
 * shares (news articles, party documents, ...): statuses, actions, which action is allowed in which
 * status and which role it takes. Pure rules, no storage: a module keeps the status in its own
 * table, asks {@link vn.sotay.api.review.ReviewAction#apply} for the next one and checks
 * {@link vn.sotay.api.review.ReviewAction#role()} over the content's organisation with the
 * {@link vn.sotay.api.auth.AuthorizationService}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package vn.sotay.api.review;
