package vn.sotay.platform.core.internal.imports;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

import vn.sotay.api.ProblemError;
import vn.sotay.api.ProblemException;
import vn.sotay.api.member.Gender;
import vn.sotay.api.member.MemberStatus;
import vn.sotay.api.org.OrgNode;
import vn.sotay.api.org.OrgType;

/** Validates a member CSV against itself, the organisation tree and the members already recorded. */
public final class MemberImport {

    /** What validation needs to know of the current data. */
    public interface Existing {
        /** The organisation with this code, or {@code null}. */
        OrgNode orgByCode(String code);

        /** Id of the member with this (normalised) phone, or {@code null}. */
        Long memberIdByPhone(String phone);

        /** Id of the member with this (normalised) card number, or {@code null}. */
        Long memberIdByCard(String card);
    }

    static final Columns.Spec NAME = new Columns.Spec("Họ và tên", true, "Họ tên", "full_name", "name");
    static final Columns.Spec BIRTH = new Columns.Spec("Ngày sinh", true, "birth_date", "birthdate");
    static final Columns.Spec GENDER = new Columns.Spec("Giới tính", true, "gender");
    static final Columns.Spec CARD = new Columns.Spec("Số thẻ đảng viên", true, "Số thẻ", "card_number", "card");
    static final Columns.Spec PHONE = new Columns.Spec("Điện thoại", true, "Số điện thoại", "phone");
    static final Columns.Spec EMAIL = new Columns.Spec("Email", false, "e-mail", "Thư điện tử");
    static final Columns.Spec CELL = new Columns.Spec("Mã chi bộ", true, "cell_code", "cell");
    static final Columns.Spec STATUS = new Columns.Spec("Trạng thái", true, "status");
    static final Columns.Spec JOINED = new Columns.Spec("Ngày vào Đảng", true, "joined_on");
    static final Columns.Spec OFFICIAL = new Columns.Spec("Ngày chính thức", false, "official_on");
    private static final List<Columns.Spec> SPECS =
            List.of(NAME, BIRTH, GENDER, CARD, PHONE, EMAIL, CELL, STATUS, JOINED, OFFICIAL);

    static final int MAX_NAME = 255;
    static final int MAX_CARD = 20;
    static final int MIN_AGE = 18;
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DMY_SHAPE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern CARD_SEPARATORS = Pattern.compile("[\\s.]");
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    private MemberImport() {
    }

    /**
     * Validates every row; throws {@link ProblemException#invalid(String, List)} listing all errors
     * (line, column header as written, Vietnamese reason); else returns the rows in file order.
     */
    public static List<MemberRow> validate(CsvTable table, Existing existing) {
        return validate(table, existing, LocalDate.now(ZONE));
    }

    /** {@link #validate(CsvTable, Existing)} with the date taken as today (tests). */
    static List<MemberRow> validate(CsvTable table, Existing existing, LocalDate today) {
        List<ProblemError> errors = new ArrayList<>();
        Columns cols = Columns.resolve(table, SPECS, errors);
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        Map<String, Integer> numberLines = new HashMap<>();
        Map<String, Optional<OrgNode>> orgs = new HashMap<>();
        List<MemberRow> out = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            if (!cols.fits(row, errors)) {
                continue;
            }
            Check c = new Check(row, cols, errors);
            int before = errors.size();

            String name = cols.get(row, NAME).replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                c.error(NAME, "Thiếu họ và tên");
            } else if (name.length() > MAX_NAME) {
                c.error(NAME, "Họ và tên dài quá " + MAX_NAME + " ký tự");
            }

            LocalDate birth = c.date(BIRTH, "Ngày sinh", true);
            if (birth != null && birth.isAfter(today)) {
                c.error(BIRTH, "Ngày sinh ở tương lai");
                birth = null;
            }

            String genderText = cols.get(row, GENDER);
            Gender gender = Gender.parse(genderText);
            if (genderText.isEmpty()) {
                c.error(GENDER, "Thiếu giới tính");
            } else if (gender == null) {
                c.error(GENDER, "Giới tính «" + genderText + "» không hợp lệ (Nam hoặc Nữ)");
            }

            // phone and card numbers are one namespace (a login names one member): each number is used once
            String cardText = cols.get(row, CARD);
            String card = CARD_SEPARATORS.matcher(cardText).replaceAll("");
            Long self = null;
            if (cardText.isEmpty()) {
                c.error(CARD, "Thiếu số thẻ đảng viên");
            } else if (!card.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                c.error(CARD, "Số thẻ đảng viên «" + cardText + "» chỉ được gồm chữ số");
            } else if (card.length() > MAX_CARD) {
                c.error(CARD, "Số thẻ đảng viên dài quá " + MAX_CARD + " chữ số");
            } else if (numberLines.containsKey(card)) {
                c.error(CARD, "Số thẻ đảng viên bị trùng với dòng " + numberLines.get(card)
                        + " (số thẻ và số điện thoại dùng để đăng nhập, mỗi số chỉ dùng một lần)");
            } else {
                numberLines.put(card, row.line());
                self = existing.memberIdByCard(card);
                Long phoneOwner = existing.memberIdByPhone(card);
                if (phoneOwner != null && !phoneOwner.equals(self)) {
                    c.error(CARD, "Số thẻ đảng viên trùng với số điện thoại của một đảng viên khác");
                }
            }

            String phoneText = cols.get(row, PHONE);
            String phone = normalisePhone(phoneText);
            if (phoneText.isEmpty()) {
                c.error(PHONE, "Thiếu số điện thoại");
            } else if (phone == null) {
                c.error(PHONE, "Số điện thoại «" + phoneText + "» không hợp lệ (10 chữ số, bắt đầu bằng 0)");
            } else if (numberLines.containsKey(phone)) {
                c.error(PHONE, "Số điện thoại bị trùng với dòng " + numberLines.get(phone)
                        + " (số thẻ và số điện thoại dùng để đăng nhập, mỗi số chỉ dùng một lần)");
            } else {
                numberLines.put(phone, row.line());
                Long owner = existing.memberIdByPhone(phone);
                Long cardOwner = existing.memberIdByCard(phone);
                if (owner != null && !owner.equals(existing.memberIdByCard(card))) {
                    c.error(PHONE, "Số điện thoại đã được dùng cho đảng viên khác");
                } else if (cardOwner != null && !cardOwner.equals(self)) {
                    c.error(PHONE, "Số điện thoại trùng với số thẻ đảng viên của một đảng viên khác");
                }
            }

            String email = cols.get(row, EMAIL);
            if (!email.isEmpty() && (email.length() > 254 || !EMAIL_SHAPE.matcher(email).matches())) {
                c.error(EMAIL, "Email «" + email + "» không hợp lệ");
            }

            String cell = cols.get(row, CELL);
            if (cell.isEmpty()) {
                c.error(CELL, "Thiếu mã chi bộ");
            } else {
                OrgNode node = orgs.computeIfAbsent(cell, k -> Optional.ofNullable(existing.orgByCode(k))).orElse(null);
                if (node == null) {
                    c.error(CELL, "Không tìm thấy chi bộ có mã «" + cell + "»");
                } else if (node.type() != OrgType.CELL) {
                    c.error(CELL, "Đơn vị «" + cell + "» không phải là chi bộ");
                }
            }

            String statusText = cols.get(row, STATUS);
            MemberStatus status = MemberStatus.parse(statusText);
            if (statusText.isEmpty()) {
                c.error(STATUS, "Thiếu trạng thái");
            } else if (status == null) {
                c.error(STATUS, "Trạng thái «" + statusText
                        + "» không hợp lệ (Chính thức, Dự bị, Miễn sinh hoạt, Đã chuyển đi)");
            }

            LocalDate joined = c.date(JOINED, "Ngày vào Đảng", true);
            if (joined != null) {
                if (joined.isAfter(today)) {
                    c.error(JOINED, "Ngày vào Đảng ở tương lai");
                    joined = null;
                } else if (birth != null && joined.isBefore(birth)) {
                    c.error(JOINED, "Ngày vào Đảng trước ngày sinh");
                    joined = null;
                } else if (birth != null && joined.isBefore(birth.plusYears(MIN_AGE))) {
                    c.error(JOINED, "Đảng viên phải đủ " + MIN_AGE + " tuổi khi vào Đảng (mới "
                            + Period.between(birth, joined).getYears() + " tuổi)");
                }
            }

            LocalDate official = c.date(OFFICIAL, "Ngày chính thức", false);
            if (official != null) {
                if (status == MemberStatus.PROBATIONARY) {
                    c.error(OFFICIAL, "Đảng viên dự bị chưa có ngày chính thức (để trống ô này)");
                } else if (joined != null && official.isBefore(joined)) {
                    c.error(OFFICIAL, "Ngày chính thức trước ngày vào Đảng");
                } else if (official.isAfter(today)) {
                    c.error(OFFICIAL, "Ngày chính thức ở tương lai");
                }
            }

            if (errors.size() == before) {
                out.add(new MemberRow(row.line(), name, birth, gender, card, phone, email.isEmpty() ? null : email,
                        cell, status, joined, official));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return out;
    }

    /**
     * Who may apply the rows. Over REST an administrator acts only inside their ADMIN subtrees, at
     * both ends of every row: the cell the row puts the member in, and the cell a member already
     * recorded under the card number is in now. So nobody re-files a member of another unit into
     * their own, nor changes the status or numbers of someone outside. Throws 403 naming every
     * refused row (line, column, reason); nothing is imported then.
     *
     * @param currentCell the cell of the member already recorded with a card number, or {@code null}
     * @param adminAt     whether the importer holds ADMIN at an organisation node (or above it)
     */
    public static void authorise(CsvTable table, List<MemberRow> rows, Function<String, OrgNode> orgByCode,
            Function<String, Long> currentCell, LongPredicate adminAt) {
        Columns cols = Columns.resolve(table, SPECS, new ArrayList<>());
        List<ProblemError> errors = new ArrayList<>();
        for (MemberRow r : rows) {
            Long now = currentCell.apply(r.cardNumber());
            if (now != null && !adminAt.test(now)) {
                errors.add(new ProblemError(r.line(), cols.field(CARD), "Đảng viên có số thẻ «" + r.cardNumber()
                        + "» đang sinh hoạt ở đơn vị ngoài phạm vi quản trị của bạn: không được sửa hay chuyển"));
            } else if (!adminAt.test(orgByCode.apply(r.cellCode()).id())) {
                errors.add(new ProblemError(r.line(), cols.field(CELL), "Chi bộ «" + r.cellCode()
                        + "» nằm ngoài phạm vi quản trị của bạn"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.forbidden(errors);
        }
    }

    /**
     * Digits only, {@code +84}/{@code 84} turned into {@code 0}, and the leading {@code 0} that
     * spreadsheets drop from numbers put back; {@code null} unless the result is {@code 0} and nine
     * digits.
     */
    static String normalisePhone(String text) {
        String p = PHONE_SEPARATORS.matcher(text).replaceAll("");
        if (p.startsWith("+84")) {
            p = "0" + p.substring(3);
        } else if (p.startsWith("84") && p.length() == 11) {
            p = "0" + p.substring(2);
        } else if (p.length() == 9 && !p.startsWith("0")) {
            p = "0" + p;
        }
        return p.length() == 10 && p.charAt(0) == '0' && p.chars().allMatch(ch -> ch >= '0' && ch <= '9') ? p : null;
    }

    /** A date as {@code dd/MM/yyyy}, {@code d/M/yyyy} or {@code yyyy-MM-dd}; {@code null} if invalid. */
    static LocalDate parseDate(String text) {
        try {
            if (DMY_SHAPE.matcher(text).matches()) {
                return LocalDate.parse(text, DMY);
            }
            if (ISO_SHAPE.matcher(text).matches()) {
                return LocalDate.parse(text, ISO);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /** Error collection for one row. */
    private record Check(CsvRow row, Columns cols, List<ProblemError> errors) {
        void error(Columns.Spec spec, String message) {
            errors.add(new ProblemError(row.line(), cols.field(spec), message));
        }

        LocalDate date(Columns.Spec spec, String label, boolean required) {
            String text = cols.get(row, spec);
            if (text.isEmpty()) {
                if (required) {
                    error(spec, "Thiếu " + label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1));
                }
                return null;
            }
            LocalDate d = parseDate(text);
            if (d == null) {
                error(spec, label + " «" + text + "» không hợp lệ (định dạng dd/mm/yyyy)");
            }
            return d;
        }
    }
}
