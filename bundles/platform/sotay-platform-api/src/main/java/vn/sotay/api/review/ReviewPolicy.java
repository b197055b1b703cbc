package vn.sotay.api.review;

import java.util.Collection;

import org.osgi.annotation.versioning.ProviderType;

import vn.sotay.api.Caller;

/**
 * Separation of duties in the review workflow: whoever wrote a piece of content never approves it;
 * another reviewer must. Provided by the core; modules call it before {@link ReviewAction#APPROVE}.
 *
 * <p>The authors of content are the accounts that created it or saved its text (a module passes the
 * creator and every account that saved a {@link ReviewAction#DRAFT}, {@link ReviewAction#UPDATE},
 * {@link ReviewAction#RESTORE} version, or attached a file). A reviewer who also holds
 * {@link vn.sotay.api.Role#EDITOR} and edited a colleague's draft is one of its authors.
 *
 * <p>A province that truly has one person for both duties may allow self-approval in the
 * configuration (PID {@value #PID}, property {@value #SELF_APPROVAL}, default {@code false}); the
 * setting is recorded in the audit log when the core starts with it, and every approval by an
 * author is then allowed and audited as {@code <module>.self-approve}.
 *
 * @since 1.1
 */
@ProviderType
public interface ReviewPolicy {
    /** Configuration PID of the policy. */
    String PID = "vn.sotay.review";
    /** Configuration property: {@code true} lets an author approve their own content (audited). */
    String SELF_APPROVAL = "selfApproval";

    /**
     * Throws a 403 problem in Vietnamese when {@code reviewer} is among {@code authors}, unless
     * self-approval is allowed (then records {@code <module>.self-approve} in the audit log).
     *
     * @param authors    account ids that wrote the content
     * @param module     the module id, for the audit action
     * @param objectType the audit object type ({@code article}, {@code document})
     * @param objectId   the content's id
     */
    void requireIndependentReviewer(Caller reviewer, Collection<Long> authors, String module, String objectType,
            String objectId);
}
