package vn.sotay.platform.core.internal.imports;

import java.time.LocalDate;

import vn.sotay.api.member.Gender;
import vn.sotay.api.member.MemberStatus;

/**
 * A valid row of a member CSV, normalised: card number digits only, phone {@code 0} and nine digits,
 * email and official date {@code null} when empty.
 *
 * @param line physical line of the row in the file
 */
public record MemberRow(int line, String fullName, LocalDate birthDate, Gender gender, String cardNumber,
        String phone, String email, String cellCode, MemberStatus status, LocalDate joinedOn, LocalDate officialOn) {
}
