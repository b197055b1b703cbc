package vn.sotay.platform.core.internal;

import java.util.Collection;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.sotay.api.Caller;
import vn.sotay.api.ProblemException;
import vn.sotay.api.audit.AuditService;
import vn.sotay.api.review.ReviewPolicy;

/** Authors never approve their own content, unless the province allows it in configuration (audited). */
@Component(configurationPid = ReviewPolicy.PID)
@Designate(ocd = ReviewPolicyImpl.Config.class)
public class ReviewPolicyImpl implements ReviewPolicy {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewPolicyImpl.class);

    @ObjectClassDefinition(name = "Sổ Tay review policy", description = "Separation of duties in the review workflow")
    public @interface Config {
        @AttributeDefinition(description = "Allow the author of an article or document to approve it (only for a "
                + "province where one person truly holds both duties; every such approval is audited)")
        boolean selfApproval() default false;
    }

    private final AuditService audit;
    private final boolean selfApproval;

    @Activate
    public ReviewPolicyImpl(@Reference AuditService audit, Config config) {
        this.audit = audit;
        this.selfApproval = config.selfApproval();
        if (selfApproval) {
            LOG.warn("Self-approval is allowed ({} {}=true): authors may approve their own content", PID, SELF_APPROVAL);
            audit.record(Caller.SYSTEM, "review.policy", "configuration", PID, SELF_APPROVAL + "=true");
        }
    }

    @Override
    public void requireIndependentReviewer(Caller reviewer, Collection<Long> authors, String module, String objectType,
            String objectId) {
        if (reviewer.system() || !authors.contains(reviewer.accountId())) {
            return;
        }
        if (!selfApproval) {
            throw ProblemException.forbidden("Người soạn không được tự duyệt nội dung của mình; "
                    + "cần một người duyệt khác trong Ban Biên tập.");
        }
        audit.record(reviewer, module + ".self-approve", objectType, objectId, null);
    }
}
