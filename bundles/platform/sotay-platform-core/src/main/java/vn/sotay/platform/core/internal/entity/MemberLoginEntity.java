package vn.sotay.platform.core.internal.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Row of CORE_MEMBER_LOGIN: one phone or card number of a member, unique across both kinds. */
@Entity
@Table(name = "CORE_MEMBER_LOGIN")
public class MemberLoginEntity {
    @Id @Column(name = "IDENT") public String ident;
    @Column(name = "MEMBER_ID") public Long memberId;

    public MemberLoginEntity() {
    }

    public MemberLoginEntity(String ident, Long memberId) {
        this.ident = ident;
        this.memberId = memberId;
    }
}
