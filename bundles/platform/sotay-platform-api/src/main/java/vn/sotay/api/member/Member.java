package vn.sotay.api.member;

import java.time.LocalDate;

/**
 * A party member.
 *
 * @param cardNumber party card number (số thẻ đảng viên), unique
 * @param phone      mobile number, unique, digits only ({@code 0912345678})
 * @param cellId     the cell (chi bộ) the member belongs to
 * @param joinedOn   date admitted to the party
 * @param officialOn date recognised as official member, {@code null} while probationary
 */
public record Member(long id, String fullName, LocalDate birthDate, Gender gender, String cardNumber,
        String phone, String email, long cellId, MemberStatus status, LocalDate joinedOn, LocalDate officialOn) {
}
