package vn.sotay.documents.internal;

import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgType;

/** Who issued a document: the Central level, the province, a district-level or a grassroots committee. */
enum DocLevel {
    CENTRAL("Trung ương"), PROVINCE("Tỉnh"), DISTRICT("Cấp huyện"), GRASSROOTS("Cơ sở");

    final String label;

    DocLevel(String label) {
        this.label = label;
    }

    /**
     * The level of a document owned by {@code issuer}: Central documents are posted by the province
     * (their owner is the root), everything else takes the level of its issuing node.
     */
    static DocLevel of(OrgNode issuer, boolean central) {
        if (central || issuer.type() == OrgType.PROVINCE) {
            return central ? CENTRAL : PROVINCE;
        }
        return issuer.type() == OrgType.DISTRICT ? DISTRICT : GRASSROOTS;
    }

    static DocLevel parse(String text) {
        return Texts.named(DocLevel.class, text);
    }
}
