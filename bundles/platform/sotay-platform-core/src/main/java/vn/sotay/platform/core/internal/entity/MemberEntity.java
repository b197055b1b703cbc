package vn.sotay.platform.core.internal.entity;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import vn.sotay.api.member.Gender;
import vn.sotay.api.member.Member;
import vn.sotay.api.member.MemberStatus;

/** Row of CORE_MEMBER. */
@Entity
@Table(name = "CORE_MEMBER")
public class MemberEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(name = "ID") public Long id;
    @Column(name = "FULL_NAME") public String fullName;
    @Column(name = "NAME_FOLDED") public String nameFolded;
    @Column(name = "BIRTH_DATE") public LocalDate birthDate;
    @Column(name = "GENDER") public String gender;
    @Column(name = "CARD_NUMBER") public String cardNumber;
    @Column(name = "PHONE") public String phone;
    @Column(name = "EMAIL") public String email;
    @Column(name = "CELL_ID") public Long cellId;
    @Column(name = "STATUS") public String status;
    @Column(name = "JOINED_ON") public LocalDate joinedOn;
    @Column(name = "OFFICIAL_ON") public LocalDate officialOn;

    public Member toDto() {
        return new Member(id, fullName, birthDate, gender == null ? null : Gender.valueOf(gender), cardNumber, phone,
                email, cellId, MemberStatus.valueOf(status), joinedOn, officialOn);
    }
}
