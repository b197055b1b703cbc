package vn.sotay.api.member;

import java.time.LocalDate;
import vn.sotay.api.rest.Description;

/**
 * A party member.
 *
 * @param cardNumber party card number (số thẻ đảng viên), unique
 * @param phone      mobile number, unique, digits only ({@code 0912345678})
 * @param cellId     the cell (chi bộ) the member belongs to
 * @param joinedOn   date admitted to the party
 * @param officialOn date recognised as official member, {@code null} while probationary
 */
public record Member(long id, String fullName, LocalDate birthDate, Gender gender,
        @Description("Số thẻ đảng viên, duy nhất") String cardNumber,
        @Description("Số điện thoại di động, chỉ chữ số (0912345678), duy nhất") String phone, String email,
        @Description("Chi bộ của đảng viên") long cellId, MemberStatus status,
        @Description("Ngày vào Đảng") LocalDate joinedOn,
        @Description("Ngày công nhận đảng viên chính thức; null khi còn dự bị") LocalDate officialOn) {
}
