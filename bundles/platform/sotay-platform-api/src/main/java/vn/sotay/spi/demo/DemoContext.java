package vn.sotay.spi.demo;

import java.time.Instant;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import vn.sotay.api.org.OrgTree;

/** What a {@link DemoContributor} gets: the demo province and its demo accounts. */
@ProviderType
public interface DemoContext {

    /** The organisation tree, holding the demo province (codes {@code TU}, {@code TP}, {@code SH}, ...). */
    OrgTree tree();

    /**
     * The demo account of the demo member with this phone (docs/rest-api.md, "Demo data":
     * {@code 0900000001} the admin ... {@code 0900000008}); empty when there is none.
     */
    Optional<DemoAccount> account(String phone);

    /** The time of this run, to milliseconds: dates of the demo data are counted from it. */
    Instant now();

    /** A demo account: the account id, its member's id and full name. */
    record DemoAccount(long accountId, long memberId, String name) {
    }
}
